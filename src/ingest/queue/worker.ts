/** `dyad worker`: claims article jobs, codes and stores each, and queues a re-clustering job per touched dyad. */
import type PgBoss from "pg-boss";
import { createExtractor } from "../../pipeline/extract.js";
import { extractorVersion } from "../../pipeline/extractor-version.js";
import { dyadKey } from "../../store/queries/event-rows.js";
import type { Store } from "../../store/store.js";
import { codeItem } from "../code-item.js";
import type { InputItem } from "../collect-inputs.js";
import { ARTICLE_QUEUE, CLUSTER_QUEUE } from "./job-queue.js";

export interface WorkerOptions {
  /** Called after each article job: "added", "present" or "failed". */
  readonly onJob?: (outcome: "added" | "present" | "failed", origin: string) => void;
  readonly pollSeconds?: number;
}

/** Starts working both queues; resolves once the handlers are registered. Stop with `boss.stop()`. */
export async function startWorker(boss: PgBoss, store: Store, options: WorkerOptions = {}): Promise<void> {
  const extractor = createExtractor();
  const version = extractorVersion();
  const pollingIntervalSeconds = options.pollSeconds ?? 1;
  await boss.work<InputItem>(ARTICLE_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
    if (!job) return;
    // The known set is empty on purpose: the store's unique hash decides, so a retried job stores nothing twice.
    const outcome = codeItem(job.data, new Set(), extractor, version);
    if (outcome.kind === "failed") {
      options.onJob?.("failed", outcome.origin);
      throw new Error(outcome.reason);
    }
    if (outcome.kind === "present") { options.onJob?.("present", outcome.origin); return; }
    const added = await store.addArticle(outcome.record);
    // Re-cluster even when another delivery stored it first: that delivery may have died before queueing its dyads.
    const dyads = [...new Set(outcome.record.events.map((e) => dyadKey(e.source, e.target)))];
    for (const dyad of dyads) await boss.send(CLUSTER_QUEUE, { dyad }, { singletonKey: dyad });
    options.onJob?.(added ? "added" : "present", outcome.record.origin);
  });
  await boss.work<{ dyad: string }>(CLUSTER_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
    if (job) await store.updateClusters([job.data.dyad]);
  });
}
