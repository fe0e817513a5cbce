/** Codes items on worker threads (one per core), each article within a budget, and hands each outcome to the caller in turn. */
import { availableParallelism } from "node:os";
import type { ItemOutcome } from "./code-item.js";
import { startCoder, THREADS_AVAILABLE, type Budget } from "./coding-thread.js";
import type { InputItem } from "./collect-inputs.js";

/** Below this many items, one thread: starting more (each loads the dictionaries) costs more than it saves. */
export const MIN_ITEMS_FOR_WORKERS = 12;

export interface PoolOptions {
  readonly known: ReadonlySet<string>;
  readonly version: string;
  /** Called for each outcome; the next item is not sent until it resolves. */
  readonly onOutcome: (outcome: ItemOutcome) => Promise<void>;
  /** Checked before each item is started; true stops the run early (Ctrl-C). */
  readonly stopped: () => boolean;
  readonly threads?: number;
  readonly budget?: Budget;
}

/** Runs every item (unless stopped), pulling the next only when a thread is free; returns how many were started. */
export async function codeItems(
  items: AsyncIterable<InputItem>,
  expected: number,
  options: PoolOptions,
): Promise<number> {
  const source = items[Symbol.asyncIterator]();
  let started = 0;
  // In-process coders (under the test runner) would only take turns: one codes the items in order.
  const threads =
    !THREADS_AVAILABLE || expected < MIN_ITEMS_FOR_WORKERS
      ? 1
      : Math.max(1, Math.min(options.threads ?? availableParallelism(), expected));
  const pool = Array.from({ length: threads }, () =>
    startCoder({ known: [...options.known], version: options.version }, options.budget),
  );
  try {
    await Promise.all(
      pool.map(async (coder) => {
        while (!options.stopped()) {
          const next = await source.next();
          if (next.done) return;
          started++;
          await options.onOutcome(await coder.code(next.value));
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((c) => c.close()));
  }
  return started;
}
