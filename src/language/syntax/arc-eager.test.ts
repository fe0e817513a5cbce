// The dynamic oracle: from the start, always taking a transition that loses no gold arc rebuilds
// a projective gold tree exactly; on a non-projective tree some arc must be lost.
import { describe, expect, it } from "vitest";
import { ArcEagerState, labelOf, moveOf, SHIFT } from "./arc-eager.js";
import { parseSentence, parserInput } from "./dependency-parser.js";

const LABELS = ["root", "nsubj", "obj", "det", "punct", "obl", "case"];

function followOracle(
  heads: number[],
  labels: string[],
): { heads: number[]; labels: string[]; lost: number } {
  const n = heads.length;
  const gh = Int32Array.from([-1, ...heads, -1]);
  const gl = Int32Array.from([-1, ...labels.map((l) => LABELS.indexOf(l)), -1]);
  const st = new ArcEagerState(n, 0);
  let lost = 0;
  while (!st.done) {
    let best = -1;
    let min = Infinity;
    for (let c = 0; c < 2 + 2 * LABELS.length; c++) {
      const m = moveOf(c, LABELS.length);
      const l = labelOf(c, LABELS.length);
      if (!st.valid(m, l)) continue;
      const cost = st.cost(m, l, gh, gl);
      if (cost < min) [best, min] = [c, cost];
    }
    lost += min;
    st.apply(moveOf(best, LABELS.length), labelOf(best, LABELS.length));
  }
  return {
    heads: [...st.heads.slice(1, n + 1)],
    labels: [...st.labels.slice(1, n + 1)].map((l) => LABELS[l] ?? "?"),
    lost,
  };
}

describe("arc-eager with the dynamic oracle", () => {
  it.each([
    ["subject, verb, object", [2, 0, 4, 2, 2], ["nsubj", "root", "det", "obj", "punct"]],
    ["a left-branching chain", [2, 3, 0], ["det", "nsubj", "root"]],
    ["a right-branching chain with a preposition", [0, 3, 1], ["root", "case", "obl"]],
  ])("rebuilds a projective tree: %s", (_name, heads, labels) => {
    const got = followOracle(heads, labels);
    expect(got.lost).toBe(0);
    expect(got.heads).toEqual(heads);
    expect(got.labels).toEqual(labels);
  });

  it("loses at least one arc of a non-projective tree (crossing arcs 1→3 and 2→4)", () => {
    const got = followOracle([0, 1, 1, 2], ["root", "obj", "obl", "obl"]);
    expect(got.lost).toBeGreaterThan(0);
  });

  it.each([
    ["REDUCE of a word without a head while the buffer is full", 1, false],
    ["SHIFT while the buffer is full", 0, true],
  ])("validity: %s", (_name, move, valid) => {
    const st = new ArcEagerState(3, 0);
    st.apply(0, 0);
    expect(st.valid(move, 1)).toBe(valid);
  });
});

/** A model that gives every configuration the same scores: SHIFT 10 (taken whenever valid), then the arcs given. */
const leftArc = (label: string) => 2 + LABELS.indexOf(label);
const rightArc = (label: string) => 2 + LABELS.length + LABELS.indexOf(label);
function fixedModel(arcs: [number, number][]) {
  return {
    labels: LABELS,
    scorer: {
      classes: 2 + 2 * LABELS.length,
      score(_keys: Uint32Array, _n: number, out: Float64Array) {
        out[SHIFT] = 10; // the class of SHIFT is its move
        for (const [c, score] of arcs) out[c] = score;
      },
    },
  };
}

// Decoding with the tree constraint: a model that would shift every word leaves them all headless on
// the stack; each goes back to the buffer in turn and is attached by the model's own best arc.
describe("decoding never leaves a word hanging from the root word by default", () => {
  const words = ["Kenya", "attacked", "Uganda"];
  const input = parserInput(words, Int32Array.from([1, 2, 1]), Int32Array.from([1000, 1001, 1002]));
  it.each([
    ["left arcs preferred", [2, 1], [3, 3, 0], ["nsubj", "nsubj", "root"]],
    ["right arcs preferred", [1, 2], [0, 1, 2], ["root", "obj", "obj"]],
  ])("%s", (_name, [left, right], heads, labels) => {
    const model = fixedModel([
      [leftArc("nsubj"), left!],
      [rightArc("obj"), right!],
    ]);
    const arcs = parseSentence(model, input, words.length);
    expect([...arcs.heads.slice(1)]).toEqual(heads);
    expect([...arcs.labels.slice(1)].map((l) => LABELS[l])).toEqual(labels);
  });
});

// In UD punctuation is always a leaf: a word barred from heading (the parse's punctuation) gets no dependents.
describe("decoding bars punctuation from heading any word", () => {
  // Each word would head the one before it.
  const model = fixedModel([
    [leftArc("nsubj"), 2],
    [rightArc("punct"), 1],
  ]);
  const words = ["Kenya", "attacked", "."];
  const input = parserInput(words, Int32Array.from([1, 2, 3]), Int32Array.from([1000, 1001, 1002]));
  it.each([
    ["no word barred: the full stop heads both words", Uint8Array.from([0, 0, 0, 0, 0]), [3, 3, 0]],
    ["the full stop barred: it hangs on the verb", Uint8Array.from([0, 0, 0, 1, 0]), [2, 0, 2]],
  ])("%s", (_name, barred, heads) => {
    const arcs = parseSentence(model, input, words.length, barred);
    expect([...arcs.heads.slice(1)]).toEqual(heads);
  });
});
