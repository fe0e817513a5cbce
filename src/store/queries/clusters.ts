/** Clusters of reports of the same event: rebuilt per dyad from the stored events, then queried like events. */
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { EventContext } from "../../domain/types.js";
import type { DyadClustering, StoredReport } from "../../merge/cluster-store.js";
import { EMPTY_CONTEXT } from "../../merge/report.js";
import { dateRange } from "../date-range.js";
import type { Database } from "../schema.js";
import type { ClusterDetail, ClusterRecord, Conflict, EventFilter, Page } from "../store.js";
import { dyadKey } from "../../domain/records.js";
import { selectEvents, toStoredEvent, withEventColumns, type EventRow } from "./event-rows.js";

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
export async function reportsOf(db: Db, dyad: string, articles: ArticleOrigins): Promise<StoredReport[]> {
  // Two reads instead of a join: a dense dyad names each article many times, and its hash and origin once suffice.
  const rows = await db
    .selectFrom("events")
    .where("events.dyad", "=", dyad)
    .select([
      "id",
      "article_id",
      "source",
      "target",
      "symmetric",
      "code",
      "cameo",
      "quad",
      "goldstein",
      "date",
      "modality",
      "sector",
      "amount_value",
      "amount_unit",
      "evidence",
      "start_offset",
      "end_offset",
      "context",
      "cluster_id",
    ])
    .execute();
  const ids = [...new Set(rows.map((r) => r.article_id))].filter((id) => !articles.has(id));
  for (let i = 0; i < ids.length; i += 500) {
    const batch = await db
      .selectFrom("articles")
      .leftJoin("sources", "sources.id", "articles.source_id")
      .where("articles.id", "in", ids.slice(i, i + 500))
      .select(["articles.id", "articles.hash", "articles.origin", "sources.name as outlet"])
      .execute();
    for (const a of batch) articles.set(a.id, a);
  }
  return rows.map((r) => {
    const a = articles.get(r.article_id);
    if (!a) throw new Error(`event ${r.id} names article ${r.article_id}, which is not stored`);
    return {
      id: r.id,
      articleId: r.article_id,
      articleHash: a.hash,
      article: a.origin,
      outlet: a.outlet,
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
      start: r.start_offset,
      end: r.end_offset,
      context: parseContext(r.context),
      clusterId: r.cluster_id,
    };
  });
}

type ClusterRow = Database["clusters"];
// Every column, checked by the compiler: a column left out would let a changed cluster go unwritten.
const CLUSTER_COLUMNS = Object.keys({
  id: 1,
  dyad: 1,
  source: 1,
  target: 1,
  symmetric: 1,
  code: 1,
  cameo: 1,
  quad: 1,
  goldstein: 1,
  date: 1,
  date_start: 1,
  date_end: 1,
  sort_date: 1,
  modality: 1,
  sector: 1,
  amount_value: 1,
  amount_unit: 1,
  evidence: 1,
  members: 1,
  articles: 1,
  outlets: 1,
  conflicts: 1,
} satisfies Record<keyof ClusterRow, 1>) as (keyof ClusterRow)[];
const sameRow = (a: ClusterRow, b: ClusterRow) => CLUSTER_COLUMNS.every((c) => a[c] === b[c]);

/** Stores the clustering of one dyad, writing only what changed; runs inside the caller's write transaction. */
export async function writeClusters(
  db: Db,
  { dyad, clusters, membership }: DyadClustering,
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
      sort_date: start ?? "9999-12-31",
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
  const stored = new Map(
    (await db.selectFrom("clusters").selectAll().where("dyad", "=", dyad).execute()).map((r) => [r.id, r]),
  );
  const fresh = new Map(rows.map((r) => [r.id, r]));
  const unchanged = (r: ClusterRow, other: ClusterRow | undefined) =>
    other !== undefined && sameRow(r, other);
  const gone = [...stored.values()].filter((r) => !unchanged(r, fresh.get(r.id))).map((r) => r.id);
  const changed = rows.filter((r) => !unchanged(r, stored.get(r.id)));
  for (let i = 0; i < gone.length; i += 500)
    await db
      .deleteFrom("clusters")
      .where("id", "in", gone.slice(i, i + 500))
      .execute();
  for (let i = 0; i < changed.length; i += 500)
    await db
      .insertInto("clusters")
      .values(changed.slice(i, i + 500))
      .execute();
  const moves: { id: number; cluster: string }[] = [];
  for (const r of reports) {
    const cluster = membership.get(r.id);
    if (cluster === undefined) throw new Error(`clustering of ${dyad} left event ${r.id} out`);
    if (r.clusterId !== cluster) moves.push({ id: r.id, cluster });
  }
  // One statement per 500 events, whatever clusters they go to: a full rebuild moves every event.
  for (let i = 0; i < moves.length; i += 500) {
    const batch = moves.slice(i, i + 500);
    await db
      .updateTable("events")
      .set({
        cluster_id: sql<string>`case id ${sql.join(
          batch.map((m) => sql`when ${m.id} then ${m.cluster}`),
          sql` `,
        )} end`,
      })
      .where(
        "id",
        "in",
        batch.map((m) => m.id),
      )
      .execute();
  }
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
  const rows = await selectClusters(db, f)
    .selectAll()
    .orderBy(sql`clusters.sort_date asc, clusters.id asc`)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toClusterRecord);
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
