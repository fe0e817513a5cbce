/** The embedded SQLite backend: one file, WAL mode, migrations on open, FTS5 full-text search. */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { ArticleSlant, EventRecord, Mention } from "../../domain/types.js";
import type { Block } from "../../read/clean-text.js";
import { dateRange } from "../date-range.js";
import { migrate, type BackendCapabilities } from "../migrations.js";
import { actors } from "../queries/actors.js";
import { allDyads, unclusteredDyads, cluster, clusters, conflicts, rebuildDyad } from "../queries/clusters.js";
import { clusterSeries } from "../queries/cluster-series.js";
import { articleDetail, articleList } from "../queries/article-list.js";
import { network } from "../queries/network.js";
import { dyadSeries } from "../queries/dyad-series.js";
import { slant, sources } from "../queries/sources.js";
import { EVENT_ORDER, dyadKey, selectEvents, toStoredEvent, withEventColumns, type EventRow } from "../queries/event-rows.js";
import type { Database } from "../schema.js";
import type { ArticleDetail, ArticleSummary, NetworkEdge } from "../store.js";
import type { ActorRow, ArticleRecord, ClusterDetail, ClusterRecord, Conflict, Slant, SourcesReport, DyadSeries, EventFilter, Page, Period, SearchHit, Stats, Store, StoredArticle, StoredEvent } from "../store.js";
import { ftsQuery } from "./fts-query.js";

const SQLITE: BackendCapabilities = {
  async createFullText(db) {
    await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id')`.execute(db);
  },
};

/** Waits this long for another process's write to finish instead of failing with "database is locked". */
const BUSY_TIMEOUT_MS = 60_000;

export class StoreError extends Error {
  override name = "StoreError";
}

type Db = Kysely<Database>;

function mentionRows(articleId: number, mentions: readonly Mention[]) {
  return mentions.flatMap((m) => m.actors.map((a) => ({
    article_id: articleId, sentence: m.sentence, start_offset: m.start, end_offset: m.end, text: m.text, form: m.form, code: a.code, role: a.role, person: a.person ?? null,
  })));
}

function eventRows(articleId: number, events: readonly EventRecord[], version: string) {
  return events.map((e) => {
    const [start, end] = e.date ? dateRange(e.date) : [null, null];
    return {
      article_id: articleId, source: e.source, target: e.target, dyad: dyadKey(e.source, e.target), source_role: e.source_role, target_role: e.target_role, code: e.code,
      cameo: e.rule.split(":").pop() ?? e.code, quad: e.quad, symmetric: e.symmetric ? 1 : 0, date: e.date, date_start: start, date_end: end, sort_date: start ?? "9999-12-31",
      modality: e.modality, sector: e.sector, amount_value: e.amount?.value ?? null, amount_unit: e.amount?.unit ?? null, evidence: e.evidence,
      start_offset: e.start, end_offset: e.end, rule: e.rule, goldstein: e.goldstein, extractor_version: version,
      context: JSON.stringify(e.context ?? {}),
    };
  });
}

// SQLite caps bound parameters per statement; rows go in slices well under it.
async function insertChunked<T extends "mentions" | "events">(db: Db, table: T, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto(table).values(rows.slice(i, i + 200) as never).execute();
}

async function insertSlants(db: Db, articleId: number, slants: readonly ArticleSlant[]): Promise<void> {
  if (slants.length === 0) return;
  await db.insertInto("slants").values(slants.map((s) => ({
    article_id: articleId, dyad: s.dyad, score: s.score, toward: JSON.stringify(s.toward), events: s.events, drivers: JSON.stringify(s.drivers),
  }))).execute();
}

export class SqliteStore implements Store {
  private constructor(readonly location: string, private readonly db: Db, private readonly raw: BetterSqlite3.Database) {}

