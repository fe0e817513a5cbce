/** The dyad series counted in clusters: one story told by ten articles is one event. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { DyadSeries, EventFilter, Flow, Period, SeriesRow, StoredEvent } from "../store.js";
import { selectClusters } from "./clusters.js";
import { seriesFilter } from "./dyad-series.js";
import { selectEvents, toStoredEvent, withEventColumns, type EventRow } from "./event-rows.js";

function periodOf(date: string, by: Period): string {
  if (by === "year" || date.length < 7) return date.slice(0, 4);
  if (by === "month") return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) + 2) / 3)}`;
}

interface Row {
  id: string;
  source: string;
  quad: number;
  goldstein: number;
  date: string | null;
}

function flow(rows: readonly Row[]): Flow {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let sum = 0;
  for (const r of rows) {
    quad[r.quad - 1]! += 1;
    sum += r.goldstein;
  }
  return {
    events: rows.length,
    quad,
    goldsteinSum: Math.round(sum * 100) / 100,
    goldsteinMean: rows.length ? Math.round((sum / rows.length) * 100) / 100 : null,
  };
}

export async function clusterSeries(
  db: Kysely<Database>,
  a: string,
  b: string,
  by: Period,
  filter: EventFilter,
): Promise<DyadSeries> {
  const f = seriesFilter(a, b, filter);
  const rows = (await selectClusters(db, f)
    .select(["clusters.id", "clusters.source", "clusters.quad", "clusters.goldstein", "clusters.date"])
    .orderBy("clusters.sort_date")
    .orderBy("clusters.id")
    .execute()) as Row[];
  const dated = rows.filter((r): r is Row & { date: string } => r.date !== null);
  const byPeriod = new Map<string, Row[]>();
  for (const r of dated) {
    const period = periodOf(r.date, by);
    const list = byPeriod.get(period);
    if (list) list.push(r);
    else byPeriod.set(period, [r]);
  }
  const extremes = [...byPeriod]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([period, here]) => ({
      period,
      here,
      hi: here.reduce<Row | null>(
        (m, r) => (r.goldstein > 0 && (!m || r.goldstein > m.goldstein) ? r : m),
        null,
      ),
      lo: here.reduce<Row | null>(
        (m, r) => (r.goldstein < 0 && (!m || r.goldstein < m.goldstein) ? r : m),
        null,
      ),
    }));
  // Each period's extremes are shown through the first stored report of the cluster: their ids from the
  // cluster index, then the reports, a query of each per 500 clusters.
  const wanted = extremes.flatMap((x) => [x.hi?.id, x.lo?.id]).filter((id): id is string => id !== undefined);
  const exemplars = new Map<string, StoredEvent>();
  for (let i = 0; i < wanted.length; i += 500) {
    const firsts = await db
      .selectFrom("events")
      .select(sql<number>`min(events.id)`.as("id"))
      .where("events.cluster_id", "in", wanted.slice(i, i + 500))
      .groupBy("events.cluster_id")
      .execute();
    if (firsts.length === 0) continue;
    const found = await withEventColumns(
      selectEvents(db, {}).where(
        "events.id",
        "in",
        firsts.map((x) => x.id),
      ),
    ).execute();
    for (const e of found as EventRow[])
      if (e.cluster_id !== null) exemplars.set(e.cluster_id, toStoredEvent(e));
  }
  const exemplar = (r: Row | null) => (r ? (exemplars.get(r.id) ?? null) : null);
  const out: SeriesRow[] = extremes.map(({ period, here, hi, lo }) => ({
    period,
    forward: flow(here.filter((r) => r.source === a)),
    backward: flow(here.filter((r) => r.source !== a)),
    combined: flow(here),
    mostCooperative: exemplar(hi),
    mostConflictual: exemplar(lo),
  }));
  return { a, b, by, rows: out, undated: rows.length - dated.length };
}
