/** Opens the database a command names; kept apart from the option definitions so `extract` never loads a database driver. */
import { existsSync } from "node:fs";
import { isPostgresUrl } from "../store/postgres/url.js";
import type { Store } from "../store/store.js";
import { dbPath, type DbOptions } from "./store-options.js";
import { UsageError } from "./usage-error.js";

/** Opens the database: a postgres:// URL, or a SQLite file; a query on a file that does not exist is an error, not an empty file. */
export async function openStore(o: DbOptions, create: boolean): Promise<Store> {
  const location = dbPath(o);
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import("../store/postgres/postgres-store.js");
    return PostgresStore.open(location);
  }
  if (!create && !existsSync(location))
    throw new UsageError(
      `no database at ${location}; create one with \`dyad ingest PATH...\` or name it with --db`,
    );
  const { SqliteStore } = await import("../store/sqlite/sqlite-store.js");
  return SqliteStore.open(location);
}

/** Runs a read-only query on an existing database and closes it, whatever happens. */
export async function withStore<T>(o: DbOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(o, false);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
