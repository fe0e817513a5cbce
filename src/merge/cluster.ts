/** Groups the reports of one dyad into clusters, one per real-world event. */
import { disputedActors } from "../domain/agents.js";
import { reportKey, type Report } from "./report.js";
import { PairScores } from "./pair-scores.js";
import { isSameEvent, likeness, SAME_EVENT } from "./similarity.js";

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

/** A report, its place in content order, and the buckets it is filed (and looks for others) under. */
export interface Filed {
  readonly r: Report;
  readonly i: number;
  readonly buckets: readonly string[];
}

/** How many times each key occurs among these reports: a key held by more than COMMON is not a candidate. */
export function keyCounts(reports: readonly Report[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of reports) for (const k of keysOf(r)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** The keys of `after` that were rare in `before` and are too common now: the pairs they joined are no longer candidates. */
export function keysTurnedCommon(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): Set<string> {
  const out = new Set<string>();
  for (const [k, n] of after) if (n > COMMON && (before.get(k) ?? 0) <= COMMON) out.add(k);
  return out;
}

/** Whether a report holds any of these keys. */
export function holdsAny(r: Report, keys: ReadonlySet<string>): boolean {
  return keys.size > 0 && keysOf(r).some((k) => keys.has(k));
}

/**
 * Reports filed under buckets (a rare key, per code family and direction): two reports are compared
 * only if they share a bucket. `counts` says which keys are rare; it is counted over the whole dyad even
 * when only part of it is filed, so a part pairs its reports exactly as the whole would.
 */
export class Candidates {
  readonly filed: readonly Filed[];
  private readonly index = new Map<string, Filed[]>();

  constructor(reports: readonly Report[], counts: ReadonlyMap<string, number>) {
    const rare = (k: string) => {
      const n = counts.get(k);
      return n !== undefined && n <= COMMON;
    };
    // A symmetric report ("met", "signed") can be one event with a report told either way round.
    const directions = (r: Report) =>
      r.symmetric ? [`${r.source}>${r.target}`, `${r.target}>${r.source}`] : [`${r.source}>${r.target}`];
    // Each report is filed, and looks for others, under the same buckets: each key it has (unless common) per direction.
    this.filed = reports.map((r, i) => ({
      r,
      i,
      buckets: keysOf(r)
        .filter(rare)
        .flatMap((k) => directions(r).map((d) => `${k}|${family(r.code)}|${d}`)),
    }));
    for (const f of this.filed) {
      for (const b of f.buckets) {
        const members = this.index.get(b);
        if (members) members.push(f);
        else this.index.set(b, [f]);
      }
    }
  }

  /** The reports filed under a bucket, in filing order; every bucket named by a filed report has a list. */
  members(bucket: string): readonly Filed[] {
    return this.index.get(bucket) ?? [];
  }
}

/** Every pair (i < j) of reports sharing a bucket that likeness calls the same event. */
function candidatePairs(sorted: readonly Report[], candidates: Candidates, scores: PairScores): Pairs {
  // Pairs are found in (i, j) order, then put in score order by a stable counting sort: scores are small integers.
  const found = new PairBuffer();
  // seenBy[j] === i + 1: j was already compared with i through another key.
  const seenBy = new Int32Array(sorted.length);
  const others: Filed[] = [];
  for (const { i, buckets } of candidates.filed) {
    others.length = 0;
    for (const b of buckets) {
      for (const other of candidates.members(b)) {
        if (other.i <= i || seenBy[other.i] === i + 1) continue;
        seenBy[other.i] = i + 1;
        others.push(other);
      }
    }
    // Each list is in ascending order already.
    if (buckets.length > 1) others.sort((x, y) => x.i - y.i);
    for (const other of others) {
      const score = scores.sameEvent(i, other.i);
      if (score !== null) found.push(i, other.i, score);
    }
  }
  return found.strongestFirst();
}

/** Pairs with integer scores, in typed arrays that grow by doubling: a dense dyad has millions. */
class PairBuffer {
  length = 0;
  private i = new Int32Array(1024);
  private j = new Int32Array(1024);
  private score = new Int32Array(1024);

  push(i: number, j: number, score: number): void {
    if (this.length === this.i.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.i = grow(this.i);
      this.j = grow(this.j);
      this.score = grow(this.score);
    }
    this.i[this.length] = i;
    this.j[this.length] = j;
    this.score[this.length] = score;
    this.length++;
  }

  /** The pairs by score, highest first; pairs of one score keep the order they were pushed in. */
  strongestFirst(): Pairs {
    const n = this.length;
    let min = Infinity,
      max = -Infinity;
    for (const s of this.score.subarray(0, n)) {
      if (s < min) min = s;
      if (s > max) max = s;
    }
    const out = { length: n, i: new Int32Array(n), j: new Int32Array(n) };
    if (n === 0) return out;
    // start[k]: where pairs of score max - k begin.
    const start = new Int32Array(max - min + 2);
    // Every index here is in range; `?? 0` only tells the compiler so.
    for (const s of this.score.subarray(0, n)) start[max - s + 1] = (start[max - s + 1] ?? 0) + 1;
    for (let k = 1; k < start.length; k++) start[k] = (start[k] ?? 0) + (start[k - 1] ?? 0);
    for (let p = 0; p < n; p++) {
      const k = max - (this.score[p] ?? 0);
      const at = start[k] ?? 0;
      start[k] = at + 1;
      out.i[at] = this.i[p] ?? 0;
      out.j[at] = this.j[p] ?? 0;
    }
    return out;
  }
}

/** A report and its place in content order. */
interface Member {
  readonly report: Report;
  readonly index: number;
}

/** Reports joined as one event. Its id is the index of its first member. */
interface Cluster {
  readonly id: number;
  /** In content order. */
  members: Member[];
  /** The members' articles, kept once the cluster has grown by a merge. */
  articles: Set<number> | null;
}

/**
 * Clusters of reports of one event. Pairs judged the same event are joined strongest first, and
 * never so that one cluster holds two records of one article (the extractor already folded an
 * article's retellings). Pairs, scores and ties are all decided from content, so the clusters do
 * not depend on the order reports were stored in; members and clusters come out in content order.
 * `counts` are the dyad's key counts when `reports` are only the part of it that changed.
 */
export function clusterReports(
  reports: readonly Report[],
  counts: ReadonlyMap<string, number> = keyCounts(reports),
): Report[][] {
  const keyed = reports.map((r) => ({ r, key: reportKey(r) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const sorted = keyed.map((k) => k.r);
  const candidates = new Candidates(sorted, counts);
  // A report filed under no bucket is never compared.
  const scores = new PairScores(sorted, (i) => (candidates.filed[i]?.buckets.length ?? 0) > 0);
  const pairs = candidatePairs(sorted, candidates, scores);
  // clusterOf[i]: the cluster of the i-th report in content order, made when a pair first names it (most never are).
  const clusterOf: (Cluster | undefined)[] = new Array<Cluster | undefined>(sorted.length);
  const of = (index: number): Cluster | undefined => {
    const report = sorted[index];
    if (report === undefined) return undefined;
    return (clusterOf[index] ??= { id: index, members: [{ report, index }], articles: null });
  };
  const articles = (c: Cluster) => c.articles ?? new Set(c.members.map((m) => m.report.articleId));
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs.i[p],
      j = pairs.j[p];
    if (i === undefined || j === undefined) continue; // never: p < pairs.length
    const a = of(i),
      b = of(j);
    // a and b are always there: every report has a cluster.
    if (a === undefined || b === undefined || a === b) continue;
    const inA = articles(a);
    if (b.members.some((m) => inA.has(m.report.articleId))) continue;
    // Every report must be compatible with every other, and like them on average: one shared word
    // must not chain a drill in August to a tanker seizure in December.
    const total = totalLikeness(a.members, b.members, scores);
    if (total === null || total / (a.members.length * b.members.length) < SAME_EVENT - 1) continue;
    // The cluster keeps the smaller index, so its id is its first member in content order.
    const inB = articles(b);
    const union = inA.size >= inB.size ? inA : inB;
    for (const x of union === inA ? inB : inA) union.add(x);
    const [keep, drop] = a.id < b.id ? [a, b] : [b, a];
    keep.members = mergeSorted(keep.members, drop.members);
    keep.articles = union;
    for (const m of drop.members) clusterOf[m.index] = keep;
  }
  // Each cluster is listed once, at its first member (its id): clusters come out in content order.
  const out: Report[][] = [];
  sorted.forEach((report, i) => {
    const c = clusterOf[i];
    if (c === undefined) out.push([report]);
    else if (c.id === i) out.push(c.members.map((m) => m.report));
  });
  return out;
}

/** The summed likeness of every report of a with every report of b; null once two cannot be one event. */
function totalLikeness(a: readonly Member[], b: readonly Member[], scores: PairScores): number | null {
  let total = 0;
  for (const x of a) {
    for (const y of b) {
      const score = scores.likeness(x.index, y.index);
      if (score === null) return null;
      total += score;
    }
  }
  return total;
}

/** Two member lists, each in content order, merged in content order. */
function mergeSorted(a: readonly Member[], b: readonly Member[]): Member[] {
  const out: Member[] = [];
  let y = 0;
  for (const m of a) {
    // b's members up to m go first.
    for (let n = b[y]; n !== undefined && n.index <= m.index; n = b[++y]) out.push(n);
    out.push(m);
  }
  for (const n of b.slice(y)) out.push(n);
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
    for (const [i, a] of sorted.entries()) {
      for (const b of sorted.slice(i + 1)) {
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
