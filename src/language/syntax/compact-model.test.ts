// The compact model scores as the averaged rows it was built from (to 16-bit precision), and the
// model file gives back what was written.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CompactModel } from "./compact-model.js";
import { decodeSyntaxModel, encodeSyntaxModel } from "./model-file.js";

const rows = [
  { key: 17, cls: [0, 2], w: [1.5, -0.25] },
  { key: 4242, cls: [1], w: [3] },
  { key: 99, cls: [0, 1, 2, 3], w: [0.5, 0.5, -2, 1] },
  // Same slot as key 17 in a table of 1,024: probing must find it.
  { key: 17 + 1024, cls: [3], w: [2] },
];
const exact = (keys: number[]): number[] => {
  const out = [0, 0, 0, 0];
  for (const k of keys)
    for (const r of rows.filter((r) => r.key === k)) r.cls.forEach((c, j) => (out[c]! += r.w[j]!));
  return out;
};

describe("the compact model", () => {
  const model = CompactModel.fromRows(4, rows);
  const encoded = (): Buffer =>
    encodeSyntaxModel({
      tags: ["NOUN NN", "VERB VB"],
      labels: ["root", "obj"],
      dictionary: new Map([["the", 0]]),
      tagger: model,
      parser: model,
      provenance: { test: true },
    });
  it.each([[[17]], [[4242, 99]], [[17, 1041, 5]], [[5, 6]]])(
    "scores features %j as the rows sum them",
    (keys) => {
      const out = new Float64Array(4);
      model.score(Uint32Array.from(keys), keys.length, out);
      const want = exact(keys);
      // Scores come in quantised units; times the scale they are the weights.
      out.forEach((v, c) => expect(v * model.arrays.scale).toBeCloseTo(want[c]!, 3));
    },
  );

  it("survives the model file", () => {
    const back = decodeSyntaxModel(encoded());
    const out = new Float64Array(4);
    back.parser.scorer.score(Uint32Array.from([99]), 1, out);
    expect([...out].map((v) => v * model.arrays.scale)).toEqual(
      exact([99]).map((v): unknown => expect.closeTo(v, 3)),
    );
    expect(back.tagger.dictionary.get("the")).toBe(0);
    expect(back.provenance).toEqual({ test: true });
  });

  it.each([
    ["not a model", Buffer.from("hello world, not a model"), /not a dyad syntax model/],
    ["gzipped and not a model", gzipSync(Buffer.from("hello world, not a model")), /not a dyad syntax model/],
    ["of the older format", Buffer.from("DYADSYN1\0\0\0\0"), /older format/],
    ["cut short", encoded().subarray(0, encoded().length - 3), /truncated/],
  ])("refuses a file %s", (_, bytes, message) => {
    expect(() => decodeSyntaxModel(bytes)).toThrow(message);
  });

  it("reads a gzipped copy as the file itself", () => {
    const back = decodeSyntaxModel(gzipSync(encoded()));
    expect(back.provenance).toEqual({ test: true });
  });
});
