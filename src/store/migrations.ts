/**
 * Versioned schema migrations, run in order on open; each is written once and never edited, except to say through
 * BackendCapabilities what a backend spells differently (the SQL SQLite runs is unchanged).
 */
import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import type { Database } from "./schema.js";

/** What a backend can do beyond the common SQL Kysely writes for all. */
export interface BackendCapabilities {
  /** Makes an integer column the table's generated key (SQLite: autoincrement; PostgreSQL: an identity column). */
  readonly identity: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** An 8-byte float: SQLite's "real" is one, PostgreSQL's is 4 bytes and would lose digits of amounts. */
  readonly float: "real" | "double precision";
  /** Creates the full-text index over article title and text. */
  readonly createFullText: (db: Kysely<unknown>) => Promise<void>;
  /**
   * Whether every index already ends in the row's id (SQLite's hold the rowid), so that a list in
   * (date, id) order reads an index in order and stops at the page; PostgreSQL's must say so.
   */
  readonly indexesEndInId: boolean;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Written against no table types: a migration must not change meaning when the schema types do. */
  readonly up: (db: Kysely<unknown>, backend: BackendCapabilities) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "sources, articles, mentions, events, full-text index",
    async up(db, backend) {
      await db.schema
        .createTable("sources")
        .addColumn("id", "integer", backend.identity)
        .addColumn("name", "text", (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable("articles")
        .addColumn("id", "integer", backend.identity)
        .addColumn("hash", "text", (c) => c.notNull().unique())
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("published", "text")
        .addColumn("source_id", "integer", (c) => c.references("sources.id"))
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("blocks", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("mentions")
        .addColumn("id", "integer", backend.identity)
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("sentence", "integer", (c) => c.notNull())
        .addColumn("start_offset", "integer", (c) => c.notNull())
        .addColumn("end_offset", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("form", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("person", "text")
        .execute();
      await db.schema
        .createTable("events")
        .addColumn("id", "integer", backend.identity)
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("target", "text", (c) => c.notNull())
        .addColumn("dyad", "text", (c) => c.notNull())
        .addColumn("source_role", "text", (c) => c.notNull())
        .addColumn("target_role", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("cameo", "text", (c) => c.notNull())
        .addColumn("quad", "integer", (c) => c.notNull())
        .addColumn("symmetric", "integer", (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("date_start", "text")
        .addColumn("date_end", "text")
        .addColumn("sort_date", "text", (c) => c.notNull())
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("sector", "text", (c) => c.notNull())
        .addColumn("amount_value", backend.float)
        .addColumn("amount_unit", "text")
        .addColumn("evidence", "text", (c) => c.notNull())
        .addColumn("start_offset", "integer", (c) => c.notNull())
        .addColumn("end_offset", "integer", (c) => c.notNull())
        .addColumn("rule", "text", (c) => c.notNull())
        .addColumn("goldstein", backend.float, (c) => c.notNull())
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .execute();
      // Listing a dyad, an actor or everything in date order reads an index in order and stops at the page.
      await db.schema.createIndex("events_dyad").on("events").columns(["dyad", "sort_date"]).execute();
      await db.schema.createIndex("events_source").on("events").columns(["source", "sort_date"]).execute();
      await db.schema.createIndex("events_target").on("events").columns(["target", "sort_date"]).execute();
      await db.schema.createIndex("events_sort").on("events").column("sort_date").execute();
      await db.schema.createIndex("events_article").on("events").column("article_id").execute();
      // Covers the dyad series: counts and Goldstein sums come from the index alone.
      await db.schema
        .createIndex("events_series")
        .on("events")
        .columns(["dyad", "modality", "date", "source", "quad", "goldstein"])
        .execute();
      await db.schema.createIndex("mentions_article").on("mentions").column("article_id").execute();
      await db.schema.createIndex("articles_published").on("articles").column("published").execute();
      await backend.createFullText(db);
    },
  },
  {
    version: 2,
    name: "event context, clusters of reports of the same event, article slant",
    async up(db, backend) {
      // What an event's sentence names beyond its actors (people, places, objects): what merging compares.
      await db.schema
        .alterTable("events")
        .addColumn("context", "text", (c) => c.notNull().defaultTo("{}"))
        .execute();
      await db.schema.alterTable("events").addColumn("cluster_id", "text").execute();
      await db.schema.createIndex("events_cluster").on("events").column("cluster_id").execute();
      await db.schema
        .createTable("clusters")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dyad", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("target", "text", (c) => c.notNull())
        .addColumn("symmetric", "integer", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("cameo", "text", (c) => c.notNull())
        .addColumn("quad", "integer", (c) => c.notNull())
        .addColumn("goldstein", backend.float, (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("date_start", "text")
        .addColumn("date_end", "text")
        .addColumn("sort_date", "text", (c) => c.notNull())
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("sector", "text", (c) => c.notNull())
        .addColumn("amount_value", backend.float)
        .addColumn("amount_unit", "text")
        .addColumn("evidence", "text", (c) => c.notNull())
        .addColumn("members", "integer", (c) => c.notNull())
        .addColumn("articles", "integer", (c) => c.notNull())
        .addColumn("outlets", "integer", (c) => c.notNull())
        .addColumn("conflicts", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("clusters_dyad").on("clusters").columns(["dyad", "sort_date"]).execute();
      await db.schema.createIndex("clusters_sort").on("clusters").column("sort_date").execute();
      await db.schema
        .createTable("slants")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("dyad", "text", (c) => c.notNull())
        .addColumn("score", backend.float, (c) => c.notNull())
        .addColumn("toward", "text", (c) => c.notNull())
        .addColumn("events", "integer", (c) => c.notNull())
        .addColumn("drivers", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("slants_pk", ["article_id", "dyad"])
        .execute();
      await db.schema.createIndex("slants_dyad").on("slants").column("dyad").execute();
    },
  },
  {
    version: 3,
    name: "the indexes of event and cluster lists end in the id, as the lists are ordered",
    async up(db, backend) {
      if (backend.indexesEndInId) return;
      // Without the id, a first page sorts every event sharing the first date (a million on a busy day of 10M events).
      const ordered: [string, "events" | "clusters", string[]][] = [
        ["events_dyad", "events", ["dyad", "sort_date", "id"]],
        ["events_source", "events", ["source", "sort_date", "id"]],
        ["events_target", "events", ["target", "sort_date", "id"]],
        ["events_sort", "events", ["sort_date", "id"]],
        ["clusters_dyad", "clusters", ["dyad", "sort_date", "id"]],
        ["clusters_sort", "clusters", ["sort_date", "id"]],
      ];
      for (const [name, table, columns] of ordered) {
        await db.schema.dropIndex(name).execute();
        await db.schema.createIndex(name).on(table).columns(columns).execute();
      }
    },
  },
  {
    version: 4,
    name: "the series index covers the event id",
    async up(db, backend) {
      if (backend.indexesEndInId) return;
      // Each period's first event of a score is read from the index alone, not from the rows spread over the table.
      await db.schema.dropIndex("events_series").execute();
      await db.schema
        .createIndex("events_series")
        .on("events")
        .columns(["dyad", "modality", "date", "source", "quad", "goldstein", "id"])
        .execute();
    },
  },
  {
    version: 5,
    name: "clusters by actor, in list order",
    async up(db, backend) {
      // A list of an actor's clusters walks these two in (date, id) order and merges them, as events do.
      const id = backend.indexesEndInId ? [] : ["id"];
      for (const side of ["source", "target"])
        await db.schema
          .createIndex(`clusters_${side}`)
          .on("clusters")
          .columns([side, "sort_date", ...id])
          .execute();
    },
  },
];

/** The schema version this build of dyad writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class SchemaVersionError extends Error {
  override name = "SchemaVersionError";
}

/** Brings a database to SCHEMA_VERSION; refuses one written by a newer dyad. Runs inside the caller's write lock. */
export async function migrate(
  db: Kysely<Database>,
  backend: BackendCapabilities,
  where: string,
): Promise<number> {
  await db.schema
    .createTable("meta")
    .ifNotExists()
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
  const row = await db
    .selectFrom("meta")
    .select("value")
    .where("key", "=", "schema_version")
    .executeTakeFirst();
  const current = row ? Number(row.value) : 0;
  if (current > SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `${where} has schema version ${current}, newer than this dyad understands (${SCHEMA_VERSION}); upgrade dyad to open it`,
    );
  }
  for (const m of MIGRATIONS.filter((x) => x.version > current)) {
    await m.up(db as Kysely<unknown>, backend);
    await db
      .insertInto("meta")
      .values({ key: "schema_version", value: String(m.version) })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(m.version) }))
      .execute();
  }
  return current;
}
