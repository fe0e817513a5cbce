/**
 * Kysely's SQLite driver prepares every query anew, and an ingest runs the same few inserts thousands of
 * times: this hands it a database whose `prepare` reuses the statement already made for the same SQL.
 */
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** Statements kept: SQL built with IN lists of many lengths must not grow the cache without bound. */
export const CACHED_STATEMENTS = 256;

/** What was prepared for each SQL text, the least recently used dropped past `size`. */
export class StatementCache<T> {
  private readonly kept = new Map<string, T>();

  /** `reusable`: whether a kept one can serve now; when not, the caller gets a fresh one and it stays. */
  constructor(
    private readonly size: number = CACHED_STATEMENTS,
    private readonly reusable: (kept: T) => boolean = () => true,
  ) {}

  get(text: string, make: () => T): T {
    const hit = this.kept.get(text);
    if (hit !== undefined && this.reusable(hit)) {
      // Map order is the eviction order: one used now goes to the back.
      this.kept.delete(text);
      this.kept.set(text, hit);
      return hit;
    }
    const made = make();
    if (hit === undefined && this.kept.set(text, made).size > this.size) {
      const oldest = this.kept.keys().next().value;
      if (oldest !== undefined) this.kept.delete(oldest);
    }
    return made;
  }
}

export function cachingDatabase(db: BetterSqlite3.Database, size = CACHED_STATEMENTS): SqliteDatabase {
  // A statement still being iterated (a streamed query) cannot run again until it ends.
  const cache = new StatementCache<BetterSqlite3.Statement>(size, (s) => !s.busy);
  return {
    close: () => db.close(),
    prepare: (text) => cache.get(text, () => db.prepare(text)),
  };
}
