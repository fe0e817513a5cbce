/** `dyad serve` and `dyad demo`: the web app over a database, or over the bundled example corpus. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../ingest/ingest.js";
import { startServer, ServeError } from "../server/listen.js";
import type { Store } from "../store/store.js";
import type { Io } from "./extract-command.js";
import { budgetOf } from "./budget-options.js";
import { openStore } from "./open-store.js";
import { parseCount, type DbOptions } from "./store-options.js";
import { UsageError } from "./usage-error.js";
import { updateClusters } from "../merge/recluster.js";

export interface ServeOptions extends DbOptions {
  port?: string;
  host: string;
  token?: string;
  articleSeconds?: string;
  articleMegabytes?: string;
}

const EXAMPLES = fileURLToPath(new URL("../../examples/corpus/", import.meta.url));

async function serve(store: Store, o: ServeOptions, io: Io): Promise<number> {
  const port = parseCount("port", o.port, 8787);
  if (port > 65535) throw new UsageError(`--port "${o.port}": expected a port from 0 to 65535`);
  const token = o.token ?? process.env.DYAD_TOKEN;
  let url: string;
  let close: () => Promise<unknown>;
  try {
    const running = await startServer(store, {
      host: o.host,
      port,
      budget: budgetOf(o),
      ...(token ? { token } : {}),
    });
    url = running.url;
    close = () => running.app.close();
  } catch (e) {
    await store.close();
    if (e instanceof ServeError) throw new UsageError(e.message);
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new UsageError(`port ${port} is in use: choose another with --port`);
    throw e;
  }
  io.out(
    `dyad is serving ${store.location} at ${url}${token ? "?token=…" : ""}  (API: ${url}api/openapi.json; Ctrl-C stops)\n`,
  );
  // Runs until interrupted; the database is closed cleanly so its WAL is checkpointed.
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await close();
  await store.close();
  return 0;
}

/** Serves a database; one that does not exist yet is created, to be filled from the Add article form. */
export async function runServe(o: ServeOptions, io: Io): Promise<number> {
  return serve(await openStore(o, true), o, io);
}

/** Ingests examples/corpus into a temporary database, then serves it. */
export async function runDemo(o: ServeOptions, io: Io): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-demo-"));
  const db = join(dir, "demo.db");
  const store = await openStore({ db }, true);
  const summary = await ingest(store, [EXAMPLES], { progress: false });
  await updateClusters(store);
  io.out(
    `Ingested ${summary.added} example articles (${summary.events} events) from ${EXAMPLES} into ${db}\n`,
  );
  for (const f of summary.failed) io.err(`  ${f.origin}: ${f.reason}\n`);
  try {
    return await serve(store, o, io);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
