/**
 * The part of a dyad whose clusters new reports can change. Clustering only ever joins reports linked
 * through candidate pairs, and decides each join from the two clusters' members alone, so the clusters
 * of a group of linked reports that no new report reaches come out as they did before; rebuilding the
 * reached groups alone gives exactly the clusters a rebuild of the whole dyad would.
 */
import type { StoredReport } from "./cluster-store.js";
import { Candidates, holdsAny, keyCounts, keysTurnedCommon } from "./cluster.js";
import { reportKey } from "./report.js";
import { sameEventScore } from "./similarity.js";

/** Past this share of the dyad, rebuilding the whole of it costs no more than finding the part. */
export const WHOLE_SHARE = 0.5;

export type Scope =
  | { readonly kind: "whole" }
  | {
      readonly kind: "part";
      /** The reports to cluster again: the new ones and every report they, or a changed key, link to. */
      readonly reports: readonly StoredReport[];
      /** The whole dyad's key counts, which decide the part's candidate pairs as they decide the whole's. */
      readonly counts: ReadonlyMap<string, number>;
      /** The stored clusters the part's clusters replace. */
      readonly replaces: ReadonlySet<string>;
    };

/**
 * What to rebuild of a dyad, given its reports (those never clustered have no cluster) and the stored
 * size of each of its clusters. Only additions are rebuilt in part: a report removed since (a re-coded
 * or deleted article) can split a cluster it linked, and its keys are no longer there to count, so the
 * whole dyad is rebuilt then.
 */
export function changedPart(
  reports: readonly StoredReport[],
  sizes: ReadonlyMap<string, number>,
  wholeShare = WHOLE_SHARE,
): Scope {
  const byCluster = new Map<string, number[]>();
  const fresh: number[] = [];
  reports.forEach((r, i) => {
    if (r.clusterId === null) fresh.push(i);
    else {
      const members = byCluster.get(r.clusterId);
      if (members) members.push(i);
      else byCluster.set(r.clusterId, [i]);
    }
  });
  if (byCluster.size !== sizes.size) return { kind: "whole" };
  for (const [id, members] of byCluster) if (sizes.get(id) !== members.length) return { kind: "whole" };
  if (fresh.length > reports.length * wholeShare) return { kind: "whole" };
  const counts = keyCounts(reports);
  if (!fresh.length) return { kind: "part", reports: [], counts, replaces: new Set() };

  // A key the new reports made too common no longer joins the reports that shared it: their clusters may split.
  const common = keysTurnedCommon(keyCounts(reports.filter((r) => r.clusterId !== null)), counts);
  const candidates = new Candidates(reports, counts);
  // Pairs are scored in content order, as clustering scores them.
  const order = reports.map(reportKey);
  const linked = (i: number, j: number) => {
    const a = reports[i],
      b = reports[j];
    if (a === undefined || b === undefined) return false; // never: both index reports
    return ((order[i] ?? "") < (order[j] ?? "") ? sameEventScore(a, b) : sameEventScore(b, a)) !== null;
  };
  const inPart = new Uint8Array(reports.length);
  const queue: number[] = [];
  const add = (i: number) => {
    if (inPart[i]) return;
    inPart[i] = 1;
    queue.push(i);
  };
  for (const i of fresh) add(i);
  // An article's retellings are compared with each other: a new report's conflict with an older telling goes with that telling's cluster.
  const retold = new Set(fresh.map((i) => reports[i]?.articleId));
  reports.forEach((r, i) => retold.has(r.articleId) && add(i));
  if (common.size) reports.forEach((r, i) => holdsAny(r, common) && add(i));
  // Everything linked to the part joins it, and so does every other member of a cluster it touches.
  const opened = new Set<string>();
  for (let i = queue.pop(); i !== undefined; i = queue.pop()) {
    const r = reports[i];
    const filed = candidates.filed[i];
    if (r === undefined || filed === undefined) continue; // never: i indexes reports
    if (r.clusterId !== null && !opened.has(r.clusterId)) {
      opened.add(r.clusterId);
      for (const j of byCluster.get(r.clusterId) ?? []) add(j);
    }
    for (const b of filed.buckets)
      for (const other of candidates.members(b)) if (!inPart[other.i] && linked(i, other.i)) add(other.i);
  }
  const part = reports.filter((_, i) => inPart[i]);
  if (part.length > reports.length * wholeShare) return { kind: "whole" };
  return { kind: "part", reports: part, counts, replaces: opened };
}
