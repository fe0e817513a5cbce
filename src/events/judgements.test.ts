import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";

// A speaker's judgement of an act or a state as criticism (judgements.ts, data/cues/judgements.json),
// through the public pipeline. Each row: a text and the records it codes as "SOURCE>TARGET root".
const extractor = createExtractor();
const records = (text: string) =>
  extract(text, { extractor }).events.map((e) => `${e.source}>${e.target} ${e.code}`);

const FIRED = "Kenya fired a missile on Monday.";

const table: Record<string, [string, string[]][]> = {
  "what a speech verb reports of an act: its doer is criticised": [
    [`${FIRED} Tanzania said the launch was reckless.`, ["TZA>KEN 11"]],
    [`${FIRED} Tanzania said the launch was successful.`, []],
    [`${FIRED} Tanzania said the launch was not reckless.`, []],
  ],
  "what a speech verb reports of a state": [
    ["Chile said Peru was a reckless neighbour.", ["CHL>PER 11"]],
    ["Chile said Peru was a reliable neighbour.", []],
    // The judged phrase names no actor: a relationship described is no criticism of anyone.
    ["Chile said relations with Peru were strained.", []],
  ],
  "a naming verb's object is what is judged": [
    ["Chile branded Peru's decision illegal.", ["CHL>PER 11"]],
    ["Chile branded Peru's decision historic.", []],
    [`${FIRED} The Tanzanian government called the launch deeply deplorable.`, ["TZA>KEN 11"]],
    // "as" before what the object is called, and a state's adjective on the object naming whose it is.
    ["Kenya described the Ugandan decision as illegitimate.", ["KEN>UGA 11"]],
    ["Kenya described the Ugandan decision as historic.", []],
    // A predicate with "to be" is a label too, not the verb's dictionary sense ("considered" as consulted).
    ["Chile considers the Peruvian coast to be disputed.", []],
    ["Chile considers Peru to be a threat.", ["CHL>PER 11"]],
    // "called the United States a bully" parsed as a small clause: the label's subject is what it names.
    ["Bolivia called the United States a bully.", ["BOL>USA 11"]],
    ["Bolivia called the United States a partner.", []],
    // "what it calls …" names a policy; calling a state without a label is the dictionary's call.
    ["Chile has pursued what it calls quiet pressure in dealing with Peru.", []],
    ["Chile is applying what it calls patience with Peru.", []],
    ["Chile is pursuing quiet pressure and calls Peru every week.", ["CHL>PER 04"]],
  ],
  "a label a naming verb puts in quotation marks": [
    ['The Chilean president has called Peru "old and tired."', ["CHL>PER 11"]],
    ['The Chilean president has described Peru as a "tired old neighbour."', ["CHL>PER 11"]],
    // Without the marks it is a description; a label of praise in them is no derision.
    ["The Chilean president has called Peru old and tired.", []],
    ['The Chilean president has called Peru "a great friend."', []],
    // Without a label, calling a state is the dictionary's call.
    ["The Chilean president called Peru on Monday.", ["CHL>PER 04"]],
  ],
  "a quotation, with its speaker named after it": [
    ['"Peru\'s decision is a dangerous provocation," the Chilean foreign minister said.', ["CHL>PER 11"]],
    ['"Peru\'s decision is a wise step," the Chilean foreign minister said.', []],
    // Where the parse leaves the speech verb unlinked to the quotation that opens the sentence.
    [
      '"Peru\'s reckless move is an unprecedented and grave threat to our nation," the Chilean foreign minister told reporters.',
      ["CHL>PER 11"],
    ],
    [
      '"Peru\'s generous move is an unprecedented and welcome gift to our nation," the Chilean foreign minister told reporters.',
      [],
    ],
    // A list of adjectives in the quotation had run it into its attribution's clause.
    [
      '"Peru\'s rash decision is a dangerous, costly and a needless provocation to our region," Chilean Foreign Minister Ana Soto said on Monday.',
      ["CHL>PER 11"],
    ],
  ],
};

describe.each(Object.entries(table))("judgements: %s", (_phenomenon, rows) => {
  it.each(rows)("%s", (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});
