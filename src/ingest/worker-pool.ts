/** Codes items on worker threads (one per core) and hands each outcome to the caller in turn. */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createExtractor } from "../pipeline/extract.js";
import { codeItem, type ItemOutcome } from "./code-item.js";
import type { InputItem } from "./collect-inputs.js";

/** Below this many items, starting threads (each loads the dictionaries) costs more than it saves. */
export const MIN_ITEMS_FOR_WORKERS = 12;

export interface PoolOptions {
  readonly known: ReadonlySet<string>;
  readonly version: string;
  /** Called for each outcome; the next item is not sent until it resolves. */
  readonly onOutcome: (outcome: ItemOutcome) => Promise<void>;
  /** Checked before each item is started; true stops the run early (Ctrl-C). */
  readonly stopped: () => boolean;
  readonly threads?: number;
}

const WORKER_URL = new URL("./extract-worker.js", import.meta.url);

/** Runs every item (unless stopped); returns how many were started. */
export async function codeItems(items: readonly InputItem[], options: PoolOptions): Promise<number> {
  const threads = Math.min(options.threads ?? availableParallelism(), items.length);
  // Under the test runner the sources are TypeScript, which a worker cannot load: code in-process.
  if (threads < 2 || items.length < MIN_ITEMS_FOR_WORKERS || WORKER_URL.pathname.endsWith(".ts")) {
    const extractor = createExtractor();
    let started = 0;
    for (const item of items) {
      if (options.stopped()) break;
      started++;
      await options.onOutcome(codeItem(item, options.known, extractor, options.version));
    }
    return started;
  }
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL, { workerData: { known: [...options.known], version: options.version } }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= items.length || options.stopped()) { resolve(); return; }
        const index = next++;
        worker.postMessage({ index, item: items[index] });
      };
      worker.on("message", (msg: { outcome: ItemOutcome }) => { options.onOutcome(msg.outcome).then(send, reject); });
      worker.on("error", reject);
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return next;
}
