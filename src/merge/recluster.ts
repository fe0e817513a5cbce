/**
 * Re-clustering, driven from here through a store port: the store reads reports and writes what
 * changed; which reports are one event, and what sources dispute, is decided here.
 */
import { canonical } from "./canonical.js";
import type { BuiltCluster, ClusterStore, DyadClustering } from "./cluster-store.js";
import { clusterReports, retellings } from "./cluster.js";
import { findConflicts } from "./conflicts.js";
import type { Report } from "./report.js";

/** Rebuilds the clusters of these dyads (all without a list); returns how many dyads were rebuilt. */
export async function updateClusters(store: ClusterStore, dyads?: readonly string[]): Promise<number> {
  const plan = await store.clusterPlan(dyads);
  for (const slice of plan) {
    await store.withDyads(slice, async (tx) => {
      for (const dyad of slice) {
        const reports = await tx.reportsOf(dyad);
        await tx.writeClusters(await clusterDyad(dyad, reports, (ids) => tx.articleTexts(ids)), reports);
      }
    });
  }
  return plan.reduce((n, slice) => n + slice.length, 0);
}

/**
 * Groups one dyad's reports into clusters with canonical values and conflicts. `texts` is asked only
 * for the articles of clusters that hold figures or conflicts: claims quote their sentences, and a
 * figure for a part is told from the whole there.
 */
export async function clusterDyad(
  dyad: string,
  reports: readonly Report[],
  texts: (articleIds: readonly number[]) => Promise<ReadonlyMap<number, string>>,
): Promise<DyadClustering> {
  const clusters = clusterReports(reports);
  // An article telling one event twice, differently: its conflict goes with the first telling's cluster.
  const retold = retellings(reports).filter(
    (pair) => findConflicts("", dyad, pair, (r) => r.evidence).length,
  );
  const needText = new Set(
    [
      ...clusters.filter(
        (c) =>
          c.length > 1 &&
          (c.some((r) => r.amountValue !== null) || findConflicts("", dyad, c, (r) => r.evidence).length),
      ),
      ...retold,
    ]
      .flat()
      .map((r) => r.articleId),
  );
  const text = needText.size ? await texts([...needText]) : new Map<number, string>();
  const sentenceOf = (r: Report) =>
    (text.get(r.articleId) ?? "").slice(r.context.sentenceStart, r.context.sentenceEnd) || r.evidence;
  const used = new Map<string, number>();
  const built: BuiltCluster[] = [];
  const membership = new Map<number, string>();
  const withinArticle = new Map<Report, Report[]>();
  for (const [a, b] of retold) withinArticle.set(a, [...(withinArticle.get(a) ?? []), b]);
  for (const members of clusters) {
    const first = canonical(members);
    // Records identical in every field (possible only in generated data) would share an id; content order numbers them.
    const seen = used.get(first.id) ?? 0;
    used.set(first.id, seen + 1);
    const c = seen ? { ...first, id: `${first.id}-${seen + 1}` } : first;
    const conflicts = findConflicts(c.id, dyad, members, sentenceOf);
    for (const m of members)
      for (const other of withinArticle.get(m) ?? [])
        conflicts.push(...findConflicts(c.id, dyad, [m, other], sentenceOf));
    built.push({ ...c, conflicts });
    for (const m of members) membership.set(m.id, c.id);
  }
  return { dyad, clusters: built, membership };
}
