/** A real server on 127.0.0.1 (ephemeral port) over a real SQLite file holding a corpus, for API and browser tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../ingest/ingest.js";
import { startServer } from "../server/listen.js";
import type { AppOptions } from "../server/app.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { updateClusters } from "../merge/recluster.js";

export const EXAMPLES = fileURLToPath(new URL("../../examples/corpus/", import.meta.url));
/** The front end as `npm run build` leaves it (the vitest global setup builds it). */
export const BUILT_WEB = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface Served {
  readonly url: string;
  readonly dir: string;
  readonly store: Store;
  stop(): Promise<void>;
}

/** Ingests `paths` into a new database (a SQLite file in a temporary folder unless `open` gives another) and serves it. */
export async function serveCorpus(
  paths: readonly string[],
  options: AppOptions = {},
  open?: () => Promise<Store>,
): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-serve-"));
  const store = open ? await open() : await SqliteStore.open(join(dir, "test.db"));
  if (paths.length) await ingest(store, paths, { progress: false, threads: 1 });
  await updateClusters(store);
  return serveStore(store, dir, options);
}

/** Serves an open store on 127.0.0.1; stopping closes both and removes `dir`. */
export async function serveStore(store: Store, dir: string, options: AppOptions = {}): Promise<Served> {
  const { app, url } = await startServer(store, {
    host: "127.0.0.1",
    port: 0,
    webRoot: BUILT_WEB,
    ...options,
  });
  return {
    url,
    dir,
    store,
    async stop() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
