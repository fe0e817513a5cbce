/**
 * Gathers a dyad brief from the store, through the queries the views use: the series of the dyad view's
 * chart, the clusters of its timeline, the conflicts beside it and the sources view's slant per outlet.
 */
import type { Modality } from "../domain/vocabulary.js";
import { clusterCursor, nextCursor } from "../store/cursor.js";
import type {
  ClusterRecord,
  EventFilter,
  Flow,
  Page,
  Period,
  SeriesRow,
  SlantDriver,
  SourceRow,
  Store,
} from "../store/store.js";
import {
  CITATIONS_PER_EVENT,
  MAIN_EVENTS,
  MAX_CONFLICTS,
  MAX_OUTLETS,
  type Brief,
  type BriefConflict,
  type CitedEvent,
  type MainEvent,
  type OutletFraming,
} from "./brief.js";
import { citer, type Citer } from "./cite.js";

export interface BriefRange {
  readonly since?: string;
  readonly until?: string;
}

export interface GatherOptions {
  readonly by?: Period;
  /** Display names of actor codes. */
  readonly names?: ReadonlyMap<string, string>;
  readonly now?: Date;
}

/** What the dyad series counts by default: events said to have happened, not planned, denied or imagined. */
const HAPPENED: readonly Modality[] = ["asserted", "reported"];
const PAGE = 1000;

