/**
 * Training of the tagger and the parser from a treebank: averaged perceptrons, the parser trained
 * with the dynamic oracle and exploration (Goldberg & Nivre 2012) on jack-knifed tags. Seeded, so
 * a run can be repeated exactly.
 */
import { ArcEagerState, LEFT, labelOf, moveOf, REDUCE, RIGHT, SHIFT } from "./arc-eager.js";
import { AveragedPerceptron } from "./averaged-perceptron.js";
import type { TreebankSentence } from "./conllu.js";
import { bestValid, coarseTags, parserInput } from "./dependency-parser.js";
import { MAX_PARSER_FEATURES, parserFeatures } from "./parser-features.js";
import { MAX_TAGGER_FEATURES, taggerFeatures } from "./tagger-features.js";
import { argmax, tagSentence, type TaggerModel } from "./tagger.js";
import { normalise, wordCodes } from "./word-features.js";

/** mulberry32: a small seeded generator. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export const jointTag = (w: { upos: string; xpos: string }): string => `${w.upos} ${w.xpos}`;

/** Words seen at least `minCount` times with one tag in at least `share` of them. */
export function tagDictionary(
  sentences: readonly TreebankSentence[],
  tags: readonly string[],
  minCount = 20,
  share = 0.97,
): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const key = normalise(w.form);
      const m = counts.get(key) ?? new Map<string, number>();
      m.set(jointTag(w), (m.get(jointTag(w)) ?? 0) + 1);
      counts.set(key, m);
    }
  }
  const out = new Map<string, number>();
  for (const [word, m] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (total >= minCount && n / total >= share && tags.includes(tag)) out.set(word, tags.indexOf(tag));
  }
  return out;
}

export interface TaggerTraining {
  readonly perceptron: AveragedPerceptron;
  readonly dictionary: Map<string, number>;
}

export function trainTagger(
  sentences: readonly TreebankSentence[],
  tags: readonly string[],
  iterations: number,
  seed: number,
): TaggerTraining {
  const random = generator(seed);
  const dictionary = tagDictionary(sentences, tags);
  const perceptron = new AveragedPerceptron(tags.length);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const order = sentences.map((_, i) => i);
  for (let it = 0; it < iterations; it++) {
    for (const si of shuffle(order, random)) {
      const s = sentences[si]!;
      const forms = s.words.map((w) => w.form);
      const codes = wordCodes(forms);
      let prev = -1;
      let prev2 = -1;
      s.words.forEach((w, i) => {
        const truth = tags.indexOf(jointTag(w));
        let guess = dictionary.get(codes.forms[i]!);
        if (guess === undefined) {
          const n = taggerFeatures(codes, i, prev, prev2, keys);
          scores.fill(0);
          perceptron.score(keys, n, scores);
          guess = argmax(scores);
          perceptron.update(truth, guess, keys, n);
        }
        prev2 = prev;
        prev = guess;
      });
    }
  }
  return { perceptron, dictionary };
}

/** Tags for the training sentences from taggers that did not see them (k folds), as the parser will meet at run time. */
export function jackknifeTags(
  sentences: readonly TreebankSentence[],
  tags: readonly string[],
  folds: number,
  iterations: number,
  seed: number,
): Int32Array[] {
  const out = new Array<Int32Array>(sentences.length);
  for (let f = 0; f < folds; f++) {
    const train = sentences.filter((_, i) => i % folds !== f);
    const { perceptron, dictionary } = trainTagger(train, tags, iterations, seed + f);
    const model: TaggerModel = { scorer: perceptron, tags, dictionary };
    sentences.forEach((s, i) => {
      if (i % folds === f)
        out[i] = tagSentence(
          model,
          s.words.map((w) => w.form),
        );
    });
  }
  return out;
}

export interface ParserTrainingOptions {
  readonly iterations: number;
  readonly seed: number;
  /** From this iteration on, the parser follows its own prediction with probability `explore`. */
  readonly exploreFrom: number;
  readonly explore: number;
  /** Called after each iteration, for progress and for measuring on dev. */
  readonly after?: (iteration: number, perceptron: AveragedPerceptron) => void;
}

export function trainParser(
  sentences: readonly TreebankSentence[],
  tagsOf: readonly Int32Array[],
  tags: readonly string[],
  labels: readonly string[],
  o: ParserTrainingOptions,
): AveragedPerceptron {
  const coarse = coarseTags(tags);
  const random = generator(o.seed);
  const L = labels.length;
  const rootLabel = labels.indexOf("root");
  const perceptron = new AveragedPerceptron(2 + 2 * L);
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(2 + 2 * L);
  const prepared = sentences.map((s, i) => {
    const n = s.words.length;
    const gh = new Int32Array(n + 2).fill(-1);
    const gl = new Int32Array(n + 2).fill(-1);
    s.words.forEach((w, k) => {
      gh[k + 1] = w.head;
      gl[k + 1] = labels.indexOf(w.rel);
    });
    return {
      n,
      gh,
      gl,
      x: parserInput(
        s.words.map((w) => w.form),
        tagsOf[i]!,
        coarse,
      ),
    };
  });
  const order = prepared.map((_, i) => i);
  for (let it = 0; it < o.iterations; it++) {
    for (const si of shuffle(order, random)) {
      const { n, gh, gl, x } = prepared[si]!;
      const st = new ArcEagerState(n, rootLabel);
      while (!st.done) {
        const k = parserFeatures(st, x, keys);
        scores.fill(0);
        perceptron.score(keys, k, scores);
        const guess = bestValid(st, scores, L);
        if (guess < 0) break;
        // Label-free cost of each move once, then one more for a wrong label on a gold arc.
        const s0 = st.s0;
        const b0 = st.b;
        const base = [SHIFT, REDUCE, LEFT, RIGHT].map((m) => st.cost(m, -1, gh, gl));
        const leftGold = b0 <= n && s0 > 0 && gh[s0] === b0 ? gl[s0]! : -1;
        const rightGold = b0 <= n && gh[b0] === s0 ? gl[b0]! : -1;
        const costOf = (c: number): number => {
          const m = moveOf(c, L);
          const l = labelOf(c, L);
          if (!st.valid(m, l)) return Infinity;
          if (m === LEFT) return base[LEFT]! + (leftGold >= 0 && l !== leftGold ? 1 : 0);
          if (m === RIGHT) return base[RIGHT]! + (rightGold >= 0 && l !== rightGold ? 1 : 0);
          return base[m]!;
        };
        let min = Infinity;
        let truth = -1;
        for (let c = 0; c < scores.length; c++) {
          const cost = costOf(c);
          if (cost < min || (cost === min && scores[c]! > scores[truth]!)) {
            min = cost;
            truth = c;
          }
        }
        perceptron.update(truth, guess, keys, k);
        const next = it >= o.exploreFrom && random() < o.explore ? guess : truth;
        st.apply(moveOf(next, L), labelOf(next, L));
      }
    }
    o.after?.(it, perceptron);
  }
  return perceptron;
}
