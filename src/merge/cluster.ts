/** Groups the reports of one dyad into clusters, one per real-world event. */
import { disputedActors } from "../domain/agents.js";
import { reportKey, type Report } from "./report.js";
import { isSameEvent, likeness, SAME_EVENT } from "./similarity.js";

/** A specific shared by more reports than this is too common to point at one event ("exercise" in a dyad of drills). */
const COMMON = 300;

/** What two reports must share before they are compared: merges need a shared specific or the same precise date. */
function keysOf(r: Report): string[] {
  const c = r.context;
  const keys = [...c.persons.map((p) => `p:${p}`), ...c.named.map((n) => `n:${n}`), ...c.terms.map((t) => `t:${t}`), ...c.places.map((p) => `l:${p}`)];
  if (r.amountValue !== null) keys.push(`a:${r.amountUnit}:${r.amountValue.toPrecision(2)}`);
  if (r.date && r.date.length >= 7) keys.push(`d:${r.date}`);
  return keys;
}

/**
 * Clusters of reports of one event. Pairs judged the same event are joined strongest first, and
 * never so that one cluster holds two records of one article (the extractor already folded an
 * article's retellings). Pairs, scores and ties are all decided from content, so the clusters do
 * not depend on the order reports were stored in; members and clusters come out in content order.
 */
export function clusterReports(reports: readonly Report[]): Report[][] {
  const keyed = reports.map((r) => ({ r, key: reportKey(r) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const sorted = keyed.map((k) => k.r);
  const index = new Map<string, number[]>();
  sorted.forEach((r, i) => {
    for (const k of keysOf(r)) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  // Each report is compared once with every later report it shares a key with.
  sorted.forEach((r, i) => {
    const candidates = new Set<number>();
    for (const k of keysOf(r)) {
      const list = index.get(k)!;
      if (list.length > COMMON) continue;
      for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of candidates) {
      const l = likeness(r, sorted[j]!);
      if (isSameEvent(l)) pairs.push({ i, j, score: l.score });
    }
  });
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const clusterOf = sorted.map((_, i) => i);
  const members = new Map<number, number[]>(sorted.map((_, i) => [i, [i]]));
  for (const { i, j } of pairs) {
    const ci = clusterOf[i]!, cj = clusterOf[j]!;
    if (ci === cj) continue;
    const a = members.get(ci)!, b = members.get(cj)!;
    const articles = new Set(a.map((m) => sorted[m]!.articleId));
    if (b.some((m) => articles.has(sorted[m]!.articleId))) continue;
    // Every report must be compatible with every other, and like them on average: one shared word
    // must not chain a drill in August to a tanker seizure in December.
    let total = 0, compatible = true;
    for (const x of a) {
      for (const y of b) {
        const l = likeness(sorted[x]!, sorted[y]!);
        if (!l) compatible = false;
        else total += l.score;
      }
    }
    if (!compatible || total / (a.length * b.length) < SAME_EVENT - 1) continue;
    // The cluster keeps the smaller index, so its id is its first member in content order.
    const [keep, drop] = ci < cj ? [ci, cj] : [cj, ci];
    const joined = [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y);
    members.set(keep, joined);
    members.delete(drop);
    for (const m of joined) clusterOf[m] = keep;
  }
  return [...members.entries()].sort((x, y) => x[0] - y[0]).map(([, list]) => list.map((m) => sorted[m]!));
}

/**
 * Pairs of records in one article that tell the same event with different details ("in 2014 …
 * the Shinkansen deal" and later "… in 2015 … the Shinkansen deal"): where an article contradicts itself.
 */
export function retellings(reports: readonly Report[]): [Report, Report][] {
  const byArticle = new Map<number, Report[]>();
  for (const r of reports) {
    const list = byArticle.get(r.articleId);
    if (list) list.push(r);
    else byArticle.set(r.articleId, [r]);
  }
  const out: [Report, Report][] = [];
  for (const list of byArticle.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!, b = sorted[j]!;
        const l = likeness(a, b, true);
        if (isSameEvent(l)) out.push([a, b]);
        // "Benazir Bhutto authorized military operations…" and "Zulfikar Ali Bhutto authorized a covert
        // operation": one act, told twice with different people, is a disagreement, not two acts.
        else if (l && a.cameo === b.cameo && disputedActors(a.context.agents, b.context.agents).length && sharesObject(a, b)) out.push([a, b]);
      }
    }
  }
  return out;
}

/** A name or noun (not a person) near both evidences. */
function sharesObject(a: Report, b: Report): boolean {
  return a.context.named.some((x) => b.context.named.includes(x)) || a.context.terms.some((x) => b.context.terms.includes(x));
}
