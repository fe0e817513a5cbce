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

/** Runs every item (unless stopped), pulling the next only when a thread is free; returns how many were started. */
export async function codeItems(items: AsyncIterable<InputItem>, expected: number, options: PoolOptions): Promise<number> {
  const threads = Math.min(options.threads ?? availableParallelism(), expected);
  const source = items[Symbol.asyncIterator]();
  let started = 0;
  // Under the test runner the sources are TypeScript, which a worker cannot load: code in-process.
  if (threads < 2 || expected < MIN_ITEMS_FOR_WORKERS || WORKER_URL.pathname.endsWith(".ts")) {
    const extractor = createExtractor();
    for (let next = await source.next(); !next.done && !options.stopped(); next = await source.next()) {
      started++;
      await options.onOutcome(codeItem(next.value, options.known, extractor, options.version));
    }
    return started;
  }
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL, { workerData: { known: [...options.known], version: options.version } }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = async () => {
        if (options.stopped()) { resolve(); return; }
        const next = await source.next();
        if (next.done) { resolve(); return; }
        worker.postMessage({ index: started++, item: next.value });
      };
      worker.on("message", (msg: { outcome: ItemOutcome }) => { options.onOutcome(msg.outcome).then(send).catch(reject); });
      worker.on("error", reject);
      send().catch(reject);
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return started;
}