  /** Opens (creating if needed) and migrates the database at `path`. */
  static async open(path: string): Promise<SqliteStore> {
    let raw: BetterSqlite3.Database;
    try {
      raw = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
      raw.pragma("journal_mode = WAL");
    } catch (e) {
      throw new StoreError(`cannot open database ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    raw.pragma("synchronous = NORMAL");
    raw.pragma("foreign_keys = ON");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const store = new SqliteStore(path, db, raw);
    try {
      await store.write((conn) => migrate(conn as Kysely<any>, SQLITE, path));
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return store;
  }

  /** Runs `work` in one immediate (write-locking) transaction, so two processes queue instead of failing. */
  private async write<T>(work: (conn: Db) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await work(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (e) {
        await sql`rollback`.execute(conn);
        throw e;
      }
    });
  }

  async knownHashes(): Promise<Set<string>> {
    const rows = await this.db.selectFrom("articles").select("hash").execute();
    return new Set(rows.map((r) => r.hash));
  }

  async addArticle(r: ArticleRecord): Promise<boolean> {
    return this.write(async (db) => {
      const existing = await db.selectFrom("articles").select("id").where("hash", "=", r.hash).executeTakeFirst();
      if (existing) return false;
      let sourceId: number | null = null;
      if (r.source) {
        await db.insertInto("sources").values({ name: r.source }).onConflict((oc) => oc.column("name").doNothing()).execute();
        sourceId = (await db.selectFrom("sources").select("id").where("name", "=", r.source).executeTakeFirstOrThrow()).id;
      }
      const { id } = await db.insertInto("articles").values({
        hash: r.hash, origin: r.origin, title: r.title, url: r.url, published: r.published, source_id: sourceId, text: r.text,
        format: r.format, blocks: JSON.stringify(r.blocks), ingested_at: new Date().toISOString(), extractor_version: r.extractorVersion,
      }).returning("id").executeTakeFirstOrThrow();
      await sql`insert into articles_fts(rowid, title, text) values (${id}, ${r.title ?? ""}, ${r.text})`.execute(db);
      await insertChunked(db, "mentions", mentionRows(id, r.mentions));
      await insertChunked(db, "events", eventRows(id, r.events, r.extractorVersion));
      await insertSlants(db, id, r.slants);
      return true;
    });
  }

  async replaceExtraction(articleId: number, mentions: readonly Mention[], events: readonly EventRecord[], slants: readonly ArticleSlant[], version: string): Promise<void> {
    await this.write(async (db) => {
      await db.deleteFrom("mentions").where("article_id", "=", articleId).execute();
      await db.deleteFrom("events").where("article_id", "=", articleId).execute();
      await db.deleteFrom("slants").where("article_id", "=", articleId).execute();
      await insertSlants(db, articleId, slants);
      await insertChunked(db, "mentions", mentionRows(articleId, mentions));
      await insertChunked(db, "events", eventRows(articleId, events, version));
      await db.updateTable("articles").set({ extractor_version: version }).where("id", "=", articleId).execute();
    });
  }

  async staleArticles(version: string | null): Promise<number[]> {
    let q = this.db.selectFrom("articles").select("id").orderBy("id");
    if (version) q = q.where("extractor_version", "!=", version);
    return (await q.execute()).map((r) => r.id);
  }

  async article(id: number): Promise<StoredArticle | null> {
    const r = await this.db.selectFrom("articles").select(["id", "origin", "title", "published", "text", "format", "blocks"]).where("id", "=", id).executeTakeFirst();
    if (!r) return null;
    // Written by addArticle from an Article, so it is one of the three formats; anything else reads as plain text.
    const format = r.format === "html" || r.format === "markdown" ? r.format : "text";
    return { ...r, format, blocks: JSON.parse(r.blocks) as Block[] };
  }

  async events(filter: EventFilter, page: Page): Promise<StoredEvent[]> {
    const rows = await withEventColumns(selectEvents(this.db, filter)).orderBy(EVENT_ORDER).limit(page.limit).offset(page.offset).execute();
    return (rows as EventRow[]).map(toStoredEvent);
  }

  dyadSeries(a: string, b: string, by: Period, filter: EventFilter): Promise<DyadSeries> {
    return filter.merged ? clusterSeries(this.db, a, b, by, filter) : dyadSeries(this.db, a, b, by, filter);
  }

  actors(filter: EventFilter, limit: number): Promise<ActorRow[]> {
    return actors(this.db, filter, limit);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const hits = await sql<{ id: number; origin: string; title: string | null; published: string | null; snippet: string }>`
      select a.id, a.origin, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) as snippet
      from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ${match} order by rank limit ${limit}`.execute(this.db);
    const out: SearchHit[] = [];
    for (const h of hits.rows) {
      const rows = await withEventColumns(selectEvents(this.db, {}).where("events.article_id", "=", h.id)).orderBy("events.start_offset").execute();
      out.push({ articleId: h.id, origin: h.origin, title: h.title, published: h.published, snippet: h.snippet, events: (rows as EventRow[]).map(toStoredEvent) });
    }
    return out;
  }

  async stats(): Promise<Stats> {
    const count = async (t: "articles" | "sources" | "mentions" | "events") => Number((await this.db.selectFrom(t).select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
    const range = await this.db.selectFrom("events").select([sql<string | null>`min(date_start)`.as("first"), sql<string | null>`max(date_end)`.as("last")]).executeTakeFirstOrThrow();
    const versions = await this.db.selectFrom("articles").select(["extractor_version", sql<number>`count(*)`.as("n")]).groupBy("extractor_version").orderBy("extractor_version").execute();
    const dyads = await this.db.selectFrom("events")
      .select([sql<string>`case when source < target then source || '-' || target else target || '-' || source end`.as("dyad"), sql<number>`count(*)`.as("n")])
      .groupBy("dyad").orderBy("n", "desc").orderBy("dyad").limit(5).execute();
    const schema = await this.db.selectFrom("meta").select("value").where("key", "=", "schema_version").executeTakeFirstOrThrow();
    return {
      location: this.location, schemaVersion: Number(schema.value), articles: await count("articles"), sources: await count("sources"),
      mentions: await count("mentions"), events: await count("events"), firstEvent: range.first, lastEvent: range.last,
      extractorVersions: versions.map((v) => ({ version: v.extractor_version, articles: Number(v.n) })),
      topDyads: dyads.map((d) => ({ dyad: d.dyad, events: Number(d.n) })),
    };
  }

  network(filter: EventFilter): Promise<NetworkEdge[]> {
    return network(this.db, filter);
  }

  articleList(page: Page): Promise<ArticleSummary[]> {
    return articleList(this.db, page);
  }

  articleDetail(id: number): Promise<ArticleDetail | null> {
    return articleDetail(this.db, id);
  }

  async articleIdByHash(hash: string): Promise<number | null> {
    return (await this.db.selectFrom("articles").select("id").where("hash", "=", hash).executeTakeFirst())?.id ?? null;
  }

  async updateClusters(dyads?: readonly string[]): Promise<number> {
    const todo = dyads ? [...new Set([...dyads, ...await unclusteredDyads(this.db)])].sort() : await allDyads(this.db);
    // Small transactions: an ingest in another process waits for one slice, not for the whole rebuild.
    for (let i = 0; i < todo.length; i += 25) {
      await this.write(async (db) => {
        for (const d of todo.slice(i, i + 25)) await rebuildDyad(db, d);
      });
    }
    return todo.length;
  }

  clusters(filter: EventFilter, page: Page): Promise<ClusterRecord[]> {
    return clusters(this.db, filter, page);
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

  async close(): Promise<void> {
    await this.db.destroy();
    if (this.raw.open) this.raw.close();
  }
}
