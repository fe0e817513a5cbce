/**
 * Everything a Store does that one Kysely query layer can say for SQLite and PostgreSQL alike. A backend adds
 * how it opens, how it takes a write lock, how it indexes and searches text, and how it closes.
 */
import { sql, type Insertable, type Kysely } from "kysely";
import type { ArticleSlant, EventRecord, Mention } from "../domain/types.js";
import type { Block } from "../read/clean-text.js";
import { dateRange, UNDATED_SORT_DATE } from "./date-range.js";
import { actors } from "./queries/actors.js";
import { articleDetail, articleList } from "./queries/article-list.js";
import { clusterSeries } from "./queries/cluster-series.js";
import {
  cluster,
  clusters,
  countClusters,
  conflicts,
  dyadSizes,
  articleTexts,
  reportsOf,
  clusterSizes,
  unclusteredDyads,
  writeClusters,
  type ArticleOrigins,
} from "./queries/clusters.js";
import { dyadSeries } from "./queries/dyad-series.js";
import { dyadKey } from "../domain/records.js";
import {
  selectEventRows,
  selectEvents,
  toStoredEvent,
  runThroughKysely,
  withEventColumns,
  type EventRow,
  type RunEventRows,
} from "./queries/event-rows.js";
import { network } from "./queries/network.js";
import { eventPage } from "./queries/event-page.js";
import { slant, sources } from "./queries/sources.js";
import type { Database } from "./schema.js";
import type { ClusterTransaction, PlannedSlice } from "../merge/cluster-store.js";
import { kyselyClusterRows, type ClusterRows } from "./cluster-rows.js";
import { readEventCursor } from "./cursor.js";
import type {
  ActorRow,
  ArticleDetail,
  ArticleRecord,
  ArticleSummary,
  ClusterDetail,
  ClusterRecord,
  Conflict,
  DyadSeries,
  EventFilter,
  NetworkEdge,
  FixedOrderPage,
  OffsetPage,
  Page,
  Period,
  SearchHit,
  Slant,
  SourcesReport,
  Stats,
  Store,
  StoredArticle,
  StoredEvent,
} from "./store.js";

export type Db = Kysely<Database>;

export class StoreError extends Error {
  override name = "StoreError";
}

function mentionRows(articleId: number, mentions: readonly Mention[]) {
  return mentions.flatMap((m) =>
    m.actors.map((a) => ({
      article_id: articleId,
      sentence: m.sentence,
      start_offset: m.start,
      end_offset: m.end,
      text: m.text,
      form: m.form,
      code: a.code,
      role: a.role,
      person: a.person ?? null,
    })),
  );
}

function eventRows(articleId: number, events: readonly EventRecord[], version: string) {
  return events.map((e) => {
    const [start, end] = e.date ? dateRange(e.date) : [null, null];
    return {
      article_id: articleId,
      source: e.source,
      target: e.target,
      dyad: dyadKey(e.source, e.target),
      source_role: e.source_role,
      target_role: e.target_role,
      code: e.code,
      cameo: e.rule.split(":").pop() ?? e.code,
      quad: e.quad,
      symmetric: e.symmetric ? 1 : 0,
      date: e.date,
      date_start: start,
      date_end: end,
      sort_date: start ?? UNDATED_SORT_DATE,
      modality: e.modality,
      sector: e.sector,
      amount_value: e.amount?.value ?? null,
      amount_unit: e.amount?.unit ?? null,
      evidence: e.evidence,
      start_offset: e.start,
      end_offset: e.end,
      rule: e.rule,
      goldstein: e.goldstein,
      extractor_version: version,
      context: JSON.stringify(e.context ?? {}),
    };
  });
}

// Both backends cap bound parameters per statement (SQLite 32,766, PostgreSQL 65,535); rows go in slices well under it.
async function insertChunked<T extends "mentions" | "events">(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 200))
      .execute();
}

