/** The relationship between two actors over time: counts per quad class and Goldstein, per direction. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Modality } from "../../domain/vocabulary.js";
import type { DyadSeries, EventFilter, Flow, Period, SeriesRow } from "../store.js";
import {
  selectEventRows,
  selectEvents,
  toStoredEvent,
  withEventColumns,
  type EventRow,
} from "./event-rows.js";

/** SQL for the period of an event; an event dated only to a year stays in its year bucket when grouping finer. */
function periodExpr(by: Period) {
  if (by === "year") return sql<string>`substr(events.date, 1, 4)`;
  if (by === "month")
    return sql<string>`case when length(events.date) >= 7 then substr(events.date, 1, 7) else substr(events.date, 1, 4) end`;
  return sql<string>`case when length(events.date) >= 7 then substr(events.date, 1, 4) || '-Q' || ((cast(substr(events.date, 6, 2) as integer) + 2) / 3) else substr(events.date, 1, 4) end`;
}

interface Agg {
  period: string;
  forward: number;
  quad: number;
  n: number;
  g: number;
  hi: number;
  lo: number;
}

function flow(rows: readonly Agg[]): Flow {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let events = 0,
    sum = 0;
  for (const r of rows) {
    quad[r.quad - 1]! += r.n;
    events += r.n;
    sum += r.g;
  }
  return {
    events,
    quad,
    goldsteinSum: Math.round(sum * 100) / 100,
    goldsteinMean: events ? Math.round((sum / events) * 100) / 100 : null,
  };
}

/** What the series counts unless --modality says otherwise: things said to have happened, not denied or imagined ones. */
const HAPPENED: readonly Modality[] = ["asserted", "reported"];

/** The filter of a dyad's series, in reports or in clusters. */
export function seriesFilter(a: string, b: string, filter: EventFilter): EventFilter {
  return { ...filter, dyad: [a, b], modalities: filter.modality ? [filter.modality] : HAPPENED };
}

/** Totals from one grouped query on the covering index; each period's extreme events from one ranking query. */
export async function dyadSeries(
  db: Kysely<Database>,
  a: string,
  b: string,
  by: Period,
  filter: EventFilter,
): Promise<DyadSeries> {
  const f = seriesFilter(a, b, filter);
  const aggs = (await selectEventRows(db, f)
    .where("events.date", "is not", null)
    .select([
      periodExpr(by).as("period"),
      sql<number>`case when events.source = ${a} then 1 else 0 end`.as("forward"),
      "events.quad",
      sql<number>`count(*)`.as("n"),
      sql<number>`sum(events.goldstein)`.as("g"),
      sql<number>`max(events.goldstein)`.as("hi"),
      sql<number>`min(events.goldstein)`.as("lo"),
    ])
    .groupBy(["period", "forward", "events.quad"])
    .execute()) as Agg[];
  const undatedRow = await selectEventRows(db, f)
    .where("events.date", "is", null)
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirst();
  const periods = [...new Set(aggs.map((x) => x.period))].sort();
  // Each period's earliest stored event with its highest and its lowest Goldstein score: the earliest event of
  // each score a period holds, in one grouped query (a query per period cost a round trip each).
  const firsts = await selectEventRows(db, f)
    .where("events.date", "is not", null)
    .select([periodExpr(by).as("period"), "events.goldstein", sql<number>`min(events.id)`.as("id")])
    .groupBy(["period", "events.goldstein"])
    .execute();
  const firstOf = new Map(firsts.map((x) => [`${x.period}|${x.goldstein}`, x.id]));
  const picks = new Map<string, { best: number | null; worst: number | null }>();
  for (const p of periods) {
    const here = aggs.filter((x) => x.period === p);
    const hi = Math.max(...here.map((x) => x.hi)),
      lo = Math.min(...here.map((x) => x.lo));
    picks.set(p, {
      best: hi > 0 ? (firstOf.get(`${p}|${hi}`) ?? null) : null,
      worst: lo < 0 ? (firstOf.get(`${p}|${lo}`) ?? null) : null,
    });
  }
  const ids = [...picks.values()].flatMap((x) => [x.best, x.worst]).filter((x): x is number => x !== null);
  const events = ids.length
    ? (
        (await withEventColumns(selectEvents(db, {}).where("events.id", "in", ids)).execute()) as EventRow[]
      ).map(toStoredEvent)
    : [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const rows: SeriesRow[] = periods.map((period) => {
    const here = aggs.filter((x) => x.period === period);
    const pick = picks.get(period) ?? { best: null, worst: null };
    return {
      period,
      forward: flow(here.filter((x) => x.forward === 1)),
      backward: flow(here.filter((x) => x.forward === 0)),
      combined: flow(here),
      mostCooperative: pick.best === null ? null : (byId.get(pick.best) ?? null),
      mostConflictual: pick.worst === null ? null : (byId.get(pick.worst) ?? null),
    };
  });
  return { a, b, by, rows, undated: undatedRow?.n ?? 0 };
}
