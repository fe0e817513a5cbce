/** Groups the reports of one dyad into clusters, one per real-world event. */
import { disputedActors } from "../domain/agents.js";
import { reportKey, type Report } from "./report.js";
import { isSameEvent, likeness, likenessScore, sameEventScore, SAME_EVENT } from "./similarity.js";

/** A specific shared by more reports than this is too common to point at one event ("exercise" in a dyad of drills). */
const COMMON = 300;

/** What two reports must share before they are compared: merges need a shared specific or the same precise date. */
function keysOf(r: Report): string[] {
  const c = r.context;
  const keys = [
    ...c.persons.map((p) => `p:${p}`),
    ...c.named.map((n) => `n:${n}`),
    ...c.terms.map((t) => `t:${t}`),
    ...c.places.map((p) => `l:${p}`),
  ];
  if (r.amountValue !== null) keys.push(`a:${r.amountUnit}:${r.amountValue.toPrecision(2)}`);
  if (r.date && r.date.length >= 7) keys.push(`d:${r.date}`);
  return keys;
}

// Only reports with the same code family and direction can be one event (likeness says null otherwise), so
// each key is indexed per family and direction: a dense dyad compares a report with a few others, not hundreds.
const family = (code: string) => (STAGED.has(code) ? "staged" : code);
const STAGED = new Set(["03", "06", "07", "08"]);

/** Pairs judged one event, strongest first, then in content order (i, then j). */
interface Pairs {
  readonly length: number;
  readonly i: Int32Array;
  readonly j: Int32Array;
}

/**
 * Every pair (i < j) of reports sharing a key that likeness calls the same event. A key shared by more
 * than COMMON reports of the dyad (whatever their code) is skipped, as too common to point at one event.
 */
function candidatePairs(sorted: readonly Report[]): Pairs {
  const keys = sorted.map(keysOf);
  const counts = new Map<string, number>();
  for (const list of keys) for (const k of list) counts.set(k, (counts.get(k) ?? 0) + 1);
  // A symmetric report ("met", "signed") can be one event with a report told either way round.
  const directions = (r: Report) =>
    r.symmetric ? [`${r.source}>${r.target}`, `${r.target}>${r.source}`] : [`${r.source}>${r.target}`];
  // Each report is filed, and looks for others, under the same buckets: each key it has (unless common) per direction.
  const buckets = sorted.map((r, i) =>
    keys[i]!.filter((k) => counts.get(k)! <= COMMON).flatMap((k) =>
      directions(r).map((d) => `${k}|${family(r.code)}|${d}`),
    ),
  );
  const index = new Map<string, number[]>();
  buckets.forEach((list, i) => {
    for (const b of list) {
      const members = index.get(b);
      if (members) members.push(i);
      else index.set(b, [i]);
    }
  });
  const is: number[] = [],
    js: number[] = [],
    scores: number[] = [];
  // seenBy[j] === i + 1: j was already compared with i through another key.
  const seenBy = new Int32Array(sorted.length);
  const found: number[] = [];
  sorted.forEach((r, i) => {
    found.length = 0;
    for (const b of buckets[i]!) {
      for (const j of index.get(b)!) {
        if (j <= i || seenBy[j] === i + 1) continue;
        seenBy[j] = i + 1;
        found.push(j);
      }
    }
    // Each list is in ascending order already.
    if (buckets[i]!.length > 1) found.sort((x, y) => x - y);
    for (const j of found) {
      const score = sameEventScore(r, sorted[j]!);
      if (score !== null) {
        is.push(i);
        js.push(j);
        scores.push(score);
      }
    }
  });
  // Scores are small integers: a stable counting sort by score keeps (i, j) order within a score.
  const top = scores.reduce((m, x) => Math.max(m, x - SAME_EVENT), 0);
  const starts = new Int32Array(top + 2);
  for (const x of scores) starts[top - (x - SAME_EVENT) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const out = { length: scores.length, i: new Int32Array(scores.length), j: new Int32Array(scores.length) };
  scores.forEach((x, p) => {
    const at = starts[top - (x - SAME_EVENT)]!++;
    out.i[at] = is[p]!;
    out.j[at] = js[p]!;
  });
  return out;
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
  const pairs = candidatePairs(sorted);
  const clusterOf = sorted.map((_, i) => i);
  const members = new Map<number, number[]>(sorted.map((_, i) => [i, [i]]));
  const articlesOf = new Map<number, Set<number>>();
  const articles = (c: number) =>
    articlesOf.get(c) ?? new Set(members.get(c)!.map((m) => sorted[m]!.articleId));
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs.i[p]!,
      j = pairs.j[p]!;
    const ci = clusterOf[i]!,
      cj = clusterOf[j]!;
    if (ci === cj) continue;
    const a = members.get(ci)!,
      b = members.get(cj)!;
    const inA = articles(ci);
    if (b.some((m) => inA.has(sorted[m]!.articleId))) continue;
    // Every report must be compatible with every other, and like them on average: one shared word
    // must not chain a drill in August to a tanker seizure in December.
    let total = 0,
      compatible = true;
    for (let x = 0; x < a.length && compatible; x++) {
      for (let y = 0; y < b.length && compatible; y++) {
        const score = likenessScore(sorted[a[x]!]!, sorted[b[y]!]!);
        if (score === null) compatible = false;
        else total += score;
      }
    }
    if (!compatible || total / (a.length * b.length) < SAME_EVENT - 1) continue;
    // The cluster keeps the smaller index, so its id is its first member in content order.
    const inB = articles(cj);
    const union = inA.size >= inB.size ? inA : inB;
    for (const x of union === inA ? inB : inA) union.add(x);
    const [keep, drop] = ci < cj ? [ci, cj] : [cj, ci];
    const joined = mergeSorted(members.get(keep)!, members.get(drop)!);
    members.set(keep, joined);
    members.delete(drop);
    articlesOf.set(keep, union);
    articlesOf.delete(drop);
    for (const m of joined) clusterOf[m] = keep;
  }
  return [...members.entries()].sort((x, y) => x[0] - y[0]).map(([, list]) => list.map((m) => sorted[m]!));
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0,
    y = 0;
  while (x < a.length && y < b.length) out.push(a[x]! < b[y]! ? a[x++]! : b[y++]!);
  while (x < a.length) out.push(a[x++]!);
  while (y < b.length) out.push(b[y++]!);
  return out;
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
        const a = sorted[i]!,
          b = sorted[j]!;
        const l = likeness(a, b, true);
        if (isSameEvent(l)) out.push([a, b]);
        // "Benazir Bhutto authorized military operations…" and "Zulfikar Ali Bhutto authorized a covert
        // operation": one act, told twice with different people, is a disagreement, not two acts.
        else if (
          l &&
          a.cameo === b.cameo &&
          disputedActors(a.context.agents, b.context.agents).length &&
          sharesObject(a, b)
        )
          out.push([a, b]);
      }
    }
  }
  return out;
}

/** A name or noun (not a person) near both evidences. */
function sharesObject(a: Report, b: Report): boolean {
  return (
    a.context.named.some((x) => b.context.named.includes(x)) ||
    a.context.terms.some((x) => b.context.terms.includes(x))
  );
}
