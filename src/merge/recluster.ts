/**
 * Re-clustering, driven from here through a store port: the store reads reports and writes what
 * changed; each dyad's clusters come from dyad-clusters.ts, here or on the clustering thread.
 */
import type { ClusterStore, DyadClustering, PlannedSlice, StoredReport } from "./cluster-store.js";
import { CLUSTER_THREAD_AVAILABLE, ClusterThread } from "./cluster-thread.js";
import { clusterDyad, updateDyad, type Texts } from "./dyad-clusters.js";
import type { Report } from "./report.js";

/**
 * Brings the clusters of these dyads up to date with their reports, rebuilding only the part new reports
 * can change; without a list, rebuilds every dyad whole (after upgrading dyad or editing data/merge/).
 * Returns how many dyads were updated.
 */
export async function updateClusters(store: ClusterStore, dyads?: readonly string[]): Promise<number> {
  const plan = await store.clusterPlan(dyads);
  if (dyads) {
    for (const { dyads: slice } of plan) {
      await store.withDyads(slice, async (tx) => {
        for (const dyad of slice) {
          const reports = await tx.reportsOf(dyad);
          const clustering = await updateDyad(dyad, reports, await tx.clusterSizes(dyad), (ids) =>
            tx.articleTexts(ids),
          );
          await tx.writeClusters(clustering, reports);
        }
      });
    }
  } else if (plan.reduce((n, slice) => n + slice.events, 0) < LARGE_REBUILD) {
    // A small store is rebuilt in place: setting indexes aside and starting a thread would cost more than they save.
    await rebuildAll(store, plan, clusterDyad);
  } else {
    const thread = CLUSTER_THREAD_AVAILABLE ? new ClusterThread() : null;
    try {
      await store.rebuildingAll(() =>
        rebuildAll(
          store,
          plan,
          thread ? (dyad, reports, texts) => thread.cluster(dyad, reports, texts) : clusterDyad,
        ),
      );
    } finally {
      await thread?.close();
    }
  }
  return plan.reduce((n, slice) => n + slice.dyads.length, 0);
}

/** Reports read ahead of the dyad being written, for the clustering thread to work through meanwhile. */
const AHEAD_REPORTS = 150_000;
/** Events from which a rebuild of every dyad sets indexes aside and clusters on a thread of its own. */
const LARGE_REBUILD = 20_000;

/**
 * Rebuilds every dyad of the plan whole. A large rebuild clusters on a thread of its own while this
 * one reads the next dyads and writes the last: the work splits about evenly between the two.
 */
async function rebuildAll(
  store: ClusterStore,
  plan: readonly PlannedSlice[],
  cluster: (dyad: string, reports: readonly Report[], texts: Texts) => Promise<DyadClustering>,
): Promise<void> {
  for (const { dyads: slice } of plan) {
    await store.withDyads(slice, async (tx) => {
      const texts = (ids: readonly number[]) => tx.articleTexts(ids);
      const ahead: { reports: readonly StoredReport[]; clustering: Promise<DyadClustering> }[] = [];
      let inFlight = 0;
      const writeFirst = async () => {
        const first = ahead.shift();
        if (!first) return;
        inFlight -= first.reports.length;
        await tx.writeClusters(await first.clustering, first.reports);
      };
      for (const dyad of slice) {
        const reports = await tx.reportsOf(dyad);
        const clustering = cluster(dyad, reports, texts);
        // Awaited in turn below; until then a failure must not count as unhandled.
        clustering.catch(() => {});
        ahead.push({ reports, clustering });
        inFlight += reports.length;
        while (ahead.length > 1 && inFlight > AHEAD_REPORTS) await writeFirst();
      }
      while (ahead.length) await writeFirst();
    });
  }
}
