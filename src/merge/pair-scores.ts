/**
 * Likeness scores of report pairs, each computed once per pair of distinct contents. A dense dyad holds
 * many reports alike in everything compared (one wire story in a hundred outlets) and millions of their
 * pairs; two reports from different articles score by their compared values alone, so equal values give
 * equal scores.
 */
import type { Report } from "./report.js";
import { likenessScore, sameEventScore } from "./similarity.js";

/** Everything `compare` reads, except the article and sentence (a pair from one article is never one event). */
function compared(r: Report): string {
  const c = r.context;
  const lists = [c.agents, c.persons, c.named, c.terms, c.places].map((l) => l.join("\u0001")).join("\u0002");
  return `${r.source}\t${r.target}\t${r.symmetric}\t${r.modality}\t${r.code}\t${r.cameo}\t${r.date}\t${r.amountValue}\t${r.amountUnit}\t${lists}`;
}

const NULL = -Infinity;

export class PairScores {
  /** kind[i]: the content class of the i-th report; -1 when its content is its own (nothing to remember). */
  private readonly kind: Int32Array;
  private readonly kinds: number;
  private readonly same = new Map<number, number>();
  private readonly like = new Map<number, number>();

  /** `comparedAtAll(i)` says whether the i-th report will be compared at all: the others' contents are not worth keying. */
  constructor(
    private readonly reports: readonly Report[],
    comparedAtAll: (i: number) => boolean = () => true,
  ) {
    const keys = reports.map((r, i) => (comparedAtAll(i) ? compared(r) : null));
    const count = new Map<string, number>();
    for (const k of keys) if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
    const ids = new Map<string, number>();
    this.kind = new Int32Array(reports.length).fill(-1);
    keys.forEach((k, i) => {
      if (k === null || (count.get(k) ?? 0) < 2) return;
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      this.kind[i] = id;
    });
    this.kinds = ids.size;
  }

  /** sameEventScore of the i-th and j-th reports. */
  sameEvent(i: number, j: number): number | null {
    return this.score(i, j, this.same, sameEventScore);
  }

  /** likenessScore of the i-th and j-th reports. */
  likeness(i: number, j: number): number | null {
    return this.score(i, j, this.like, likenessScore);
  }

  private score(
    i: number,
    j: number,
    memo: Map<number, number>,
    scoreOf: (a: Report, b: Report) => number | null,
  ): number | null {
    const a = this.reports[i],
      b = this.reports[j];
    if (a === undefined || b === undefined) throw new RangeError(`no report ${i} or ${j}`);
    const ka = this.kind[i] ?? -1,
      kb = this.kind[j] ?? -1;
    // Only pairs of two shared contents from different articles are remembered; anything else is scored.
    if (ka < 0 || kb < 0 || a.articleId === b.articleId) return scoreOf(a, b);
    const key = ka * this.kinds + kb;
    const known = memo.get(key);
    if (known !== undefined) return known === NULL ? null : known;
    const s = scoreOf(a, b);
    memo.set(key, s ?? NULL);
    return s;
  }
}
