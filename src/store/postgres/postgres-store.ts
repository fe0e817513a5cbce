/** The team backend: PostgreSQL through Kysely and pg, migrations under an advisory lock, tsvector full-text search. */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { KyselyStore, StoreError, type Db } from "../kysely-store.js";
import { SchemaVersionError, migrate, type BackendCapabilities } from "../migrations.js";
import type { Database } from "../schema.js";
import type { OffsetPage } from "../store.js";
import { searchTerms } from "../search-terms.js";
import { redactUrl } from "./url.js";

const POSTGRES: BackendCapabilities = {
  identity: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
  float: "double precision",
  indexesEndInId: false,
  async createFullText(db) {
    // 'simple' neither stems nor drops stop words: the same words match as in SQLite's FTS5 index.
    await sql`alter table articles add column search tsvector generated always as (to_tsvector('simple', coalesce(title, '') || ' ' || text)) stored`.execute(
      db,
    );
    await sql`create index articles_search on articles using gin (search)`.execute(db);
  },
};

// Counts (int8) and averages (numeric) arrive as strings by default; every count dyad keeps fits a double exactly.
const { INT8, NUMERIC } = pg.types.builtins;
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) =>
    oid === INT8 || oid === NUMERIC
      ? Number
      : (pg.types.getTypeParser(oid, format) as (v: string) => unknown),
};

/** Any two-word key of dyad's own: one lock for migrations, one per dyad for re-clustering. */
const MIGRATION_LOCK = 0x64796164; // "dyad"

export class PostgresStore extends KyselyStore {
  private constructor(location: string, db: Db) {
    super(location, db);
  }

  /** Connects and migrates; several processes opening at once run the migrations once, one after another. */
  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, types });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const store = new PostgresStore(redactUrl(url), db);
    try {
      await db.transaction().execute(async (tx) => {
        await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(tx);
        await migrate(tx, POSTGRES, store.location);
      });
    } catch (e) {
      await db.destroy();
      if (e instanceof SchemaVersionError) throw e;
      throw new StoreError(
        `cannot open database ${store.location}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    return store;
  }

  protected write<T>(work: (conn: Db) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** The generated `search` column indexes the row as it is written. */
  protected async indexText(): Promise<void> {}

  protected async lockDyad(conn: Db, dyad: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK}, hashtext(${dyad}))`.execute(conn);
  }

  protected async searchArticles(query: string, page: OffsetPage) {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    // Each term or quoted phrase becomes its own phraseto_tsquery of a bound parameter: no user text is query syntax.
    // An article must hold all of them; the snippet marks any of them, as FTS5's does.
    const each = terms.map((t) => sql`phraseto_tsquery('simple', ${t})`);
    const hits = await sql<{
      id: number;
      origin: string;
      title: string | null;
      published: string | null;
      snippet: string;
    }>`
      with q as (select ${sql.join(each, sql` && `)} as query, ${sql.join(each, sql` || `)} as mark)
      select a.id, a.origin, a.title, a.published,
        ts_headline('simple', a.text, q.mark, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1') as snippet
      from articles a, q where a.search @@ q.query order by ts_rank(a.search, q.query) desc, a.id limit ${page.limit} offset ${page.offset}`.execute(
      this.db,
    );
    return hits.rows;
  }

  async searchCount(query: string): Promise<number> {
    const terms = searchTerms(query);
    if (terms.length === 0) return 0;
    const all = sql.join(
      terms.map((t) => sql`phraseto_tsquery('simple', ${t})`),
      sql` && `,
    );
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from articles where search @@ (${all})`.execute(this.db);
    return rows[0]?.n ?? 0;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
