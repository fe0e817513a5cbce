/** `dyad ingest` and `dyad reprocess`: fill the database and keep it current with the extractor. */
import { existsSync } from "node:fs";
import { ingest } from "../ingest/ingest.js";
import { reprocess } from "../ingest/reprocess.js";
import type { Io } from "./extract-command.js";
import { budgetOf } from "./budget-options.js";
import { oneLine } from "./one-line.js";
import { openStore, withStore } from "./open-store.js";
import { parseCount, type DbOptions } from "./store-options.js";
import { UsageError } from "./usage-error.js";
import { updateClusters } from "../merge/recluster.js";

const MAX_LISTED_FAILURES = 20;

/** Ctrl-C stops after the articles in flight are written; a second Ctrl-C quits at once. */
function interruptible(): { stopped: () => boolean; release: () => void } {
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write("\ndyad: stopping after the articles in progress (Ctrl-C again to quit now)\n");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    stopped: () => stop,
    release: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

export interface IngestOptions extends DbOptions {
  threads?: string;
  progress?: boolean;
  articleSeconds?: string;
  articleMegabytes?: string;
}

export async function runIngest(paths: readonly string[], o: IngestOptions, io: Io): Promise<number> {
  if (paths.length === 0)
    throw new UsageError("give files, folders or corpus files (.jsonl, .json) to ingest");
  const threads = o.threads === undefined ? undefined : parseCount("threads", o.threads, 2);
  // Nothing to read at all (a mistyped path): say so without creating an empty database.
  const missing = paths.filter((p) => p !== "-" && !existsSync(p));
  if (missing.length === paths.length) {
    for (const p of missing) io.err(`dyad: ${oneLine(p)}: no such file or folder\n`);
    return 1;
  }
  const store = await openStore(o, true);
  const signal = interruptible();
  try {
    const s = await ingest(store, paths, {
      stopped: signal.stopped,
      ...(threads ? { threads } : {}),
      progress: o.progress !== false,
      budget: budgetOf(o),
    });
    for (const f of s.notes.slice(0, MAX_LISTED_FAILURES))
      io.err(`dyad: ${oneLine(f.origin)}: warning: ${oneLine(f.reason)}\n`);
    for (const f of s.failed.slice(0, MAX_LISTED_FAILURES))
      io.err(`dyad: ${oneLine(f.origin)}: ${oneLine(f.reason)}\n`);
    if (s.failed.length > MAX_LISTED_FAILURES)
      io.err(`dyad: … and ${s.failed.length - MAX_LISTED_FAILURES} more failures\n`);
    io.out(
      `${s.interrupted ? "interrupted: " : ""}${s.added} new article(s), ${s.present} already present, ${s.failed.length} failed, ${s.events} events coded, clusters of ${s.dyadsClustered} dyad(s) updated` +
        ` in ${s.seconds.toFixed(1)}s${s.interrupted ? `; ${s.skipped} not started (run the same command again to finish)` : ""} -> ${store.location}\n`,
    );
    if (s.interrupted) return 130;
    return s.added + s.present === 0 && s.failed.length > 0 ? 1 : 0;
  } finally {
    signal.release();
    await store.close();
  }
}

export interface ReprocessOptions extends DbOptions {
  all?: boolean;
  articleSeconds?: string;
  articleMegabytes?: string;
}

export async function runReprocess(o: ReprocessOptions, io: Io): Promise<number> {
  const store = await openStore(o, false);
  const signal = interruptible();
  try {
    const s = await reprocess(store, o.all === true, signal.stopped, budgetOf(o));
    for (const f of s.failed)
      io.err(`dyad: ${oneLine(f.origin)}: ${oneLine(f.reason)}; its earlier coding is kept\n`);
    io.out(
      `re-coded ${s.articles} article(s) with extractor ${s.version}: ${s.events} events${s.failed.length ? `, ${s.failed.length} failed` : ""}` +
        `${signal.stopped() ? " (interrupted; run again to finish)" : ""}\n`,
    );
    if (signal.stopped()) return 130;
    return s.articles === 0 && s.failed.length > 0 ? 1 : 0;
  } finally {
    signal.release();
    await store.close();
  }
}

export async function runRecluster(o: DbOptions, io: Io): Promise<number> {
  await withStore(o, async (store) =>
    io.out(`rebuilt the clusters of ${await updateClusters(store)} dyad(s) -> ${store.location}\n`),
  );
  return 0;
}
