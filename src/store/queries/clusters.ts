/** Clusters of reports of the same event: rebuilt per dyad from the stored events, then queried like events. */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { EventContext } from "../../domain/types.js";
import type { DyadClustering, StoredReport } from "../../merge/cluster-store.js";
import { EMPTY_CONTEXT } from "../../merge/report.js";
import { dateRange, UNDATED_SORT_DATE } from "../date-range.js";
import type { Database } from "../schema.js";
import { CLUSTER_COLUMNS, type ClusterRow, type ClusterRows, type Move } from "../cluster-rows.js";
import type { ClusterDetail, ClusterRecord, Conflict, EventFilter, Page } from "../store.js";
import { dyadKey } from "../../domain/records.js";
import { readClusterCursor } from "../cursor.js";
import { selectEvents, toStoredEvent, withEventColumns, type EventRow } from "./event-rows.js";
import { orderedPage, walkActorSides, type Walk } from "./ordered-page.js";

type Db = Kysely<Database>;

function parseContext(json: string): EventContext {
  try {
    return { ...EMPTY_CONTEXT, ...(JSON.parse(json) as Partial<EventContext>) };
  } catch {
    return EMPTY_CONTEXT;
  }
}

/** Where an article came from, as reports carry it; kept across the dyads of one rebuild, which share many articles. */
export type ArticleOrigins = Map<number, { hash: string; origin: string; outlet: string | null }>;

/** Every stored report of a dyad, with its current cluster. */
export async function reportsOf(
  io: ClusterRows,
  dyad: string,
  articles: ArticleOrigins,
): Promise<StoredReport[]> {
  // Two reads instead of a join: a dense dyad names each article many times, and its hash and origin once suffice.
  const rows = await io.eventsOf(dyad);
  const ids = [...new Set(rows.map((r) => r[1]))].filter((id) => !articles.has(id));
  for (let i = 0; i < ids.length; i += 500)
    for (const a of await io.origins(ids.slice(i, i + 500))) articles.set(a.id, a);
  return rows.map((row) => {
    const [id, articleId, source, target, symmetric, code, cameo, quad, goldstein, date] = row;
    const [, , , , , , , , , , modality, sector, amountValue, amountUnit, evidence, start, end] = row;
    const a = articles.get(articleId);
    if (!a) throw new Error(`event ${id} names article ${articleId}, which is not stored`);
    return {
      id,
      articleId,
      articleHash: a.hash,
      article: a.origin,
      outlet: a.outlet,
      source,
      target,
      symmetric: symmetric === 1,
      code,
      cameo,
      quad,
      goldstein,
      date,
      modality,
      sector,
      amountValue,
      amountUnit,
      evidence,
      start,
      end,
      context: parseContext(row[17]),
      clusterId: row[18],
    };
  });
}

const sameRow = (a: ClusterRow, b: ClusterRow) => CLUSTER_COLUMNS.every((c) => a[c] === b[c]);

/** Stores the clustering of one dyad or part of it, writing only what changed; runs inside the caller's write transaction. */
export async function writeClusters(
  io: ClusterRows,
  { dyad, clusters, membership, replaces }: DyadClustering,
  reports: readonly StoredReport[],
): Promise<void> {
  const rows = clusters.map((c): ClusterRow => {
    const [start, end] = c.date ? dateRange(c.date) : [null, null];
    return {
      id: c.id,
      dyad,
      source: c.source,
      target: c.target,
      symmetric: c.symmetric ? 1 : 0,
      code: c.code,
      cameo: c.cameo,
      quad: c.quad,
      goldstein: c.goldstein,
      date: c.date,
      date_start: start,
      date_end: end,
      sort_date: start ?? UNDATED_SORT_DATE,
      modality: c.modality,
      sector: c.sector,
      amount_value: c.amountValue,
      amount_unit: c.amountUnit,
      evidence: c.evidence,
      members: c.members,
      articles: c.articles,
      outlets: c.outlets,
      conflicts: JSON.stringify(c.conflicts),
    };
  });
  // Only what changed is written: one new article in a dyad of thousands of events rewrites a handful of rows.
  const stored = new Map((await replacedRows(io, dyad, replaces)).map((r) => [r.id, r]));
  const fresh = new Map(rows.map((r) => [r.id, r]));
  const unchanged = (r: ClusterRow, other: ClusterRow | undefined) =>
    other !== undefined && sameRow(r, other);
  await io.deleteClusters(
    [...stored.values()].filter((r) => !unchanged(r, fresh.get(r.id))).map((r) => r.id),
  );
  await io.insertClusters(rows.filter((r) => !unchanged(r, stored.get(r.id))));
  const moves: Move[] = [];
  for (const r of reports) {
    const cluster = membership.get(r.id);
    if (cluster === undefined) {
      if (replaces.kind === "dyad") throw new Error(`clustering of ${dyad} left event ${r.id} out`);
      continue;
    }
    if (r.clusterId !== cluster) moves.push({ id: r.id, cluster });
  }
  // In table order: a dyad's events are spread over the whole table, and neighbours share pages.
  await io.moveEvents(moves.sort((a, b) => a.id - b.id));
}

