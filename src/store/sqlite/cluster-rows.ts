/**
 * Re-clustering's rows through prepared statements: a full rebuild of a million events is a million
 * updates and hundreds of thousands of inserts, and one Kysely statement per batch of 500 spent most
 * of its time compiling and preparing SQL text that differs only in its values.
 */
import type BetterSqlite3 from "better-sqlite3";
import {
  CLUSTER_COLUMNS,
  REPORT_COLUMNS,
  type ClusterRow,
  type ClusterRows,
  type OriginRow,
  type ReportTuple,
} from "../cluster-rows.js";

export function sqliteClusterRows(raw: BetterSqlite3.Database): ClusterRows {
  const eventsOf = raw
    .prepare<[string], ReportTuple>(`select ${REPORT_COLUMNS.join(", ")} from events where dyad = ?`)
    .raw();
  // One statement for any number of ids: the list travels as one JSON parameter.
  const origins = raw.prepare<[string], OriginRow>(
    `select articles.id, articles.hash, articles.origin, sources.name as outlet
     from articles left join sources on sources.id = articles.source_id
     where articles.id in (select value from json_each(?))`,
  );
  const clustersOf = raw.prepare<[string], ClusterRow>("select * from clusters where dyad = ?");
  const clustersByIds = raw.prepare<[string], ClusterRow>(
    "select * from clusters where id in (select value from json_each(?))",
  );
  const clusterSizes = raw.prepare<[string], { id: string; members: number }>(
    "select id, members from clusters where dyad = ?",
  );
  const deleteCluster = raw.prepare<[string]>("delete from clusters where id = ?");
  // Positional parameters: binding 22 named ones looks each up on the row object, a fifth of a rebuild's inserting.
  const insertCluster = raw.prepare<ClusterRow[keyof ClusterRow][]>(
    `insert into clusters (${CLUSTER_COLUMNS.join(", ")}) values (${CLUSTER_COLUMNS.map(() => "?").join(", ")})`,
  );
  const moveEvent = raw.prepare<[string, number]>("update events set cluster_id = ? where id = ?");
  return {
    eventsOf: (dyad) => Promise.resolve(eventsOf.all(dyad)),
    origins: (ids) => Promise.resolve(origins.all(JSON.stringify(ids))),
    clustersOf: (dyad) => Promise.resolve(clustersOf.all(dyad)),
    clustersByIds: (ids) => Promise.resolve(clustersByIds.all(JSON.stringify(ids))),
    clusterSizes: (dyad) => Promise.resolve(clusterSizes.all(dyad)),
    deleteClusters(ids) {
      for (const id of ids) deleteCluster.run(id);
      return Promise.resolve();
    },
    insertClusters(rows) {
      for (const r of rows) insertCluster.run(...CLUSTER_COLUMNS.map((c) => r[c]));
      return Promise.resolve();
    },
    moveEvents(moves) {
      for (const m of moves) moveEvent.run(m.cluster, m.id);
      return Promise.resolve();
    },
  };
}
