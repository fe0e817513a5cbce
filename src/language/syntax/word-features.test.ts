import { describe, expect, it } from "vitest";
import { normalise, shape, treebankSpelling } from "./word-features.js";

describe("what the models see of a word", () => {
  it.each([
    ["McCain", "XxXx"],
    ["2,500", "d,d"],
    ["U.S.", "X.X."],
    ["Zürich", "Xx"],
    ["Ünal", "Xx"],
    ["north-east", "x-x"],
  ])("shape of %s is %s", (form, want) => expect(shape(form)).toBe(want));

  it.each([
    ["Moscow", "moscow"],
    ["1999", "!YEAR"],
    ["F-16s", "!DIGITSf-0s"],
    ["$2.5bn", "!DIGITS.0bn"],
    ["Zürich", "zürich"],
    ["١٩٩٩", "١٩٩٩"],
  ])("normalised form of %s is %s", (form, want) => expect(normalise(form)).toBe(want));

  // British titles without the full stop, and the rare ones, as the American treebank writes its common title;
  // the same letters in capitals are no title ("MS", "DR Congo").
  it.each([
    ["Mr", "Mr."],
    ["Dr", "Dr."],
    ["Mr.", "Mr."],
    ["Mrs", "Mr."],
    ["Ms.", "Mr."],
    ["MS", "MS"],
    ["DR", "DR"],
    ["Drive", "Drive"],
    // A clitic split off with the typographic apostrophe, which the treebank has far less often than the
    // straight one; a word that merely contains one is left alone.
    ["\u2019s", "'s"],
    ["n\u2019t", "n't"],
    ["\u2019re", "'re"],
    ["\u2019", "'"],
    ["O\u2019Neill", "O\u2019Neill"],
  ])("the treebank spells %s as %s", (form, want) => expect(treebankSpelling(form)).toBe(want));
});
