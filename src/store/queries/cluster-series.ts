/** The dyad series counted in clusters: one story told by ten articles is one event. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { DyadSeries, EventFilter, Flow, Period, SeriesRow } from "../store.js";
import { selectClusters } from "./clusters.js";
import { seriesFilter } from "./dyad-series.js";
import { selectEvents, toStoredEvent, withEventColumns } from "./event-rows.js";

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
  const dated = rows.filter((r) => r.date);
  const periods = [...new Set(dated.map((r) => periodOf(r.date!, by)))].sort();
  // Each period's extremes are shown through the first stored report of the cluster.
  const exemplar = async (cluster: string) => {
    const e = await withEventColumns(selectEvents(db, {}).where("events.cluster_id", "=", cluster))
      .orderBy("events.id")
      .limit(1)
      .executeTakeFirst();
    return e ? toStoredEvent(e) : null;
  };
  const out: SeriesRow[] = [];
  for (const period of periods) {
    const here = dated.filter((r) => periodOf(r.date!, by) === period);
    const hi = here.reduce<Row | null>(
      (m, r) => (r.goldstein > 0 && (!m || r.goldstein > m.goldstein) ? r : m),
      null,
    );
    const lo = here.reduce<Row | null>(
      (m, r) => (r.goldstein < 0 && (!m || r.goldstein < m.goldstein) ? r : m),
      null,
    );
    out.push({
      period,
      forward: flow(here.filter((r) => r.source === a)),
      backward: flow(here.filter((r) => r.source !== a)),
      combined: flow(here),
      mostCooperative: hi ? await exemplar(hi.id) : null,
      mostConflictual: lo ? await exemplar(lo.id) : null,
    });
  }
  return { a, b, by, rows: out, undated: rows.length - dated.length };
}