async function insertSlants(db: Db, articleId: number, slants: readonly ArticleSlant[]): Promise<void> {
  if (slants.length === 0) return;
  await db
    .insertInto("slants")
    .values(
      slants.map((s) => ({
        article_id: articleId,
        dyad: s.dyad,
        score: s.score,
        toward: JSON.stringify(s.toward),
        events: s.events,
        drivers: JSON.stringify(s.drivers),
      })),
    )
    .execute();
}

/**
 * Events re-clustered per write transaction (a larger dyad goes alone). An ingest elsewhere waits for one slice,
 * not for the whole rebuild (about 20 s for a million events, within SQLite's busy timeout); and since a
 * dyad's events are spread over the whole table, each commit rewrites most of its pages, so fewer, larger
 * slices write far less (four slices of 250,000 took a fifth longer).
 */
const CLUSTER_SLICE_EVENTS = 1_000_000;

/** Consecutive runs of dyads holding at most CLUSTER_SLICE_EVENTS events between them. */
function slices(dyads: readonly string[], sizes: ReadonlyMap<string, number>): PlannedSlice[] {
  const out: PlannedSlice[] = [];
  let current: string[] = [],
    total = 0;
  for (const d of dyads) {
    const n = sizes.get(d) ?? 0;
    if (current.length && total + n > CLUSTER_SLICE_EVENTS) {
      out.push({ dyads: current, events: total });
      current = [];
      total = 0;
    }
    current.push(d);
    total += n;
  }
  if (current.length) out.push({ dyads: current, events: total });
  return out;
}

export abstract class KyselyStore implements Store {
  protected constructor(
    readonly location: string,
    protected readonly db: Db,
  ) {}

  /** Runs `work` in one write transaction that other writers queue behind. */
  protected abstract write<T>(work: (conn: Db) => Promise<T>): Promise<T>;
  /** Adds a stored article to the full-text index, inside addArticle's transaction. */
  protected abstract indexText(conn: Db, id: number, title: string | null, text: string): Promise<void>;
  /** Keeps any other writer off one dyad's clusters until the transaction ends. */
  protected abstract lockDyad(conn: Db, dyad: string): Promise<void>;
  /** Article ids and snippets matching what a user typed, best first; the text is never query syntax. */
  protected abstract searchArticles(
    query: string,
    page: OffsetPage,
  ): Promise<
    { id: number; origin: string; title: string | null; published: string | null; snippet: string }[]
  >;
  abstract searchCount(query: string): Promise<number>;
  abstract close(): Promise<void>;

  /** Re-clustering's reads and writes inside a write transaction on `conn`. */
  protected clusterRows(conn: Db): ClusterRows {
    return kyselyClusterRows(conn);
  }

  async knownHashes(): Promise<Set<string>> {
    const rows = await this.db.selectFrom("articles").select("hash").execute();
    return new Set(rows.map((r) => r.hash));
  }

  async addArticle(r: ArticleRecord): Promise<boolean> {
    return this.write(async (db) => {
      let sourceId: number | null = null;
      if (r.source) {
        await db
          .insertInto("sources")
          .values({ name: r.source })
          .onConflict((oc) => oc.column("name").doNothing())
          .execute();
        sourceId = (
          await db.selectFrom("sources").select("id").where("name", "=", r.source).executeTakeFirstOrThrow()
        ).id;
      }
      // Two workers may deliver the same article at once: the hash decides, and the second stores nothing.
      const row = await db
        .insertInto("articles")
        .values({
          hash: r.hash,
          origin: r.origin,
          title: r.title,
          url: r.url,
          published: r.published,
          source_id: sourceId,
          text: r.text,
          format: r.format,
          blocks: JSON.stringify(r.blocks),
          ingested_at: new Date().toISOString(),
          extractor_version: r.extractorVersion,
        })
        .onConflict((oc) => oc.column("hash").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!row) return false;
      await this.indexText(db, row.id, r.title, r.text);
      await insertChunked(db, "mentions", mentionRows(row.id, r.mentions));
      await insertChunked(db, "events", eventRows(row.id, r.events, r.extractorVersion));
      await insertSlants(db, row.id, r.slants);
      return true;
    });
  }

