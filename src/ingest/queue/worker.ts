/** `dyad worker`: claims article jobs, codes and stores each, and queues a re-clustering job per touched dyad. */
import type PgBoss from "pg-boss";
import { extractorVersion } from "../../pipeline/extractor-version.js";
import { dyadKey } from "../../store/queries/event-rows.js";
import type { Store } from "../../store/store.js";
import { startCoder, type Budget } from "../coding-thread.js";
import type { InputItem } from "../collect-inputs.js";
import { ARTICLE_QUEUE, CLUSTER_QUEUE } from "./job-queue.js";

export interface WorkerOptions {
  /** Called after each article job: "added", "present" or "failed". */
  readonly onJob?: (outcome: "added" | "present" | "failed", origin: string) => void;
  readonly pollSeconds?: number;
  /** Time and memory one article may take to code. */
  readonly budget?: Budget;
}

/** Starts working both queues; resolves once the handlers are registered. Stop with `boss.stop()`. */
/** Jobs claimed per fetch: pg-boss waits a polling interval between fetches, so one job per fetch caps a worker at about one article a second. */
const ARTICLES_PER_FETCH = 8;
const DYADS_PER_FETCH = 32;

export async function startWorker(boss: PgBoss, store: Store, options: WorkerOptions = {}): Promise<void> {
  const version = extractorVersion();
  const coder = startCoder({ known: [], version }, options.budget);
  const pollingIntervalSeconds = options.pollSeconds ?? 0.5;
  await boss.work<InputItem>(ARTICLE_QUEUE, { batchSize: ARTICLES_PER_FETCH, pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) {
      // The known set is empty on purpose: the store's unique hash decides, so a retried job stores nothing twice.
      const outcome = await coder.code(job.data);
      if (outcome.kind === "failed") {
        options.onJob?.("failed", outcome.origin);
        // Only this job fails (and is retried); the others of the fetch complete when the handler returns.
        await boss.fail(ARTICLE_QUEUE, job.id, { message: outcome.reason });
        continue;
      }
      if (outcome.kind === "present") { options.onJob?.("present", outcome.origin); continue; }
      const added = await store.addArticle(outcome.record);
      // Re-cluster even when another delivery stored it first: that delivery may have died before queueing its dyads.
      const dyads = [...new Set(outcome.record.events.map((e) => dyadKey(e.source, e.target)))];
      for (const dyad of dyads) await boss.send(CLUSTER_QUEUE, { dyad }, { singletonKey: dyad });
      options.onJob?.(added ? "added" : "present", outcome.record.origin);
    }
  });
  await boss.work<{ dyad: string }>(CLUSTER_QUEUE, { batchSize: DYADS_PER_FETCH, pollingIntervalSeconds }, async (jobs) => {
    if (jobs.length) await store.updateClusters(jobs.map((j) => j.data.dyad));
  });
}
