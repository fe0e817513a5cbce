/** One dyad's clusters: rebuilt whole, or only in the part that new reports reach; canonical records and conflicts. */
import { canonical, clusterIdBase } from "./canonical.js";
import type { BuiltCluster, DyadClustering, StoredReport } from "./cluster-store.js";
import { changedPart, WHOLE_SHARE } from "./changed-part.js";
import { clusterReports, retellings } from "./cluster.js";
import { findConflicts } from "./conflicts.js";
import type { Report } from "./report.js";

export type Texts = (articleIds: readonly number[]) => Promise<ReadonlyMap<number, string>>;

/**
 * The clusters of the part of a dyad that new reports can change (`sizes`: the stored size of each of
 * its clusters); the whole dyad's when a cluster lost members, or when the part is more than `wholeShare` of it.
 */
export async function updateDyad(
  dyad: string,
  reports: readonly StoredReport[],
  sizes: ReadonlyMap<string, number>,
  texts: Texts,
  wholeShare = WHOLE_SHARE,
): Promise<DyadClustering> {
  const scope = changedPart(reports, sizes, wholeShare);
  if (scope.kind === "whole") return clusterDyad(dyad, reports, texts);
  const part = new Set<Report>(scope.reports);
  // An article's retellings are compared within the article: the part's articles are read whole.
  const articles = new Set(scope.reports.map((r) => r.articleId));
  const retold = retellings(reports.filter((r) => articles.has(r.articleId))).filter(([a]) => part.has(a));
  // Identical records elsewhere in the dyad would number the part's ids differently: rebuild the whole then.
  const kept = new Set([...sizes.keys()].filter((id) => !scope.replaces.has(id)).map(clusterIdBase));
  const built = await buildClusters(dyad, clusterReports(scope.reports, scope.counts), retold, texts, (id) =>
    kept.has(id),
  );
  if (built === null) return clusterDyad(dyad, reports, texts);
  return { dyad, ...built, replaces: { kind: "clusters", ids: scope.replaces } };
}

/**
 * Groups one dyad's reports into clusters with canonical values and conflicts. `texts` is asked only
 * for the articles of clusters that hold figures or conflicts: claims quote their sentences, and a
 * figure for a part is told from the whole there.
 */
export async function clusterDyad(
  dyad: string,
  reports: readonly Report[],
  texts: Texts,
): Promise<DyadClustering> {
  const built = await buildClusters(dyad, clusterReports(reports), retellings(reports), texts, () => false);
  // Never null: no id is taken.
  if (built === null) throw new Error(`clustering of ${dyad} named a cluster twice`);
  return { dyad, ...built, replaces: { kind: "dyad" } };
}

/**
 * Canonical records and conflicts of clusters; null when a cluster's id is `taken` (kept by a cluster
 * outside a rebuilt part). An article's retellings that disagree add their conflict to the first telling's cluster.
 */
async function buildClusters(
  dyad: string,
  clusters: readonly Report[][],
  retellingPairs: readonly [Report, Report][],
  texts: Texts,
  taken: (id: string) => boolean,
): Promise<Pick<DyadClustering, "clusters" | "membership"> | null> {
  const retold = retellingPairs.filter((pair) => findConflicts("", dyad, pair, (r) => r.evidence).length);
  // Only these clusters can hold conflicts: conflicts other than between figures are found from the evidence alone.
  const disputable = new Set(
    clusters.filter(
      (c) =>
        c.length > 1 &&
        (c.some((r) => r.amountValue !== null) || findConflicts("", dyad, c, (r) => r.evidence).length),
    ),
  );
  const needText = new Set([...disputable, ...retold].flat().map((r) => r.articleId));
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
    if (taken(first.id)) return null;
    // Records identical in every field (possible only in generated data) would share an id; content order numbers them.
    const seen = used.get(first.id) ?? 0;
    used.set(first.id, seen + 1);
    const c = seen ? { ...first, id: `${first.id}-${seen + 1}` } : first;
    const conflicts = disputable.has(members) ? findConflicts(c.id, dyad, members, sentenceOf) : [];
    for (const m of members)
      for (const other of withinArticle.get(m) ?? [])
        conflicts.push(...findConflicts(c.id, dyad, [m, other], sentenceOf));
    built.push({ ...c, conflicts });
    for (const m of members) membership.set(m.id, c.id);
  }
  return { clusters: built, membership };
}
