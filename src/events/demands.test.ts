import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";

// A speaker's demand of another (demands.ts, "obligation" in data/cues/judgements.json), through the
// public pipeline. Each row: a text and the records it codes as "SOURCE>TARGET root modality".
const extractor = createExtractor();
const records = (text: string) =>
  extract(text, { extractor }).events.map((e) => `${e.source}>${e.target} ${e.code} ${e.modality}`);

const table: Record<string, [string, string[]][]> = {
  "a reported clause that obliges its subject is a demand of it": [
    ["Chile said Peru must withdraw from the talks.", ["CHL>PER 10 asserted"]],
    ["Chile said Peru needs to return to the talks.", ["CHL>PER 10 asserted"]],
    ['"Peru has to end the blockade," the Chilean president told reporters.', ["CHL>PER 10 asserted"]],
    // Without the obligation it is a report of what the other will do.
    ["Chile said Peru will return to the talks.", []],
  ],
  "an obligation released or guessed at is no demand": [
    ["Chile said Peru does not have to return to the talks.", []],
    ["Chile said Peru must have known about the plot.", []],
  ],
  "what the demand obliges the other to do is not done": [
    [
      "Chile said Peru must expel the Bolivian ambassador.",
      ["CHL>PER 10 asserted", "PER>BOL 16 hypothetical"],
    ],
    ["Chile said Peru expelled the Bolivian ambassador.", ["PER>BOL 16 reported"]],
  ],
  "a demand outweighs the criticism in the same words": [
    ["Chile said Peru must stop its reckless missile tests.", ["CHL>PER 10 asserted"]],
    ["Chile said Peru's missile tests were reckless.", ["CHL>PER 11 asserted"]],
  ],
};

describe.each(Object.entries(table))("demands: %s", (_phenomenon, rows) => {
  it.each(rows)("%s", (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});
