import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";
import { loadNominals } from "./nominal-dictionary.js";

// Triggers from event nouns (noun-triggers.ts, data/nominals) through the public pipeline. Each row: a
// sentence and its records as "SOURCE>TARGET root rule". Minimal pairs: the same noun with and without
// an actor in its slots.
const extractor = createExtractor();
const records = (text: string) =>
  extract(text, { extractor }).events.map((e) => `${e.source}>${e.target} ${e.code} ${e.rule}`);

type Row = [string, string[]];

const table: Record<string, Row[]> = {
  "the possessor does it, a preposition of the entry names whom to": [
    ["Norway's threats against Sweden were reported.", ["NOR>SWE 13 noun.threaten:130"]],
    ["The threats against Sweden were reported.", []],
    ["Ghana's offer of talks to Togo was welcomed.", ["GHA>TGO 03 noun.offer:030"]],
    ["The offer of talks to Togo was welcomed.", []],
  ],
  "a threat's target is what its infinitive acts on; the act itself is only planned": [
    [
      "Norway's threat to expel Swedish diplomats alarmed the region.",
      ["NOR>SWE 13 noun.threaten:130", "NOR>SWE 16 reduce.expel:161"],
    ],
    ["Norway's threat alarmed Sweden.", []],
  ],
  "a noun's 'that' clause names whom it is about": [
    ["Norway's accusation that Sweden had cheated drew a sharp reply.", ["NOR>SWE 11 disapprove.noun:111"]],
    // A relative clause's "that" stands for the noun: no one is accused.
    ["The accusation that Norway repeated drew a sharp reply.", []],
    ["Norway's suggestion that Sweden join the alliance was welcomed.", ["NOR>SWE 02 appeal.noun:020"]],
    // With no clause, nothing is inferred from the rest of the sentence.
    ["Sweden echoed Norway's criticism.", []],
  ],
  "a 'by' or 'from' phrase names the doer": [
    ["Kenya's imports from Uganda rose sharply.", ["UGA>KEN 06 purchase.noun:062"]],
    // After "according to", a phrase names who reports it, not a party to the trade.
    ["Kenya's imports rose sharply, according to data from Uganda.", []],
    ["The blockade of Qatar by Bahrain continued.", ["BHR>QAT 19 noun.blockade:191"]],
    ["Aid from Japan to Nepal arrived.", ["JPN>NPL 07 noun.aid:070"]],
  ],
  "the subject of a light verb does what its object noun names": [
    // "conduct" alone would code 06 (its family's default): the noun names the act instead.
    ["Kenya conducted air strikes on Uganda.", ["KEN>UGA 19 noun.strike:190"]],
    ["Kenya made threats against Uganda.", ["KEN>UGA 13 noun.threaten:130"]],
    // Any other verb's subject did not do what its object names.
    ["Kenya condemned the threats against Uganda.", []],
  ],
  "a measure some verbs adopt as their own ('adoptedBy' of its entry), and a measure word before the noun": [
    ["The European Union adopted new sanctions on Belarus.", ["EU>BLR 16 noun.sanction:163"]],
    // Adopting is not what the noun of another entry is done by.
    ["Kenya adopted the threats against Uganda.", []],
    ["Kenya adopted a new round of sanctions on Uganda.", ["KEN>UGA 16 noun.sanction:163"]],
    ["Kenya conducted a wave of air strikes on Uganda.", ["KEN>UGA 19 noun.strike:190"]],
    // The verb dictionary reads "support sanctions" as threatening them; backing them imposes them.
    ["Kenya supported the sanctions against Uganda.", ["KEN>UGA 16 noun.sanction:163"]],
  ],
  "whoever faces, defies or is hit with a measure ('undergoneBy' of its entry) is its target": [
    ["Belarus faces tough European Union sanctions.", ["EU>BLR 16 noun.sanction:163"]],
    ["Belarus was hit with two rounds of European Union sanctions.", ["EU>BLR 16 noun.sanction:163"]],
    ["Belarus kept trading in defiance of European Union sanctions.", ["EU>BLR 16 noun.sanction:163"]],
    // Whoever backs or discusses a measure does not undergo it.
    ["Belarus discussed European Union sanctions.", []],
    // A threat is undergone by whoever comes under it, named by a relative pronoun too.
    ["Belarus has come under threat from Russia.", ["RUS>BLR 13 noun.threaten:130"]],
    [
      "Hawar, the Bahraini island that has come under threat from Iran in recent weeks, is small.",
      ["IRN>BHR 13 noun.threaten:130"],
    ],
    ["Hawar, the Bahraini island that has come under scrutiny from Iran in recent weeks, is small.", []],
  ],
  "a light verb whose pattern names the noun keeps the act: one event": [
    ["Kenya issued threats against Uganda.", ["KEN>UGA 13 verb.grant@CAMEO.2.0.txt:6314:130"]],
  ],
  "a launch or test acts on a state only when it flies over or towards one": [
    ["Peru's missile launch over Bolivia was reported.", ["PER>BOL 15 noun.launch:150"]],
    ["Peru's missile launch over the sea was reported.", []],
    ["A test of wills between the two sides continued.", []],
  ],
  "the hand-written lexicon takes its nouns first": [
    ["Norway's condemnation of Sweden was reported.", ["NOR>SWE 11 disapprove.noun:111"]],
  ],
};

describe.each(Object.entries(table))("event noun triggers: %s", (_phenomenon, rows) => {
  it.each(rows)("%s", (sentence, expected) => {
    expect(records(sentence)).toEqual(expected);
  });
});

describe("event noun file", () => {
  const write = (body: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-nominals-"));
    const file = join(dir, "nouns.json");
    writeFileSync(file, JSON.stringify(body));
    return file;
  };
  it.each([
    [
      "takes the verb family's code",
      { nouns: [{ nouns: ["rebuttal"], verb: "rebuff", target: ["of"] }] },
      "110",
    ],
    [
      "takes a code the entry gives over the verb's",
      { nouns: [{ nouns: ["rebuttal"], verb: "rebuff", code: "120", target: ["of"] }] },
      "120",
    ],
  ])("%s", (_what, body, code) => {
    expect(loadNominals(extractor.verbs, [write(body)]).byNoun.get("rebuttal")?.code).toBe(code);
  });
  it.each([
    [
      "a verb the dictionary does not code alone, without a code",
      { nouns: [{ nouns: ["rebuttal"], verb: "launch", target: ["of"] }] },
      /does not code "launch"/,
    ],
    [
      "no target preposition",
      { nouns: [{ nouns: ["rebuttal"], verb: "rebuff", target: [] }] },
      /names no preposition/,
    ],
    [
      "a slot that is not a preposition",
      { nouns: [{ nouns: ["rebuttal"], verb: "rebuff", target: ["subject"] }] },
      /list of prepositions/,
    ],
  ])("rejects %s", (_what, body, error) => {
    expect(() => loadNominals(extractor.verbs, [write(body)])).toThrow(error);
  });
});