/** The stored rows a clustering replaces. */
async function replacedRows(
  io: ClusterRows,
  dyad: string,
  replaces: DyadClustering["replaces"],
): Promise<ClusterRow[]> {
  if (replaces.kind === "dyad") return io.clustersOf(dyad);
  const ids = [...replaces.ids];
  const rows: ClusterRow[] = [];
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await io.clustersByIds(ids.slice(i, i + 500))));
  return rows;
}

/** The stored size of each of a dyad's clusters. */
export async function clusterSizes(io: ClusterRows, dyad: string): Promise<Map<string, number>> {
  return new Map((await io.clusterSizes(dyad)).map((r) => [r.id, r.members]));
}

/** The texts of these articles, for the claims of clusters with figures or conflicts. */
export async function articleTexts(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const a of await db
      .selectFrom("articles")
      .select(["id", "text"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute())
      texts.set(a.id, a.text);
  }
  return texts;
}

/** How many events each of these dyads holds, or (without a list) every dyad with events, in order, for a full rebuild. */
export async function dyadSizes(db: Db, dyads?: readonly string[]): Promise<Map<string, number>> {
  const count = () =>
    db
      .selectFrom("events")
      .select(["dyad", sql<number>`count(*)`.as("n")])
      .groupBy("dyad")
      .orderBy("dyad");
  const rows = [];
  if (!dyads) rows.push(...(await count().execute()));
  else
    for (let i = 0; i < dyads.length; i += 500)
      rows.push(
        ...(await count()
          .where("dyad", "in", dyads.slice(i, i + 500))
          .execute()),
      );
  return new Map(rows.map((r) => [r.dyad, r.n]));
}

/** Dyads holding events no cluster took in yet (a run stopped between writing articles and clustering). */
export async function unclusteredDyads(db: Db): Promise<string[]> {
  return (
    await db.selectFrom("events").select("dyad").distinct().where("cluster_id", "is", null).execute()
  ).map((r) => r.dyad);
}

/** The shared filters, applied to clusters (their canonical values; outlet through any member). */
function clusterWhere(eb: ExpressionBuilder<Database, "clusters">, f: EventFilter) {
  const parts = [];
  if (f.actors?.length)
    parts.push(
      eb.or([eb("clusters.source", "in", [...f.actors]), eb("clusters.target", "in", [...f.actors])]),
    );
  if (f.dyad) parts.push(eb("clusters.dyad", "=", dyadKey(f.dyad[0], f.dyad[1])));
  if (f.since) parts.push(eb("clusters.date_end", ">=", dateRange(f.since)[0]));
  if (f.until) parts.push(eb("clusters.date_start", "<=", dateRange(f.until)[1]));
  if (f.code) parts.push(eb("clusters.cameo", "like", `${f.code.replace(/[%_]/g, "")}%`));
  if (f.quad) parts.push(eb("clusters.quad", "=", f.quad));
  if (f.modality) parts.push(eb("clusters.modality", "=", f.modality));
  if (f.modalities?.length) parts.push(eb("clusters.modality", "in", [...f.modalities]));
  if (f.source) {
    const name = f.source;
    parts.push(
      eb(
        "clusters.id",
        "in",
        eb
          .selectFrom("events")
          .innerJoin("articles", "articles.id", "events.article_id")
          .innerJoin("sources", "sources.id", "articles.source_id")
          .select("events.cluster_id")
          .where("sources.name", "=", name)
          .where("events.cluster_id", "is not", null)
          .$narrowType<{ cluster_id: string }>(),
      ),
    );
  }
  return eb.and(parts);
}

