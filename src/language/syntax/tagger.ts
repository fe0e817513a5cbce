/** Part-of-speech tagging with an averaged perceptron, greedy left to right (Collins 2002). */
import type { Scorer } from "./scorer.js";
import { MAX_TAGGER_FEATURES, taggerFeatures } from "./tagger-features.js";
import { wordCodes, type WordCodes } from "./word-features.js";

/** A tag is "UPOS XPOS" (for example "VERB VBN"), so one decision gives both. */
export interface TaggerModel {
  readonly scorer: Scorer;
  readonly tags: readonly string[];
  /** Frequent words that (nearly) always take one tag: tagged without scoring. */
  readonly dictionary: ReadonlyMap<string, number>;
}

/** Tag indices for the forms of one sentence (`codes` when the caller has them already). */
/**
 * A decoding constraint: word `i`'s tag given the tagger's choice `tag`, the tag chosen for the word before
 * (`prev`, -1 at the start) and every tag chosen to its left (`left`, valid below `i`).
 */
export type Amend = (i: number, tag: number, prev: number, left: Int32Array) => number;

export function tagSentence(
  model: TaggerModel,
  forms: readonly string[],
  codes: WordCodes = wordCodes(forms),
  amend: Amend = (_, tag) => tag,
): Int32Array {
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(model.tags.length);
  const out = new Int32Array(forms.length);
  let prev = -1;
  let prev2 = -1;
  forms.forEach((_, i) => {
    let tag = model.dictionary.get(codes.forms[i]!);
    if (tag === undefined) {
      scoreTags(model, codes, i, prev, prev2, keys, scores);
      tag = argmax(scores);
    }
    tag = amend(i, tag, prev, out);
    out[i] = tag;
    prev2 = prev;
    prev = tag;
  });
  return out;
}

/** Every tag's score for word `i`, given the two tags chosen to its left. */
export function scoreTags(
  model: TaggerModel,
  codes: WordCodes,
  i: number,
  prev: number,
  prev2: number,
  keys: Uint32Array,
  scores: Float64Array,
): void {
  const n = taggerFeatures(codes, i, prev, prev2, keys);
  scores.fill(0);
  model.scorer.score(keys, n, scores);
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
