// Scoring parses against a treebank: attachment counts, and relations compared in the gold
// treebank's own inventory.
import { describe, expect, it } from "vitest";
import { asTreebankRelation, attachmentScores, treebankRelations } from "./evaluate.js";

describe("relations compared in the gold treebank's inventory", () => {
  const inventory = treebankRelations([
    { words: [{ rel: "nsubj" }, { rel: "obl" }, { rel: "nsubj:pass" }, { rel: "root" }] },
  ]);
  it.each([
    ["obl:agent", "obl", "a subtype the treebank does not use becomes its universal relation"],
    ["nsubj:pass", "nsubj:pass", "a subtype the treebank uses stays"],
    ["obl", "obl", "a universal relation stays"],
    ["acl:relcl", "acl", "so does one whose universal relation the treebank lacks too"],
  ])("%s → %s: %s", (rel, want) => {
    expect(asTreebankRelation(rel, inventory)).toBe(want);
  });
});

describe("attachment scores", () => {
  const gold = (head: number, rel: string): { head: number; rel: string } => ({ head, rel });
  it.each([
    ["right head and relation", gold(2, "nsubj"), gold(2, "nsubj"), 1, 1],
    ["right head, wrong relation", gold(2, "nsubj"), gold(2, "obj"), 1, 0],
    ["wrong head, right relation", gold(2, "nsubj"), gold(3, "nsubj"), 0, 0],
  ])("%s", (_name, g, p, uas, las) => {
    const s = attachmentScores([{ gold: g, predicted: p }], [p.rel]);
    expect([s.uas, s.las]).toEqual([uas, las]);
  });

  it("counts a gold word no predicted word lines up with as wrong, and F1 over both sides", () => {
    const s = attachmentScores(
      [
        { gold: gold(2, "nsubj"), predicted: gold(2, "nsubj") },
        { gold: gold(0, "root"), predicted: null },
      ],
      ["nsubj", "nsubj"],
    );
    expect(s.las).toBe(0.5);
    // nsubj: 1 right of 1 gold and 2 predicted.
    expect(s.relations.nsubj!.f1).toBeCloseTo((2 * 1) / (1 + 2));
  });
});
