import { describe, expect, it } from "vitest";
import { dashAsides } from "./dash-asides.js";

// Word lists with wink-nlp's tags and whether a space comes before each word; each row says which dashes
// set a noun phrase aside.
const S = true;
const J = false;
describe("a noun phrase between dashes inside a clause", () => {
  it.each([
    [
      "a place described between spaced dashes",
      ["hit", "the", "port", "–", "home", "to", "a", "base", "–", "with", "rockets"],
      ["VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "ADP", "NOUN"],
      [J, S, S, S, S, S, S, S, S, S, S],
      [[3, 8]],
    ],
    [
      "double hyphens",
      ["met", "Oman", "--", "a", "quiet", "broker", "--", "on", "Monday"],
      ["VERB", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "ADP", "PROPN"],
      [J, S, S, S, S, S, S, S, S],
      [[2, 6]],
    ],
    // Minimal pairs: a hyphen inside a word, a clause between the dashes, nothing after the closing dash.
    [
      "hyphens inside words",
      ["the", "al", "-", "Shabaab", "and", "Kenya", "-", "Somalia", "border"],
      ["DET", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "NOUN"],
      [J, S, J, J, S, S, J, J, S],
      [],
    ],
    [
      "a clause between the dashes",
      ["hit", "the", "port", "–", "it", "said", "–", "with", "rockets"],
      ["VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "ADP", "NOUN"],
      [J, S, S, S, S, S, S, S, S],
      [],
    ],
    [
      "the second dash ends the sentence",
      ["hit", "the", "port", "–", "home", "to", "a", "base", "–"],
      ["VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
      [J, S, S, S, S, S, S, S, S],
      [],
    ],
  ])("%s", (_name, forms, upos, spaced, expected) => {
    expect(dashAsides(forms, upos, spaced).map((d) => [d.open, d.close])).toEqual(expected);
  });

  it("needs the tags and the spaces", () => {
    const forms = ["hit", "the", "port", "–", "home", "to", "a", "base", "–", "with", "rockets"];
    expect(
      dashAsides(
        forms,
        undefined,
        forms.map(() => S),
      ),
    ).toEqual([]);
  });
});
