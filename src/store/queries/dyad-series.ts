/** The relationship between two actors over time: counts per quad class and Goldstein, per direction. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { DyadSeries, EventFilter, Flow, Period, SeriesRow } from "../store.js";
import { selectEvents, toStoredEvent, withEventColumns, type EventRow } from "./event-rows.js";

/** SQL for the period of an event; an event dated only to a year stays in its year bucket when grouping finer. */
function periodExpr(by: Period) {
  if (by === "year") return sql<string>`substr(events.date, 1, 4)`;
  if (by === "month") return sql<string>`case when length(events.date) >= 7 then substr(events.date, 1, 7) else substr(events.date, 1, 4) end`;
  return sql<string>`case when length(events.date) >= 7 then substr(events.date, 1, 4) || '-Q' || ((cast(substr(events.date, 6, 2) as integer) + 2) / 3) else substr(events.date, 1, 4) end`;
}

interface Agg { period: string; forward: number; q: number; n: number; g: number }

function flow(rows: readonly Agg[]): Flow {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let events = 0, sum = 0;
  for (const r of rows) { quad[r.q - 1]! += r.n; events += r.n; sum += r.g; }
  return { events, quad, goldsteinSum: Math.round(sum * 100) / 100, goldsteinMean: events ? Math.round((sum / events) * 100) / 100 : null };
}

/** What the series counts unless --modality says otherwise: things said to have happened, not denied or imagined ones. */
const HAPPENED = ["asserted", "reported"];

/** Builds the series with two grouped queries and one ranked query for the extreme events. */
export async function dyadSeries(db: Kysely<Database>, a: string, b: string, by: Period, filter: EventFilter): Promise<DyadSeries> {
  const f: EventFilter = { ...filter, dyad: [a, b], modalities: filter.modality ? [filter.modality] : HAPPENED };
  const period = periodExpr(by);
  const aggs = await selectEvents(db, f)
    .where("events.date", "is not", null)
    .select([period.as("period"), sql<number>`case when events.source = ${a} then 1 else 0 end`.as("forward"), "events.quad as q",
      sql<number>`count(*)`.as("n"), sql<number>`sum(events.goldstein)`.as("g")])
    .groupBy(["period", "forward", "events.quad"])
    .execute() as Agg[];
  const undatedRow = await selectEvents(db, f).where("events.date", "is", null).select(sql<number>`count(*)`.as("n")).executeTakeFirst();
  // The most cooperative and most conflictual event of each period, by Goldstein score.
  const ranked = await db.selectFrom(
    withEventColumns(selectEvents(db, f).where("events.date", "is not", null))
      .select([period.as("period"),
        sql<number>`row_number() over (partition by ${period} order by events.goldstein desc, events.id)`.as("top"),
        sql<number>`row_number() over (partition by ${period} order by events.goldstein asc, events.id)`.as("bottom")])
      .as("r"))
    .selectAll()
    .where((eb) => eb.or([eb("r.top", "=", 1), eb("r.bottom", "=", 1)]))
    .execute() as (EventRow & { period: string; top: number; bottom: number })[];
  const periods = [...new Set(aggs.map((x) => x.period))].sort();
  const rows: SeriesRow[] = periods.map((p) => {
    const here = aggs.filter((x) => x.period === p);
    const best = ranked.find((r) => r.period === p && r.top === 1);
    const worst = ranked.find((r) => r.period === p && r.bottom === 1);
    return {
      period: p,
      forward: flow(here.filter((x) => x.forward === 1)),
      backward: flow(here.filter((x) => x.forward === 0)),
      combined: flow(here),
      mostCooperative: best && best.goldstein > 0 ? toStoredEvent(best) : null,
      mostConflictual: worst && worst.goldstein < 0 ? toStoredEvent(worst) : null,
    };
  });
  return { a, b, by, rows, undated: Number(undatedRow?.n ?? 0) };
}
