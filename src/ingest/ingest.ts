/** Ingest: read inputs, code new articles on worker threads, write each in its own transaction. */
import { extractorVersion } from "../pipeline/extractor-version.js";
import { dyadKey } from "../domain/records.js";
import type { Store } from "../store/store.js";
import { countInputs, isProblem, streamInputs, type InputItem, type InputProblem } from "./collect-inputs.js";
import type { ItemOutcome } from "./code-item.js";
import type { Budget } from "./coding-thread.js";
import { startProgress } from "./progress.js";
import { codeItems } from "./worker-pool.js";
import { updateClusters } from "../merge/recluster.js";

export interface IngestSummary {
  readonly added: number;
  readonly present: number;
  readonly failed: readonly InputProblem[];
  /** Articles stored, but read differently than asked (a page past the HTML limits read as plain text). */
  readonly notes: readonly InputProblem[];
  readonly events: number;
  readonly seconds: number;
  /** Items not started because the run was stopped. */
  readonly skipped: number;
  readonly interrupted: boolean;
  /** Dyads whose clusters were rebuilt to take in the new events. */
  readonly dyadsClustered: number;
}

export interface IngestOptions {
  readonly threads?: number;
  readonly progress?: boolean;
  readonly stopped?: () => boolean;
  /** Time and memory one article may take (default DEFAULT_BUDGET). */
  readonly budget?: Budget;
}

/** Ingests every path; returns a status per outcome instead of throwing halfway. */
export async function ingest(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  // Inputs are streamed, never all in memory: only a count is taken first, for progress and the thread pool.
  const expected = await countInputs(paths);
  const failed: InputProblem[] = [];
  const notes: InputProblem[] = [];
  const known = await store.knownHashes();
  const version = extractorVersion();
  const progress = options.progress === false ? { tick() {}, stop() {} } : startProgress(expected);
  let read = 0;
  async function* articles(): AsyncGenerator<InputItem> {
    for await (const x of streamInputs(paths)) {
      read++;
      if (isProblem(x)) {
        failed.push(x);
        progress.tick();
      } else yield x;
    }
  }
  let added = 0,
    present = 0,
    events = 0;
  const stopped = options.stopped ?? (() => false);
  const onOutcome = async (o: ItemOutcome) => {
    if (o.kind === "failed") failed.push({ origin: o.origin, reason: o.reason });
    else if (o.kind === "present") present++;
    // The same article twice in one run: the second write finds the hash and is counted as present.
    else if (await store.addArticle(o.record)) {
      notes.push(...o.notes.map((reason) => ({ origin: o.record.origin, reason })));
      added++;
      events += o.record.events.length;
      for (const e of o.record.events) touched.add(dyadKey(e.source, e.target));
    } else present++;
    progress.tick();
  };
  const touched = new Set<string>();
  try {
    await codeItems(articles(), expected, {
      known,
      version,
      onOutcome,
      stopped,
      ...(options.threads ? { threads: options.threads } : {}),
      ...(options.budget ? { budget: options.budget } : {}),
    });
  } finally {
    progress.stop();
  }
  // Clusters are rebuilt once per run, for the dyads that gained events (and any left unclustered by a killed run).
  const dyadsClustered = await updateClusters(store, [...touched]);
  return {
    added,
    present,
    failed,
    notes,
    events,
    seconds: (performance.now() - t0) / 1000,
    skipped: Math.max(0, expected - read),
    interrupted: stopped(),
    dyadsClustered,
  };
}
