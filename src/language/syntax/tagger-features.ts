/** Features of one word for the part-of-speech tagger, given the tags already chosen to its left. */
import { featureKey as f } from "./feature-hash.js";
import type { WordCodes } from "./word-features.js";

export const MAX_TAGGER_FEATURES = 32;
const START = -3;
const END = -5;

export function taggerFeatures(
  c: WordCodes,
  i: number,
  prev: number,
  prev2: number,
  keys: Uint32Array,
): number {
  const n = c.word.length;
  const w = (j: number): number => (j < 0 ? START : j >= n ? END : c.word[j]!);
  const suf = (j: number): number => (j < 0 ? START : j >= n ? END : c.suffix3[j]!);
  const shp = (j: number): number => (j < 0 ? START : j >= n ? END : c.shape[j]!);
  const wi = c.word[i]!;
  let k = 0;
  keys[k++] = f(101, 0);
  keys[k++] = f(102, wi);
  keys[k++] = f(103, c.suffix3[i]!);
  keys[k++] = f(104, c.suffix2[i]!);
  keys[k++] = f(105, c.prefix1[i]!);
  keys[k++] = f(106, c.shape[i]!);
  keys[k++] = f(107, prev);
  keys[k++] = f(108, prev2);
  keys[k++] = f(109, prev, prev2);
  keys[k++] = f(110, prev, wi);
  keys[k++] = f(111, w(i - 1));
  keys[k++] = f(112, suf(i - 1));
  keys[k++] = f(113, w(i - 2));
  keys[k++] = f(114, w(i + 1));
  keys[k++] = f(115, suf(i + 1));
  keys[k++] = f(116, w(i + 2));
  keys[k++] = f(117, shp(i + 1));
  keys[k++] = f(118, wi, w(i + 1));
  keys[k++] = f(119, w(i - 1), wi);
  keys[k++] = f(120, shp(i - 1), c.shape[i], shp(i + 1));
  keys[k++] = f(121, prev, c.suffix3[i]);
  keys[k++] = f(122, i === 0 ? 1 : 0, c.shape[i]);
  keys[k++] = f(123, c.suffix4[i]!);
  keys[k++] = f(124, c.prefix3[i]!);
  keys[k++] = f(125, w(i - 1), w(i + 1));
  keys[k++] = f(126, prev, w(i + 1));
  keys[k++] = f(127, suf(i - 1), c.suffix3[i]);
  keys[k++] = f(128, c.suffix3[i]!, suf(i + 1));
  return k;
}
