/** Zhang & Nivre (2011) style features of an arc-eager configuration, as hashed integers. */
import type { ArcEagerState } from "./arc-eager.js";
import { featureKey as f } from "./feature-hash.js";

/** Words and tags of a sentence with the root at index 0 (and an empty slot at n + 1). */
export interface ParserInput {
  readonly word: Int32Array;
  readonly tag: Int32Array;
  /** Coarse tags (UPOS alone), which generalise where the fine tag is too rare. */
  readonly coarse: Int32Array;
  /** Last three letters, for words the model has rarely seen. */
  readonly suffix: Int32Array;
}

export const MAX_PARSER_FEATURES = 112;
const NONE = -7;

/** Writes the features of `st` into `keys`; returns how many. */
export function parserFeatures(st: ArcEagerState, x: ParserInput, keys: Uint32Array): number {
  const { word, tag, coarse, suffix } = x;
  const n = st.n;
  const s0 = st.sp > 1 ? st.s0 : st.sp === 1 ? 0 : -1;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : -1;
  const n0 = st.b <= n ? st.b : -1;
  const n1 = st.b + 1 <= n ? st.b + 1 : -1;
  const n2 = st.b + 2 <= n ? st.b + 2 : -1;
  const W = (i: number): number => (i < 0 ? NONE : word[i]!);
  const T = (i: number): number => (i < 0 ? NONE : tag[i]!);
  const L = (i: number): number => (i <= 0 ? NONE : st.labels[i]!);
  const head = (i: number): number => (i <= 0 ? -1 : st.heads[i]!);
  const lc1 = (i: number): number => (i < 0 ? -1 : st.lc1[i]! || -1);
  const lc2 = (i: number): number => (i < 0 ? -1 : st.lc2[i]! || -1);
  const rc1 = (i: number): number => (i < 0 ? -1 : st.rc1[i]! || -1);
  const rc2 = (i: number): number => (i < 0 ? -1 : st.rc2[i]! || -1);

  const s0w = W(s0),
    s0t = T(s0),
    n0w = W(n0),
    n0t = T(n0),
    n1w = W(n1),
    n1t = T(n1),
    n2w = W(n2),
    n2t = T(n2);
  const s0h = head(s0),
    s0h2 = head(s0h);
  const s0l = lc1(s0),
    s0r = rc1(s0),
    n0l = lc1(n0),
    s0l2 = lc2(s0),
    s0r2 = rc2(s0),
    n0l2 = lc2(n0);
  const s0ht = T(s0h),
    s0lt = T(s0l),
    s0rt = T(s0r),
    n0lt = T(n0l);
  const dist = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 6) : NONE;
  const s0vl = s0 >= 0 ? st.nLeft[s0]! : NONE,
    s0vr = s0 >= 0 ? st.nRight[s0]! : NONE,
    n0vl = n0 >= 0 ? st.nLeft[n0]! : NONE;
  const s0sl = s0 >= 0 ? st.leftLabels[s0]! : NONE,
    s0sr = s0 >= 0 ? st.rightLabels[s0]! : NONE,
    n0sl = n0 >= 0 ? st.leftLabels[n0]! : NONE;

  let k = 0;
  keys[k++] = f(1, 0);
  // Single words.
  keys[k++] = f(2, s0w, s0t);
  keys[k++] = f(3, s0w);
  keys[k++] = f(4, s0t);
  keys[k++] = f(5, n0w, n0t);
  keys[k++] = f(6, n0w);
  keys[k++] = f(7, n0t);
  keys[k++] = f(8, n1w, n1t);
  keys[k++] = f(9, n1w);
  keys[k++] = f(10, n1t);
  keys[k++] = f(11, n2w, n2t);
  keys[k++] = f(12, n2w);
  keys[k++] = f(13, n2t);
  // Pairs of the top of the stack and the front of the buffer.
  keys[k++] = f(14, s0w, s0t, f(0, n0w, n0t));
  keys[k++] = f(15, s0w, s0t, n0w);
  keys[k++] = f(16, s0w, n0w, n0t);
  keys[k++] = f(17, s0w, s0t, n0t);
  keys[k++] = f(18, s0t, n0w, n0t);
  keys[k++] = f(19, s0w, n0w);
  keys[k++] = f(20, s0t, n0t);
  keys[k++] = f(21, n0t, n1t);
  // Three words.
  keys[k++] = f(22, n0t, n1t, n2t);
  keys[k++] = f(23, s0t, n0t, n1t);
  keys[k++] = f(24, s0ht, s0t, n0t);
  keys[k++] = f(25, s0t, s0lt, n0t);
  keys[k++] = f(26, s0t, s0rt, n0t);
  keys[k++] = f(27, s0t, n0t, n0lt);
  // Distance.
  keys[k++] = f(28, s0w, dist);
  keys[k++] = f(29, s0t, dist);
  keys[k++] = f(30, n0w, dist);
  keys[k++] = f(31, n0t, dist);
  keys[k++] = f(32, s0w, n0w, dist);
  keys[k++] = f(33, s0t, n0t, dist);
  // Valency.
  keys[k++] = f(34, s0w, s0vr);
  keys[k++] = f(35, s0t, s0vr);
  keys[k++] = f(36, s0w, s0vl);
  keys[k++] = f(37, s0t, s0vl);
  keys[k++] = f(38, n0w, n0vl);
  keys[k++] = f(39, n0t, n0vl);
  // Heads and children (second order).
  keys[k++] = f(40, W(s0h));
  keys[k++] = f(41, s0ht);
  keys[k++] = f(42, L(s0));
  keys[k++] = f(43, W(s0l));
  keys[k++] = f(44, s0lt);
  keys[k++] = f(45, L(s0l));
  keys[k++] = f(46, W(s0r));
  keys[k++] = f(47, s0rt);
  keys[k++] = f(48, L(s0r));
  keys[k++] = f(49, W(n0l));
  keys[k++] = f(50, n0lt);
  keys[k++] = f(51, L(n0l));
  // Third order.
  keys[k++] = f(52, W(s0h2));
  keys[k++] = f(53, T(s0h2));
  keys[k++] = f(54, L(s0h));
  keys[k++] = f(55, W(s0l2));
  keys[k++] = f(56, T(s0l2));
  keys[k++] = f(57, L(s0l2));
  keys[k++] = f(58, W(s0r2));
  keys[k++] = f(59, T(s0r2));
  keys[k++] = f(60, L(s0r2));
  keys[k++] = f(61, W(n0l2));
  keys[k++] = f(62, T(n0l2));
  keys[k++] = f(63, L(n0l2));
  keys[k++] = f(64, s0t, s0lt, T(s0l2));
  keys[k++] = f(65, s0t, s0rt, T(s0r2));
  keys[k++] = f(66, s0t, s0ht, T(s0h2));
  keys[k++] = f(67, n0t, n0lt, T(n0l2));
  // Label sets.
  keys[k++] = f(68, s0w, s0sr);
  keys[k++] = f(69, s0t, s0sr);
  keys[k++] = f(70, s0w, s0sl);
  keys[k++] = f(71, s0t, s0sl);
  keys[k++] = f(72, n0w, n0sl);
  keys[k++] = f(73, n0t, n0sl);
  // The second word on the stack, which decides many attachments in arc-eager.
  keys[k++] = f(74, W(s1), T(s1));
  keys[k++] = f(75, T(s1), s0t, n0t);
  keys[k++] = f(76, T(s1), s0t);
  keys[k++] = f(77, T(s1), L(s1));
  keys[k++] = f(78, s0t, L(s0), n0t);
  // Whether s0 already has a head, and the word before n0.
  keys[k++] = f(79, s0 > 0 && st.heads[s0]! >= 0 ? 1 : 0, s0t, n0t);
  keys[k++] = f(80, n0 > 1 ? T(n0 - 1) : NONE, n0t, s0t);
  keys[k++] = f(81, n0 > 1 ? W(n0 - 1) : NONE, n0w);
  keys[k++] = f(82, n0t, n1t, s0ht);
  // Coarse tags and suffixes.
  const C = (i: number): number => (i < 0 ? NONE : coarse[i]!);
  const S = (i: number): number => (i < 0 ? NONE : suffix[i]!);
  keys[k++] = f(83, C(s0), C(n0), C(n1));
  keys[k++] = f(84, C(s1), C(s0), C(n0));
  keys[k++] = f(85, C(s0h), C(s0), C(n0));
  keys[k++] = f(86, C(s0), C(n0), dist);
  keys[k++] = f(87, S(s0), C(n0));
  keys[k++] = f(88, C(s0), S(n0));
  keys[k++] = f(89, S(n0), n0t);
  keys[k++] = f(90, S(s0), s0t);
  keys[k++] = f(91, S(n1), n1t);
  // Word pairs across the stack and the buffer.
  keys[k++] = f(92, W(s1), s0w);
  keys[k++] = f(93, n0w, n1w);
  keys[k++] = f(94, s0w, n0t, n1t);
  keys[k++] = f(95, s0t, n0w, n1t);
  keys[k++] = f(96, W(s0h), s0t, n0t);
  keys[k++] = f(97, s0t, n0t, f(0, L(s0l), L(s0r)));
  return k;
}