export function selectClusters(db: Db, f: EventFilter) {
  return db.selectFrom("clusters").where((eb) => clusterWhere(eb, f));
}

export function toClusterRecord(r: ClusterRow): ClusterRecord {
  return {
    id: r.id,
    dyad: r.dyad,
    source: r.source,
    target: r.target,
    symmetric: r.symmetric === 1,
    code: r.code,
    cameo: r.cameo,
    quad: r.quad,
    goldstein: r.goldstein,
    date: r.date,
    modality: r.modality,
    sector: r.sector,
    amountValue: r.amount_value,
    amountUnit: r.amount_unit,
    evidence: r.evidence,
    members: r.members,
    articles: r.articles,
    outlets: r.outlets,
    conflicts: (JSON.parse(r.conflicts) as unknown[]).length,
  };
}

export async function clusters(db: Db, f: EventFilter, page: Page): Promise<ClusterRecord[]> {
  const cursor = "after" in page ? readClusterCursor(page.after, page.order) : null;
  const { actors, ...rest } = f;
  const codes = [...(actors ?? [])];
  const rows = await orderedPage(
    page,
    cursor,
    (w) =>
      codes.length
        ? walkActorSides(w, (which, each) =>
            walkClusters(db, rest, each, (eb) =>
              which === "source"
                ? eb("clusters.source", "in", codes)
                : eb.and([eb("clusters.target", "in", codes), eb("clusters.source", "not in", codes)]),
            ),
          )
        : walkClusters(db, f, w, null),
    () => countClusters(db, f, "dated"),
  );
  return rows.map(toClusterRecord);
}

function walkClusters(
  db: Db,
  f: EventFilter,
  w: Walk<string>,
  side: ((eb: ExpressionBuilder<Database, "clusters">) => Expression<SqlBool>) | null,
): Promise<ClusterRow[]> {
  let query = selectClusters(db, f);
  if (side) query = query.where(side);
  if (w.span !== "all")
    query = query.where("clusters.sort_date", w.span === "dated" ? "<" : "=", UNDATED_SORT_DATE);
  if (w.from) {
    const [date, id] = w.from;
    query = query.where((eb) =>
      eb(eb.refTuple("clusters.sort_date", "clusters.id"), w.descending ? "<" : ">", eb.tuple(date, id)),
    );
  }
  return query
    .selectAll()
    .orderBy(
      w.descending
        ? sql`clusters.sort_date desc, clusters.id desc`
        : sql`clusters.sort_date asc, clusters.id asc`,
    )
    .limit(w.limit)
    .offset(w.offset)
    .execute();
}

export async function countClusters(db: Db, f: EventFilter, span: "all" | "dated" = "all"): Promise<number> {
  let query = selectClusters(db, f);
  if (span === "dated") query = query.where("clusters.sort_date", "<", UNDATED_SORT_DATE);
  const row = await query.select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
  return row.n;
}

export async function cluster(db: Db, id: string): Promise<ClusterDetail | null> {
  const row = await db.selectFrom("clusters").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const events = await withEventColumns(selectEvents(db, {}).where("events.cluster_id", "=", id))
    .orderBy("events.article_id")
    .orderBy("events.start_offset")
    .orderBy("events.id")
    .execute();
  return { ...toClusterRecord(row), events: (events as EventRow[]).map(toStoredEvent) };
}

export async function conflicts(db: Db, f: EventFilter): Promise<Conflict[]> {
  const rows = await selectClusters(db, f)
    .select(["clusters.conflicts"])
    .where("clusters.conflicts", "!=", "[]")
    .orderBy(sql`clusters.sort_date asc, clusters.id asc`)
    .execute();
  return rows.flatMap((r) => JSON.parse(r.conflicts) as Conflict[]);
}
