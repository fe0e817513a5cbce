/**
 * The row reads and writes re-clustering does: a full rebuild moves every event and writes every cluster,
 * so a backend may run them faster than one Kysely query each (SQLite through prepared statements).
 */
import { sql, type Kysely, type Selectable } from "kysely";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

export const REPORT_COLUMNS = [
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
] as const satisfies readonly (keyof Database["events"])[];

type EventRow = Selectable<Database["events"]>;
/** A report's columns in REPORT_COLUMNS order: a full rebuild reads a million, and arrays cost less than objects. */
type Values<T extends readonly (keyof EventRow)[]> = { -readonly [K in keyof T]: EventRow[T[K]] };
export type ReportTuple = Values<typeof REPORT_COLUMNS>;
export type ClusterRow = Selectable<Database["clusters"]>;
// Every column, checked by the compiler: a column left out would let a changed cluster go unwritten.
export const CLUSTER_COLUMNS = Object.keys({
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
export interface OriginRow {
  id: number;
  hash: string;
  origin: string;
  outlet: string | null;
}
/** An event whose cluster changed. */
export interface Move {
  id: number;
  cluster: string;
}

export interface ClusterRows {
  eventsOf(dyad: string): Promise<ReportTuple[]>;
  /** Articles' hashes and origins; at most 500 ids. */
  origins(ids: readonly number[]): Promise<OriginRow[]>;
  clustersOf(dyad: string): Promise<ClusterRow[]>;
  /** These clusters, those of them that are stored; at most 500 ids. */
  clustersByIds(ids: readonly string[]): Promise<ClusterRow[]>;
  /** The id and size of each of the dyad's clusters. */
  clusterSizes(dyad: string): Promise<{ id: string; members: number }[]>;
  deleteClusters(ids: readonly string[]): Promise<void>;
  insertClusters(rows: readonly ClusterRow[]): Promise<void>;
  moveEvents(moves: readonly Move[]): Promise<void>;
}

// Both backends cap bound parameters per statement; 500 rows of 22 columns stays well under either cap.
const BATCH = 500;

/** The rows through Kysely: one statement per batch of 500. */
export function kyselyClusterRows(db: Db): ClusterRows {
  return {
    eventsOf: async (dyad) =>
      (await db.selectFrom("events").where("dyad", "=", dyad).select(REPORT_COLUMNS).execute()).map(
        (r) => REPORT_COLUMNS.map((c) => r[c]) as unknown as ReportTuple,
      ),
    origins: (ids) =>
      db
        .selectFrom("articles")
        .leftJoin("sources", "sources.id", "articles.source_id")
        .where("articles.id", "in", ids)
        .select(["articles.id", "articles.hash", "articles.origin", "sources.name as outlet"])
        .execute(),
    clustersOf: (dyad) => db.selectFrom("clusters").selectAll().where("dyad", "=", dyad).execute(),
    clustersByIds: (ids) => db.selectFrom("clusters").selectAll().where("id", "in", ids).execute(),
    clusterSizes: (dyad) =>
      db.selectFrom("clusters").select(["id", "members"]).where("dyad", "=", dyad).execute(),
    async deleteClusters(ids) {
      for (let i = 0; i < ids.length; i += BATCH)
        await db
          .deleteFrom("clusters")
          .where("id", "in", ids.slice(i, i + BATCH))
          .execute();
    },
    async insertClusters(rows) {
      for (let i = 0; i < rows.length; i += BATCH)
        await db
          .insertInto("clusters")
          .values(rows.slice(i, i + BATCH))
          .execute();
    },
    async moveEvents(moves) {
      // One statement per 500 events, whatever clusters they go to: a full rebuild moves every event.
      for (let i = 0; i < moves.length; i += BATCH) {
        const batch = moves.slice(i, i + BATCH);
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
    },
  };
}
