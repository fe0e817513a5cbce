/** Opens the database a command names; kept apart from the option definitions so `extract` never loads SQLite. */
import { existsSync } from "node:fs";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { dbPath, type DbOptions } from "./store-options.js";
import { UsageError } from "./usage-error.js";

/** Opens the database; a query on a database that does not exist is an error, not an empty file. */
export async function openStore(o: DbOptions, create: boolean): Promise<Store> {
  const path = dbPath(o);
  if (!create && !existsSync(path)) throw new UsageError(`no database at ${path}; create one with \`dyad ingest PATH...\` or name it with --db`);
  return SqliteStore.open(path);
}

/** Runs a read-only query on an existing database and closes it, whatever happens. */
export async function withStore<T>(o: DbOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(o, false);
  try { return await work(store); } finally { await store.close(); }
}
