/** Greedy arc-eager dependency parsing with a linear model over Zhang & Nivre features. */
import { ArcEagerState, LEFT, labelOf, moveOf, REDUCE, RIGHT, SHIFT } from "./arc-eager.js";
import { MAX_PARSER_FEATURES, parserFeatures, type ParserInput } from "./parser-features.js";
import type { Scorer } from "./scorer.js";
import { wordCodes, type WordCodes } from "./word-features.js";

export interface ParserModel {
  readonly scorer: Scorer;
  /** UD relations; transition classes are SHIFT, REDUCE, LEFT-label…, RIGHT-label…. */
  readonly labels: readonly string[];
}

/** Heads (1-based, 0 = root) and relation indices of words 1..n, at indices 1..n. */
export interface ArcList {
  readonly heads: Int32Array;
  readonly labels: Int32Array;
}

const ROOT_WORD = -11;
const ROOT_TAG = -13;

/**
 * Builds the parser's view of a sentence: word codes and tag indices, root at 0. `coarseOf` maps
 * a tag index to the index of its coarse tag.
 */
export function parserInput(
  forms: readonly string[],
  tags: Int32Array,
  coarseOf: Int32Array,
  codes: WordCodes = wordCodes(forms),
): ParserInput {
  const n = forms.length;
  const word = new Int32Array(n + 2);
  const tag = new Int32Array(n + 2);
  const coarse = new Int32Array(n + 2);
  const suffix = new Int32Array(n + 2);
  word[0] = ROOT_WORD;
  tag[0] = ROOT_TAG;
  coarse[0] = ROOT_TAG;
  suffix[0] = ROOT_WORD;
  for (let i = 0; i < n; i++) {
    word[i + 1] = codes.word[i]!;
    tag[i + 1] = tags[i]!;
    coarse[i + 1] = coarseOf[tags[i]!] ?? 0;
    suffix[i + 1] = codes.suffix3[i]!;
  }
  return { word, tag, coarse, suffix };
}

/** For each "UPOS XPOS" tag, the index of its UPOS among the tags' distinct UPOS values. */
export function coarseTags(tags: readonly string[]): Int32Array {
  const coarse = [...new Set(tags.map((t) => t.split(" ")[0]!))].sort();
  return Int32Array.from(tags.map((t) => 1000 + coarse.indexOf(t.split(" ")[0]!)));
}

/** The best valid transition class by the model's scores, or -1 when none is valid. */
export function bestValid(
  st: ArcEagerState,
  scores: Float64Array,
  labels: number,
  barred?: Uint8Array,
): number {
  // Validity depends on the move alone, except for the root label: test the four moves once.
  const root = st.rootLabel;
  const shift = st.valid(SHIFT, 0);
  const reduce = st.valid(REDUCE, 0);
  const left = st.valid(LEFT, root === 0 ? 1 : 0) && !barred?.[st.b];
  const rightRootOnly = st.s0 === 0;
  const right = st.valid(RIGHT, rightRootOnly ? root : root === 0 ? 1 : 0) && !barred?.[st.s0];
  let best = -1;
  let top = -Infinity;
  if (shift && scores[0]! > top) {
    best = 0;
    top = scores[0]!;
  }
  if (reduce && scores[1]! > top) {
    best = 1;
    top = scores[1]!;
  }
  for (let l = 0; l < labels; l++) {
    if (l === root) {
      if (right && rightRootOnly && scores[2 + labels + l]! > top) {
        best = 2 + labels + l;
        top = scores[best]!;
      }
      continue;
    }
    if (left && scores[2 + l]! > top) {
      best = 2 + l;
      top = scores[best]!;
    }
    if (right && !rightRootOnly && scores[2 + labels + l]! > top) {
      best = 2 + labels + l;
      top = scores[best]!;
    }
  }
  return best;
}

/** Parses one sentence of n words; `barred` (1-based, 1 = yes) words may head none (punctuation). */
export function parseSentence(model: ParserModel, x: ParserInput, n: number, barred?: Uint8Array): ArcList {
  const L = model.labels.length;
  const rootLabel = model.labels.indexOf("root");
  const st = new ArcEagerState(n, rootLabel);
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(model.scorer.classes);
  while (!st.done) {
    // Once the buffer is empty a word with a head is popped and a headless one put back: no need to score.
    if (st.b > st.n) {
      if (st.heads[st.s0]! >= 0) st.apply(REDUCE, -1);
      else st.unshift();
      continue;
    }
    const k = parserFeatures(st, x, keys);
    scores.fill(0);
    model.scorer.score(keys, k, scores);
    const c = bestValid(st, scores, L, barred);
    if (c < 0) break;
    st.apply(moveOf(c, L), labelOf(c, L));
  }
  return finish(st, rootLabel, model.labels.indexOf("dep"));
}

/** Every word gets a head: words left without one hang from the root word (the first of them becomes it if none was chosen). */
export function finish(st: ArcEagerState, rootLabel: number, depLabel: number): ArcList {
  const heads = st.heads.slice(0, st.n + 1);
  const labels = st.labels.slice(0, st.n + 1);
  let root = 0;
  for (let i = 1; i <= st.n; i++) if (heads[i] === 0) root = i;
  for (let i = 1; i <= st.n; i++) {
    if (heads[i]! >= 0) continue;
    if (root === 0) {
      root = i;
      heads[i] = 0;
      labels[i] = rootLabel;
    } else {
      heads[i] = root;
      labels[i] = depLabel;
    }
  }
  return { heads, labels };
}
