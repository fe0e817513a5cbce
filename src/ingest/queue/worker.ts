/** `dyad worker`: claims article jobs, codes and stores each, and queues a re-clustering job per touched dyad. */
import type PgBoss from "pg-boss";
import { extractorVersion } from "../../pipeline/extractor-version.js";
import { dyadKey } from "../../domain/records.js";
import type { Store } from "../../store/store.js";
import { startCoder, type Budget } from "../coding-thread.js";
import type { InputItem } from "../collect-inputs.js";
import { ARTICLE_QUEUE, CLUSTER_QUEUE, failForGood } from "./job-queue.js";
import { updateClusters } from "../../merge/recluster.js";

export interface WorkerOptions {
  /** Called after each article job: "added", "present" or "failed" (with the reason). */
  readonly onJob?: (outcome: "added" | "present" | "failed", origin: string, reason?: string) => void;
  /** Called for what was noticed in an article that was still coded (a page read as plain text). */
  readonly onNote?: (origin: string, note: string) => void;
  /** Called when a batch could not be stored (its jobs are put back to be retried). */
  readonly onError?: (message: string) => void;
  readonly pollSeconds?: number;
  /** Time and memory one article may take to code. */
  readonly budget?: Budget;
}

/** A running worker; `stop` lets the job in hand finish and resolves when both loops have ended. */
export interface RunningWorker {
  stop(): Promise<void>;
}

/**
 * Jobs claimed per fetch. One article at a time: a claimed job's timeout runs from the claim, so a
 * batch's last article could time out while the first are coded, and a round trip costs far less than
 * coding. The loop fetches again at once while there is work; it waits only when the queue is empty.
 * Dyads re-cluster in milliseconds each, so they are claimed in batches.
 */
const ARTICLES_PER_FETCH = 1;
const DYADS_PER_FETCH = 32;

/**
 * Works both queues in loops of its own rather than through `boss.work`: pg-boss fails a whole batch
 * whose handler outlives the job timeout but lets the handler run on beside the next batch, so one
 * process would code two batches at once. Here each job is completed as soon as it is stored, and a
 * job that timed out meanwhile is simply coded again elsewhere (storing is idempotent by hash).
 */
export function startWorker(boss: PgBoss, store: Store, options: WorkerOptions = {}): RunningWorker {
  const coder = startCoder({ known: [], version: extractorVersion() }, options.budget);
  const pollMs = (options.pollSeconds ?? 0.5) * 1000;
  let stopping = false;
  const sleepers = new Set<() => void>();
  const idle = () =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, pollMs);
      sleepers.add(wake);
    });

  async function articleJob(job: PgBoss.Job<InputItem>): Promise<void> {
    // The known set is empty on purpose: the store's unique hash decides, so a retried job stores nothing twice.
    const outcome = await coder.code(job.data);
    if (outcome.kind === "failed") {
      options.onJob?.("failed", outcome.origin, outcome.reason);
      await failForGood(boss, ARTICLE_QUEUE, job.id, outcome.reason);
      return;
    }
    if (outcome.kind === "present") {
      options.onJob?.("present", outcome.origin);
    } else {
      for (const note of outcome.notes) options.onNote?.(outcome.record.origin, note);
      const added = await store.addArticle(outcome.record);
      // Re-cluster even when another delivery stored it first: that delivery may have died before queueing its dyads.
      const dyads = [...new Set(outcome.record.events.map((e) => dyadKey(e.source, e.target)))];
      for (const dyad of dyads) await boss.send(CLUSTER_QUEUE, { dyad }, { singletonKey: dyad });
      options.onJob?.(added ? "added" : "present", outcome.record.origin);
    }
    await boss.complete(ARTICLE_QUEUE, job.id);
  }

  async function loop<T extends object>(
    queue: string,
    batchSize: number,
    work: (jobs: PgBoss.Job<T>[]) => Promise<void>,
  ): Promise<void> {
    while (!stopping) {
      const jobs = await boss.fetch<T>(queue, { batchSize });
      if (jobs.length === 0) {
        await idle();
        continue;
      }
      try {
        await work(jobs);
      } catch (e) {
        // A store or connection error: the jobs go back to be retried, and the worker goes on.
        const message = e instanceof Error ? e.message : String(e);
        for (const j of jobs) await boss.fail(queue, j.id, { message }).catch(() => {});
        options.onError?.(message);
        await idle();
      }
    }
  }

  const loops = Promise.all([
    loop<InputItem>(ARTICLE_QUEUE, ARTICLES_PER_FETCH, async (jobs) => {
      for (const job of jobs) await articleJob(job);
    }),
    loop<{ dyad: string }>(CLUSTER_QUEUE, DYADS_PER_FETCH, async (jobs) => {
      await updateClusters(
        store,
        jobs.map((j) => j.data.dyad),
      );
      await boss.complete(
        CLUSTER_QUEUE,
        jobs.map((j) => j.id),
      );
    }),
  ]);
  return {
    async stop() {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      await loops;
      await coder.close();
    },
  };
}
