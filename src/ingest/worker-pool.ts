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
  /** Called for each outcome, one thread's outcomes in turn; the thread codes its next item meanwhile. */
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
        // A thread is handed its next item as soon as it answers, before the main thread waits for its
        // last outcome to be stored: the thread codes while the main thread stores. At most one outcome of
        // each thread waits to be stored, so memory stays bounded.
        // Wrapped: an async function returning the coding promise would wait for it instead.
        const codeNext = async (): Promise<{ coding: Promise<ItemOutcome> } | null> => {
          if (options.stopped()) return null;
          const next = await source.next();
          if (next.done) return null;
          started++;
          const coding = coder.code(next.value);
          // Its failure is thrown where it is awaited, not reported meanwhile as an unhandled rejection.
          coding.catch(() => undefined);
          return { coding };
        };
        let storing: Promise<void> = Promise.resolve();
        let next = await codeNext();
        while (next) {
          const outcome = await next.coding;
          next = await codeNext();
          await storing;
          storing = options.onOutcome(outcome);
          storing.catch(() => undefined);
        }
        await storing;
      }),
    );
  } finally {
    await Promise.all(pool.map((c) => c.close()));
  }
  return started;
}
