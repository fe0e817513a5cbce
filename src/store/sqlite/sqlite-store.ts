/** The embedded SQLite backend: one file, WAL mode, migrations on open, FTS5 full-text search. */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { StatementCache, cachingDatabase } from "./statement-cache.js";
import { eventRowReader, type EventPageRow, type RunEventRows } from "../queries/event-rows.js";
import { KyselyStore, StoreError, type Db } from "../kysely-store.js";
import { migrate, type BackendCapabilities } from "../migrations.js";
import type { Database } from "../schema.js";
import type { OffsetPage } from "../store.js";
import { ftsQuery } from "./fts-query.js";
import { sqliteClusterRows } from "./cluster-rows.js";
import type { ClusterRows } from "../cluster-rows.js";

export { StoreError };

const SQLITE: BackendCapabilities = {
  identity: (c) => c.primaryKey().autoIncrement(),
  // SQLite's REAL is already an 8-byte float.
  float: "real",
  indexesEndInId: true,
  async createFullText(db) {
    await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id')`.execute(
      db,
    );
  },
};

/**
 * Indexes that a rebuild of every cluster would update at random keys (cluster ids are hashes), as
 * migrations 2 and 5 made them: a rebuild sets them aside and builds each once at the end, which takes a
 * fraction of the time. Opening a database makes any that a stopped rebuild left out again.
 */
const REBUILT_INDEXES = [
  {
    name: "events_cluster",
    create: 'create index if not exists "events_cluster" on "events" ("cluster_id")',
  },
  { name: "clusters_sort", create: 'create index if not exists "clusters_sort" on "clusters" ("sort_date")' },
  {
    name: "clusters_source",
    create: 'create index if not exists "clusters_source" on "clusters" ("source", "sort_date")',
  },
  {
    name: "clusters_target",
    create: 'create index if not exists "clusters_target" on "clusters" ("target", "sort_date")',
  },
];
/** The page cache while every cluster is rebuilt (KiB): each slice of dyads reads and rewrites events spread over the whole table. */
const REBUILD_CACHE_KIB = 524_288;

/** Waits this long for another process's write to finish instead of failing with "database is locked". */
const BUSY_TIMEOUT_MS = 60_000;

export class SqliteStore extends KyselyStore {
  private constructor(
    location: string,
    db: Db,
    private readonly raw: BetterSqlite3.Database,
  ) {
    super(location, db);
  }

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
    // 128 MB of pages instead of SQLite's 2 MB: re-clustering a large store rewrites events spread over the
    // whole table, and a small cache writes the same page to the log again and again.
    raw.pragma("cache_size = -131072");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) });
    const store = new SqliteStore(path, db, raw);
    try {
      await store.write(async (conn) => {
        await migrate(conn, SQLITE, path);
        for (const index of REBUILT_INDEXES) await sql.raw(index.create).execute(conn);
      });
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return store;
  }

  /** One immediate (write-locking) transaction, so two processes queue instead of failing. */
  protected async write<T>(work: (conn: Db) => Promise<T>): Promise<T> {
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

  protected async indexText(conn: Db, id: number, title: string | null, text: string): Promise<void> {
    await sql`insert into articles_fts(rowid, title, text) values (${id}, ${title ?? ""}, ${text})`.execute(
      conn,
    );
  }

  /** Event queries by SQL, each prepared once in raw (array) mode with its row reader. */
  private readonly arrayStatements = new StatementCache<{
    stmt: BetterSqlite3.Statement<unknown[], unknown[]>;
    read: (r: readonly unknown[]) => EventPageRow;
  }>();

  // Rows as arrays, read into objects of one shape: 1M events through the export took 10.9 s as the
  // driver's objects and 6.7 s this way. The statement runs to completion at once, as Kysely's would.
  protected override readonly runEventRows: RunEventRows = (query) => {
    const { sql: text, parameters } = query.compile();
    const { stmt, read } = this.arrayStatements.get(text, () => {
      const made = this.raw.prepare<unknown[], unknown[]>(text).raw(true);
      return { stmt: made, read: eventRowReader(made.columns().map((c) => c.name)) };
    });
    return Promise.resolve(stmt.all(...parameters).map(read));
  };

  private preparedClusterRows: ClusterRows | null = null;

  /** Prepared once the tables exist (after migrations), then reused by every rebuild. */
  protected override clusterRows(): ClusterRows {
    return (this.preparedClusterRows ??= sqliteClusterRows(this.raw));
  }

  override async rebuildingAll(work: () => Promise<void>): Promise<void> {
    const cache = Number(this.raw.pragma("cache_size", { simple: true }));
    this.raw.pragma(`cache_size = -${REBUILD_CACHE_KIB}`);
    try {
      await this.write(async (conn) => {
        for (const index of REBUILT_INDEXES)
          await sql.raw(`drop index if exists "${index.name}"`).execute(conn);
      });
      try {
        await work();
      } finally {
        await this.write(async (conn) => {
          for (const index of REBUILT_INDEXES) await sql.raw(index.create).execute(conn);
        });
      }
    } finally {
      this.raw.pragma(`cache_size = ${cache}`);
    }
  }

  /** The whole database is locked by `write` already. */
  protected async lockDyad(): Promise<void> {}

  protected async searchArticles(query: string, page: OffsetPage) {
    const match = ftsQuery(query);
    if (!match) return [];
    const hits = await sql<{
      id: number;
      origin: string;
      title: string | null;
      published: string | null;
      snippet: string;
    }>`
      select a.id, a.origin, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) as snippet
      from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ${match} order by rank, a.id limit ${page.limit} offset ${page.offset}`.execute(
      this.db,
    );
    return hits.rows;
  }

  async searchCount(query: string): Promise<number> {
    const match = ftsQuery(query);
    if (!match) return 0;
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from articles_fts where articles_fts match ${match}`.execute(this.db);
    return rows[0]?.n ?? 0;
  }

  async close(): Promise<void> {
    await this.db.destroy();
    if (this.raw.open) this.raw.close();
  }
}
