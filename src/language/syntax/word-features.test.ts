import { describe, expect, it } from "vitest";
import { normalise, shape } from "./word-features.js";

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
});