  async replaceExtraction(
    articleId: number,
    mentions: readonly Mention[],
    events: readonly EventRecord[],
    slants: readonly ArticleSlant[],
    version: string,
  ): Promise<void> {
    await this.write(async (db) => {
      await db.deleteFrom("mentions").where("article_id", "=", articleId).execute();
      await db.deleteFrom("events").where("article_id", "=", articleId).execute();
      await db.deleteFrom("slants").where("article_id", "=", articleId).execute();
      await insertSlants(db, articleId, slants);
      await insertChunked(db, "mentions", mentionRows(articleId, mentions));
      await insertChunked(db, "events", eventRows(articleId, events, version));
      await db
        .updateTable("articles")
        .set({ extractor_version: version })
        .where("id", "=", articleId)
        .execute();
    });
  }

  async staleArticles(version: string | null): Promise<number[]> {
    let q = this.db.selectFrom("articles").select("id").orderBy("id");
    if (version) q = q.where("extractor_version", "!=", version);
    return (await q.execute()).map((r) => r.id);
  }

  async article(id: number): Promise<StoredArticle | null> {
    const r = await this.db
      .selectFrom("articles")
      .select(["id", "origin", "title", "published", "text", "format", "blocks"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!r) return null;
    // Written by addArticle from an Article, so it is one of the three formats; anything else reads as plain text.
    const format = r.format === "html" || r.format === "markdown" ? r.format : "text";
    return { ...r, format, blocks: JSON.parse(r.blocks) as Block[] };
  }

  /** How pages of events are run; SQLite reads them as arrays (sqlite-store.ts). */
  protected readonly runEventRows: RunEventRows = runThroughKysely;

  async events(filter: EventFilter, page: Page): Promise<StoredEvent[]> {
    const cursor = "after" in page ? readEventCursor(page.after, page.order) : null;
    const rows = await eventPage(
      this.db,
      filter,
      page,
      cursor,
      () => this.countEvents(filter, "dated"),
      this.runEventRows,
    );
    return rows.map(toStoredEvent);
  }

  async countEvents(filter: EventFilter, span: "all" | "dated" = "all"): Promise<number> {
    let query = selectEventRows(this.db, filter);
    if (span === "dated") query = query.where("events.sort_date", "<", UNDATED_SORT_DATE);
    const row = await query.select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
    return row.n;
  }

  dyadSeries(a: string, b: string, by: Period, filter: EventFilter): Promise<DyadSeries> {
    return filter.merged ? clusterSeries(this.db, a, b, by, filter) : dyadSeries(this.db, a, b, by, filter);
  }

  actors(filter: EventFilter, limit: number): Promise<ActorRow[]> {
    return actors(this.db, filter, limit);
  }

  async search(query: string, page: OffsetPage): Promise<SearchHit[]> {
    const out: SearchHit[] = [];
    for (const h of await this.searchArticles(query, page)) {
      const rows = await withEventColumns(selectEvents(this.db, {}).where("events.article_id", "=", h.id))
        .orderBy("events.start_offset")
        .orderBy("events.id")
        .execute();
      out.push({
        articleId: h.id,
        origin: h.origin,
        title: h.title,
        published: h.published,
        snippet: h.snippet,
        events: (rows as EventRow[]).map(toStoredEvent),
      });
    }
    return out;
  }

  async stats(): Promise<Stats> {
    const count = async (t: "articles" | "sources" | "mentions" | "events") =>
      (
        await this.db
          .selectFrom(t)
          .select(sql<number>`count(*)`.as("n"))
          .executeTakeFirstOrThrow()
      ).n;
    const range = await this.db
      .selectFrom("events")
      .select([sql<string | null>`min(date_start)`.as("first"), sql<string | null>`max(date_end)`.as("last")])
      .executeTakeFirstOrThrow();
    const versions = await this.db
      .selectFrom("articles")
      .select(["extractor_version", sql<number>`count(*)`.as("n")])
      .groupBy("extractor_version")
      .orderBy("extractor_version")
      .execute();
    const dyads = await this.db
      .selectFrom("events")
      .select(["dyad", sql<number>`count(*)`.as("n")])
      .groupBy("dyad")
      .orderBy("n", "desc")
      .orderBy("dyad")
      .limit(5)
      .execute();
    const schema = await this.db
      .selectFrom("meta")
      .select("value")
      .where("key", "=", "schema_version")
      .executeTakeFirstOrThrow();
    return {
      location: this.location,
      schemaVersion: Number(schema.value),
      articles: await count("articles"),
      sources: await count("sources"),
      mentions: await count("mentions"),
      events: await count("events"),
      firstEvent: range.first,
      lastEvent: range.last,
      extractorVersions: versions.map((v) => ({ version: v.extractor_version, articles: v.n })),
      topDyads: dyads.map((d) => ({ dyad: d.dyad, events: d.n })),
    };
  }

  network(filter: EventFilter): Promise<NetworkEdge[]> {
    return network(this.db, filter);
  }

  articleList(page: FixedOrderPage): Promise<ArticleSummary[]> {
    return articleList(this.db, page);
  }

  articleDetail(id: number): Promise<ArticleDetail | null> {
    return articleDetail(this.db, id);
  }

  async articleIdByHash(hash: string): Promise<number | null> {
    return (
      (await this.db.selectFrom("articles").select("id").where("hash", "=", hash).executeTakeFirst())?.id ??
      null
    );
  }

  async clusterPlan(dyads?: readonly string[]): Promise<PlannedSlice[]> {
    const listed = dyads ? [...new Set([...dyads, ...(await unclusteredDyads(this.db))])].sort() : undefined;
    const sizes = await dyadSizes(this.db, listed);
    // A listed dyad may have no events left: it is still rebuilt, which removes its clusters.
    return slices(listed ?? [...sizes.keys()], sizes);
  }

  /** Nothing to set aside by default: a backend whose index writes dominate a rebuild overrides this. */
  rebuildingAll(work: () => Promise<void>): Promise<void> {
    return work();
  }

  withDyads(dyads: readonly string[], work: (tx: ClusterTransaction) => Promise<void>): Promise<void> {
    return this.write(async (db) => {
      for (const d of dyads) await this.lockDyad(db, d);
      const rows = this.clusterRows(db);
      // The dyads of one slice share many articles: each article's origin is read once.
      const articles: ArticleOrigins = new Map();
      await work({
        reportsOf: (dyad) => reportsOf(rows, dyad, articles),
        clusterSizes: (dyad) => clusterSizes(rows, dyad),
        articleTexts: (ids) => articleTexts(db, ids),
        writeClusters: (clustering, reports) => writeClusters(rows, clustering, reports),
      });
    });
  }

  clusters(filter: EventFilter, page: Page): Promise<ClusterRecord[]> {
    return clusters(this.db, filter, page);
  }

  countClusters(filter: EventFilter): Promise<number> {
    return countClusters(this.db, filter);
  }

  async countArticles(): Promise<number> {
    const row = await this.db
      .selectFrom("articles")
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    return row.n;
  }

  cluster(id: string): Promise<ClusterDetail | null> {
    return cluster(this.db, id);
  }

  conflicts(filter: EventFilter): Promise<Conflict[]> {
    return conflicts(this.db, filter);
  }

  slant(articleId: number): Promise<Slant[]> {
    return slant(this.db, articleId);
  }

  sources(a: string, b: string): Promise<SourcesReport> {
    return sources(this.db, a, b);
  }
}
