/**
 * Kysely's SQLite driver prepares every query anew, and an ingest runs the same few inserts thousands of
 * times: this hands it a database whose `prepare` reuses the statement already made for the same SQL.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** Statements kept: SQL built with IN lists of many lengths must not grow the cache without bound. */
export const CACHED_STATEMENTS = 256;

export function cachingDatabase(db: BetterSqlite3.Database, size = CACHED_STATEMENTS): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(text) {
      const hit = cache.get(text);
      // A statement still being iterated (a streamed query) cannot run again until it ends: the caller
      // gets a fresh one and the cached one stays.
      if (hit && !hit.busy) {
        // Map order is the eviction order: a statement used now goes to the back.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const made = db.prepare(text);
      if (!hit && cache.set(text, made).size > size) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return made;
    },
  };
}