/** Every cluster of the dyad in the range, page by page along the index. */
async function allClusters(store: Store, filter: EventFilter): Promise<ClusterRecord[]> {
  const out: ClusterRecord[] = [];
  let page: Page = { limit: PAGE, offset: 0 };
  for (;;) {
    const rows = await store.clusters(filter, page);
    out.push(...rows);
    const next = nextCursor(rows, PAGE, (c) => clusterCursor(c));
    if (next === null) return out;
    page = { limit: PAGE, after: next };
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The sum of the periods' flows, rounded as the series rounds each. */
function totalFlow(rows: readonly Flow[]): Flow {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let events = 0,
    sum = 0;
  for (const f of rows) {
    events += f.events;
    sum += f.goldsteinSum;
    f.quad.forEach((n, i) => (quad[i] = (quad[i] ?? 0) + n));
  }
  return { events, quad, goldsteinSum: round2(sum), goldsteinMean: events ? round2(sum / events) : null };
}

/** Main events: most outlets first, then the most extreme Goldstein score; shown by date, undated last. */
function pickMainEvents(clusters: readonly ClusterRecord[], n: number): ClusterRecord[] {
  const key = (c: ClusterRecord) => c.date ?? "\uffff";
  return [...clusters]
    .sort(
      (x, y) =>
        y.outlets - x.outlets ||
        Math.abs(y.goldstein) - Math.abs(x.goldstein) ||
        key(x).localeCompare(key(y)) ||
        x.id.localeCompare(y.id),
    )
    .slice(0, n)
    .sort((x, y) => key(x).localeCompare(key(y)) || x.id.localeCompare(y.id));
}

async function mainEvent(store: Store, c: ClusterRecord, { cite }: Citer): Promise<MainEvent> {
  const detail = await store.cluster(c.id);
  const reports = detail?.events ?? [];
  // One report per article, those of outlets not yet cited first: the reader sees how widely it was told.
  const firstPerArticle = reports.filter(
    (e, i) => reports.findIndex((x) => x.articleId === e.articleId) === i,
  );
  const seen = new Set<string>();
  const fresh = firstPerArticle.filter((e) => e.outlet !== null && !seen.has(e.outlet) && seen.add(e.outlet));
  const chosen = [...fresh, ...firstPerArticle.filter((e) => !fresh.includes(e))].slice(
    0,
    CITATIONS_PER_EVENT,
  );
  return {
    clusterId: c.id,
    source: c.source,
    target: c.target,
    symmetric: c.symmetric,
    cameo: c.cameo,
    quad: c.quad,
    goldstein: c.goldstein,
    date: c.date,
    modality: c.modality,
    outlets: c.outlets,
    articles: c.articles,
    citations: await Promise.all(chosen.map((e) => cite(e.articleId, e.evidence, e.start, e.end))),
  };
}

async function trendPeriod(r: SeriesRow, { citeEvent }: Citer) {
  return {
    period: r.period,
    combined: r.combined,
    forward: r.forward,
    backward: r.backward,
    mostCooperative: r.mostCooperative ? await citeEvent(r.mostCooperative) : null,
    mostConflictual: r.mostConflictual ? await citeEvent(r.mostConflictual) : null,
  };
}

/** Rows of the sources report grouped by outlet; an article without an outlet stands alone. */
function byOutlet(rows: readonly SourceRow[]): (readonly SourceRow[])[] {
  const groups = new Map<string, SourceRow[]>();
  for (const r of rows) {
    const key = r.outlet === null ? `article:${r.articleId}` : `outlet:${r.outlet}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

async function framing(rows: readonly SourceRow[], { cite }: Citer): Promise<OutletFraming> {
  const scored = rows.flatMap((r) => (r.slant ? [r.slant] : []));
  const mean = (values: readonly number[]) =>
    values.length ? round2(values.reduce((s, v) => s + v, 0) / values.length) : null;
  const toward: Record<string, number> = {};
  for (const actor of new Set(scored.flatMap((s) => Object.keys(s.toward)))) {
    const m = mean(scored.flatMap((s) => (actor in s.toward ? [s.toward[actor] ?? 0] : [])));
    if (m !== null) toward[actor] = m;
  }
  const strongest = rows
    .flatMap((r) => (r.slant?.drivers ?? []).map((d) => ({ d, articleId: r.articleId })))
    .reduce<{ d: SlantDriver; articleId: number } | null>(
      (best, x) => (best === null || Math.abs(x.d.weight) > Math.abs(best.d.weight) ? x : best),
      null,
    );
  const first = rows[0];
  return {
    outlet: first?.outlet ?? null,
    origin: first && first.outlet === null ? first.origin : null,
    articles: rows.length,
    slant: mean(scored.map((s) => s.score)),
    toward,
    cues: strongest?.d.cues ?? [],
    weight: strongest?.d.weight ?? null,
    citation: strongest
      ? await cite(strongest.articleId, strongest.d.sentence, strongest.d.start, strongest.d.end)
      : null,
  };
}

/** The brief of the dyad a–b within the range (dates YYYY[-MM[-DD]], already validated). */
export async function gatherBrief(
  store: Store,
  a: string,
  b: string,
  range: BriefRange = {},
  options: GatherOptions = {},
): Promise<Brief> {
  const by = options.by ?? "year";
  const filter: EventFilter = {
    dyad: [a, b],
    ...(range.since ? { since: range.since } : {}),
    ...(range.until ? { until: range.until } : {}),
  };
  const c = citer(store);
  // The same call as GET /api/dyads/a/b/series?merged=true, which the dyad view's chart makes.
  const [series, clusters, conflicts, sources] = await Promise.all([
    store.dyadSeries(a, b, by, { ...filter, merged: true }),
    allClusters(store, filter),
    store.conflicts(filter),
    store.sources(a, b),
  ]);
  const happened = clusters.filter((x) => HAPPENED.includes(x.modality));
  const trend = await Promise.all(series.rows.map((r) => trendPeriod(r, c)));
  const extreme = (
    pick: (p: (typeof trend)[number]) => CitedEvent | null,
    better: (x: number, y: number) => boolean,
  ) =>
    trend
      .map(pick)
      .reduce<CitedEvent | null>((m, e) => (e && (!m || better(e.goldstein, m.goldstein)) ? e : m), null);
  const inRange = new Set(clusters.map((x) => x.id));
  const ranged = range.since !== undefined || range.until !== undefined;
  // Within a range, an article counts for the framing when it reports one of the range's events.
  const articles = ranged
    ? sources.articles.filter((r) => r.reports.some((id) => inRange.has(id)))
    : sources.articles;
  const groups = byOutlet(articles).sort(
    (x, y) =>
      y.length - x.length ||
      Number(x[0]?.outlet === null) - Number(y[0]?.outlet === null) ||
      (x[0]?.outlet ?? x[0]?.origin ?? "").localeCompare(y[0]?.outlet ?? y[0]?.origin ?? ""),
  );
  const shownConflicts = conflicts.slice(0, MAX_CONFLICTS);
  return {
    a,
    b,
    names: { a: options.names?.get(a) ?? null, b: options.names?.get(b) ?? null },
    since: range.since ?? null,
    until: range.until ?? null,
    generated: (options.now ?? new Date()).toISOString().slice(0, 10),
    by,
    totals: totalFlow(series.rows.map((r) => r.combined)),
    trend,
    undated: series.undated,
    notHappened: clusters.length - happened.length,
    unclustered: clusters.length === 0 ? await store.countEvents(filter) : 0,
    mostCooperative: extreme(
      (p) => p.mostCooperative,
      (x, y) => x > y,
    ),
    mostConflictual: extreme(
      (p) => p.mostConflictual,
      (x, y) => x < y,
    ),
    mainEvents: await Promise.all(pickMainEvents(happened, MAIN_EVENTS).map((x) => mainEvent(store, x, c))),
    eventCount: happened.length,
    conflicts: await Promise.all(
      shownConflicts.map(async (k): Promise<BriefConflict> => ({
        clusterId: k.cluster,
        attribute: k.attribute,
        note: k.note,
        claims: await Promise.all(
          k.claims.map(async (cl) => ({
            value: cl.value,
            citation: await c.cite(cl.articleId, cl.evidence, cl.start, cl.end),
          })),
        ),
      })),
    ),
    conflictCount: conflicts.length,
    framing: await Promise.all(groups.slice(0, MAX_OUTLETS).map((g) => framing(g, c))),
    outletCount: groups.length,
  };
}
