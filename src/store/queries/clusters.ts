/** Clusters of reports of the same event: rebuilt per dyad from the stored events, then queried like events. */
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { EventContext } from "../../domain/types.js";
import { canonical } from "../../merge/canonical.js";
import { clusterReports, retellings } from "../../merge/cluster.js";
import { findConflicts } from "../../merge/conflicts.js";
import { EMPTY_CONTEXT, type Report } from "../../merge/report.js";
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

async function loadReports(
  db: Db,
  dyad: string,
  articles: ArticleOrigins,
): Promise<(Report & { clusterId: string | null })[]> {
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
    const a = articles.get(r.article_id)!;
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

/** Re-clusters one dyad; runs inside the caller's write transaction so no event is left without its cluster. */
export async function rebuildDyad(db: Db, dyad: string, articles: ArticleOrigins = new Map()): Promise<void> {
  const reports = await loadReports(db, dyad, articles);
  const clusters = clusterReports(reports);
  // An article telling one event twice, differently: its conflict goes with the first telling's cluster.
  const retold = retellings(reports).filter(
    (pair) => findConflicts("", dyad, pair, (r) => r.evidence).length,
  );
  // Sentences are read only for clusters that hold figures or conflicts: claims quote them, and a
  // figure for a part is told from the whole there. A first pass on the evidence alone finds those.
  const needText = [
    ...new Set(
      [
        ...clusters.filter(
          (c) =>
            c.length > 1 &&
            (c.some((r) => r.amountValue !== null) || findConflicts("", dyad, c, (r) => r.evidence).length),
        ),
        ...retold,
      ]
        .flat()
        .map((r) => r.articleId),
    ),
  ];
  const texts = new Map<number, string>();
  for (let i = 0; i < needText.length; i += 500) {
    for (const a of await db
      .selectFrom("articles")
      .select(["id", "text"])
      .where("id", "in", needText.slice(i, i + 500))
      .execute())
      texts.set(a.id, a.text);
  }
  const sentenceOf = (r: Report) =>
    (texts.get(r.articleId) ?? "").slice(r.context.sentenceStart, r.context.sentenceEnd) || r.evidence;
  const used = new Map<string, number>();
  const rows: ClusterRow[] = [];
  const wanted = new Map<number, string>();
  const withinArticle = new Map<Report, Report[]>();
  for (const [a, b] of retold) withinArticle.set(a, [...(withinArticle.get(a) ?? []), b]);
  for (const members of clusters) {
    const first = canonical(members);
    // Records identical in every field (possible only in generated data) would share an id; content order numbers them.
    const seen = used.get(first.id) ?? 0;
    used.set(first.id, seen + 1);
    const c = seen ? { ...first, id: `${first.id}-${seen + 1}` } : first;
    const conflicts = findConflicts(c.id, dyad, members, sentenceOf);
    for (const m of members)
      for (const other of withinArticle.get(m) ?? [])
        conflicts.push(...findConflicts(c.id, dyad, [m, other], sentenceOf));
    const [start, end] = c.date ? dateRange(c.date) : [null, null];
    rows.push({
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
      conflicts: JSON.stringify(conflicts),
    });
    for (const m of members) wanted.set(m.id, c.id);
  }
  // Only what changed is written: one new article in a dyad of thousands of events rewrites a handful of rows.
  const stored = new Map(
    (await db.selectFrom("clusters").selectAll().where("dyad", "=", dyad).execute()).map((r) => [r.id, r]),
  );
  const fresh = new Map(rows.map((r) => [r.id, r]));
  const gone = [...stored.values()]
    .filter((r) => !fresh.has(r.id) || !sameRow(r, fresh.get(r.id)!))
    .map((r) => r.id);
  const changed = rows.filter((r) => !stored.has(r.id) || !sameRow(r, stored.get(r.id)!));
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
  const moves = reports.filter((r) => r.clusterId !== wanted.get(r.id)!);
  // One statement per 500 events, whatever clusters they go to: a full rebuild moves every event.
  for (let i = 0; i < moves.length; i += 500) {
    const batch = moves.slice(i, i + 500);
    await db
      .updateTable("events")
      .set({
        cluster_id: sql<string>`case id ${sql.join(
          batch.map((r) => sql`when ${r.id} then ${wanted.get(r.id)!}`),
          sql` `,
        )} end`,
      })
      .where(
        "id",
        "in",
        batch.map((r) => r.id),
      )
      .execute();
  }
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
  return new Map(rows.map((r) => [r.dyad, Number(r.n)]));
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
