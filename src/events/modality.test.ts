import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../language/analyse.js";
import { createExtractor, extract } from "../pipeline/extract.js";
import { loadModalityCues, parseModalityCues } from "./modality-cues.js";
import { dictionaryFile } from "../dictionaries/files.js";
const loadModalityCuesFiles = () => dictionaryFile("cues/modality.json", []);
import { windowModality } from "./modality.js";

// Whether an event is asserted, negated, planned, reported or hypothetical, read from the tree
// (modality-tree.ts) through the public pipeline. Each row: a sentence and the records it codes as
// "SOURCE>TARGET root modality", in order. Rows come in minimal pairs.
const extractor = createExtractor();
const records = (text: string) =>
  extract(text, { extractor }).events.map((e) => `${e.source}>${e.target} ${e.code} ${e.modality}`);

type Row = [string, string[]];

const table: Record<string, Row[]> = {
  "negation on the trigger or the verb that governs it": [
    ["Kenya signed an accord with Uganda.", ["KEN>UGA 05 asserted"]],
    ["Kenya did not sign an accord with Uganda.", ["KEN>UGA 05 negated"]],
    ["Kenya never assaulted Uganda.", ["KEN>UGA 19 negated"]],
    ["Kenya assaulted Uganda.", ["KEN>UGA 19 asserted"]],
    // The refusing happened; the meeting did not.
    ["Kenya refused to meet Uganda.", ["KEN>UGA 12 asserted", "KEN>UGA 04 negated"]],
    ["Kenya declined to meet Uganda.", ["KEN>UGA 04 negated"]],
    ["Kenya hurried to meet Uganda.", ["KEN>UGA 04 asserted"]],
    ["Kenya held no talks with Uganda.", ["KEN>UGA 04 negated"]],
    ["Kenya held talks with Uganda.", ["KEN>UGA 04 asserted"]],
    ["Kenya will not meet Uganda.", ["KEN>UGA 04 negated"]],
    // The act a verb goes into is in its clause ("return to talks", "take part in talks").
    ["Kenya refused to return to talks with Uganda.", ["KEN>UGA 04 negated"]],
    ["Kenya agreed to return to talks with Uganda.", ["KEN>UGA 04 asserted"]],
    // A plural after "to" is no infinitive, so no demand is made here.
    ["Kenya would not bow to demands to recognise Uganda.", ["KEN>UGA 05 negated"]],
    // "not only" affirms.
    [
      "Kenya has not only assaulted Uganda, it has shelled Somalia.",
      ["KEN>UGA 19 asserted", "KEN>SOM 18 asserted"],
    ],
    // The negation of one conjunct is not the other's when it has "but".
    ["Kenya did not assault Uganda but shelled Somalia.", ["KEN>UGA 19 negated", "KEN>SOM 18 asserted"]],
  ],
  "an act called off is not done; calling it off may be an act of its own": [
    ["Kenya postponed its visit to Uganda.", ["KEN>UGA 16 asserted", "KEN>UGA 04 negated"]],
    ["Kenya announced its visit to Uganda.", ["KEN>UGA 04 asserted"]],
    ["Kenya and Uganda suspended joint military drills.", ["KEN>UGA 06 negated"]],
    ["Kenya and Uganda began joint military drills.", ["KEN>UGA 06 asserted"]],
    ["Talks between Kenya and Uganda were called off.", ["KEN>UGA 04 negated"]],
    // A rule whose own words hold the verb codes the calling off itself.
    ["Kenya suspended its aid to Uganda.", ["KEN>UGA 16 asserted"]],
    // What a vetoed text would have done is called off with it.
    ["Kenya vetoed a resolution condemning Uganda.", ["KEN>UGA 11 negated"]],
    ["Kenya drafted a resolution condemning Uganda.", ["KEN>UGA 11 asserted"]],
    // Blocked aid is not given; blocking it is the verb dictionary's act (BLOCK, 170).
    ["Hungary blocked EU aid to Ukraine.", ["HUN>UKR 17 asserted", "EU>UKR 07 negated"]],
  ],
  "what is urged, demanded, proposed or sought is not done": [
    ["Kenya urged talks with Uganda.", ["KEN>UGA 04 hypothetical"]],
    ["Kenya sought talks with Uganda.", ["KEN>UGA 04 hypothetical"]],
    ["Kenya held talks with Uganda.", ["KEN>UGA 04 asserted"]],
  ],
  "what is denied is negated, what is said is reported": [
    ["Uganda denied attacking Somalia.", ["UGA>SOM 18 negated"]],
    ["Kenya denied that Uganda had attacked Somalia.", ["UGA>SOM 18 negated"]],
    ["Kenya said that Uganda had attacked Somalia.", ["UGA>SOM 18 reported"]],
  ],
  "negation does not reach into a clause the negated verb governs": [
    ["Kenya did not say that Uganda had shelled Somalia.", ["UGA>SOM 18 reported"]],
  ],
  "future and plans: 'will' and the verbs that govern the trigger through xcomp": [
    ["Kenya will meet Uganda.", ["KEN>UGA 04 planned"]],
    ["Kenya met Uganda.", ["KEN>UGA 04 asserted"]],
    ["Kenya plans to deport Somali citizens.", ["KEN>SOM 17 planned"]],
    // A plan in the past tense is still only a plan.
    ["Kenya planned to deport Somali citizens.", ["KEN>SOM 17 planned"]],
    // What a threat threatens is not done: "threat to" is the noun's "threatened to".
    [
      "Kenya's threat to expel Ugandan diplomats alarmed the region.",
      ["KEN>UGA 13 asserted", "KEN>UGA 16 planned"],
    ],
    ["Kenya is expected to sign an accord with Uganda.", ["KEN>UGA 05 planned"]],
    ["Kenya is set to sanction Uganda.", ["KEN>UGA 16 planned"]],
    ["Kenya is due to meet Uganda.", ["KEN>UGA 04 planned"]],
    // A threat is a fact; the act threatened is not done.
    ["Kenya threatened to expel Ugandan diplomats.", ["KEN>UGA 13 asserted", "KEN>UGA 16 planned"]],
    ["Kenya expelled Ugandan diplomats.", ["KEN>UGA 16 asserted"]],
  ],
  "hedges and attribution": [
    ["Kenya reportedly shelled Uganda.", ["KEN>UGA 18 reported"]],
    ["Kenya shelled Uganda.", ["KEN>UGA 18 asserted"]],
    ["According to Ugandan media, Kenya shelled Uganda.", ["KEN>UGA 18 reported"]],
    // A hedge covers its own clause, not the next one.
    [
      "Kenya allegedly shelled Uganda in May, and Ethiopia later shelled Somalia.",
      ["KEN>UGA 18 reported", "ETH>SOM 18 asserted"],
    ],
  ],
  "reported speech: hearsay unless the speaker tells of their own act": [
    ["Officials said Kenya had shelled Uganda.", ["KEN>UGA 18 reported"]],
    ["Kenya shelled Uganda, analysts said.", ["KEN>UGA 18 reported"]],
    ["Kenya said it had deported Ugandan citizens.", ["KEN>UGA 17 asserted"]],
    ["Ethiopia said Kenya had deported Ugandan citizens.", ["KEN>UGA 17 reported"]],
    ["Kenyan media reported that Uganda had shelled Somalia.", ["UGA>SOM 18 reported"]],
    // Either side of a cooperative act speaks of its own act.
    ["Kenya said it was buying arms from Uganda.", ["UGA>KEN 06 asserted"]],
    ["Kenya said Uganda had sold arms to Ethiopia.", ["UGA>ETH 06 reported"]],
    // A clause of time under a report is not what was reported.
    ["Uganda announced that Kenya had deported Ugandan citizens.", ["KEN>UGA 17 reported"]],
    ["Uganda announced sanctions when Kenya deported Ugandan citizens.", ["KEN>UGA 17 asserted"]],
    // Unnamed sourcing after the sentence, as news is written, leaves it as told.
    ["Kenya will meet Uganda in May, officials said.", ["KEN>UGA 04 planned"]],
    // A reporting phrase after the report reads the same however the parser hangs it: the quotation as
    // the report's complement, the report as a conjunct; a named third party's words are hearsay.
    ['"Kenya detained Ugandan soldiers," officials said.', ["KEN>UGA 17 asserted"]],
    ['"Kenya detained Ugandan soldiers," Ethiopia\'s foreign minister said.', ["KEN>UGA 17 reported"]],
    ["Kenya detained Ugandan soldiers, Ethiopia said.", ["KEN>UGA 17 reported"]],
    [
      "Kenya detained Ugandan soldiers, Ethiopia said, adding that they were traders.",
      ["KEN>UGA 17 reported"],
    ],
    // A statement beside the act, with a report of its own, does not attribute it.
    ["Kenya detained Ugandan soldiers; Ethiopia says they were traders.", ["KEN>UGA 17 asserted"]],
    // What an actor said is a fact; what it claims of another is not.
    ["Uganda accused Kenya of shelling Somalia.", ["UGA>KEN 11 asserted", "KEN>SOM 18 reported"]],
    // What an accusation says of another is a claim, however the parser hangs the clause.
    [
      "Uganda's accusation that Kenya had shelled Somalia drew a sharp reply.",
      ["UGA>KEN 11 asserted", "KEN>SOM 18 reported"],
    ],
    // In someone's words "would" is their "will".
    ["Kenya said it would meet Uganda.", ["KEN>UGA 04 planned"]],
  ],
  "conditionals: the 'if' clause and its main clause": [
    [
      "If Kenya assaults Uganda, Ethiopia would sanction Kenya.",
      ["KEN>UGA 19 hypothetical", "ETH>KEN 16 hypothetical"],
    ],
    [
      "Ethiopia would sanction Kenya if it assaulted Uganda.",
      ["ETH>KEN 16 hypothetical", "ETH>UGA 19 hypothetical"],
    ],
    ["Ethiopia will sanction Kenya unless it withdraws.", ["ETH>KEN 16 hypothetical"]],
    ["Ethiopia will sanction Kenya after it withdraws.", ["ETH>KEN 16 planned"]],
    ["Kenya could sanction Uganda.", ["KEN>UGA 16 hypothetical"]],
  ],
  "what an appeal or a demand asks another actor to do is not done": [
    ["Algeria expelled Tunisian diplomats.", ["DZA>TUN 16 asserted"]],
    [
      "Morocco pressed Algeria to expel Tunisian diplomats.",
      ["MAR>DZA 02 asserted", "DZA>TUN 16 hypothetical"],
    ],
    // Down a chain of infinitives: the helping and the persuading are both asked for.
    ["Kenya urged Uganda to help Sudan.", ["KEN>UGA 02 asserted", "UGA>SDN 07 hypothetical"]],
    ["Uganda helped Sudan.", ["UGA>SDN 07 asserted"]],
    ["Kenya urged Uganda to try to persuade Sudan.", ["KEN>UGA 02 asserted", "UGA>SDN 02 hypothetical"]],
    // Agreeing is no appeal: the sale it governs is to come.
    ["Brazil agreed to sell arms to Angola.", ["BRA>AGO 06 asserted"]],
    // A leader's word to forces no actor names is an order, carried out as told.
    ["Kenya's president asked the army to shell Somali positions.", ["KEN>SOM 18 asserted"]],
    // A demand made with a noun ("a demand for X to …") or a mandative "that" clause asks as the verb does.
    [
      "Talks began despite a Moroccan demand for Algeria to expel Tunisian diplomats.",
      ["MAR>DZA 10 asserted", "DZA>TUN 16 hypothetical"],
    ],
    [
      "Morocco demanded that Algeria expel Tunisian diplomats.",
      ["MAR>DZA 10 asserted", "DZA>TUN 16 hypothetical"],
    ],
    [
      "Morocco demanded that Algeria should expel Tunisian diplomats.",
      ["MAR>DZA 10 asserted", "DZA>TUN 16 hypothetical"],
    ],
  ],
  "what a weapon is capable of is not done": [
    ["Kenya has built a rocket capable of targeting Uganda.", ["KEN>UGA 18 hypothetical"]],
    ["Kenya has built a rocket and is targeting Uganda.", ["KEN>UGA 18 asserted"]],
  ],
  "what an actor is considering or discussing is not done": [
    ["Kenya is considering sending troops to Uganda.", ["KEN>UGA 15 hypothetical"]],
    ["Kenya is discussing sending troops to Uganda.", ["KEN>UGA 15 hypothetical"]],
    ["Kenya sent troops to Uganda.", ["KEN>UGA 15 asserted"]],
    // What is left open by "whether" has not been decided, even where the deciding verb is the one coded.
    [
      "A Kenyan court will decide whether to block Uganda's auction of its oil arm.",
      ["KEN>UGA 03 hypothetical"],
    ],
    ["Kenya will decide whether to attack Uganda.", ["KEN>UGA 18 hypothetical"]],
    ["Kenya asked Uganda whether it would withdraw.", ["KEN>UGA 02 asserted"]],
  ],
  "what a bid or an attempt is for is intended, not done": [
    ["Kenya blocked Uganda's bid to join NATO.", ["KEN>UGA 17 asserted", "UGA>NATO 04 planned"]],
    ["Uganda joined NATO.", ["UGA>NATO 04 asserted"]],
  ],
  "what is feared or risked has not happened": [
    ["The rhetoric has raised fears of a war between Kenya and Uganda.", ["KEN>UGA 19 hypothetical"]],
    ["The region is on the brink of war between Kenya and Uganda.", ["KEN>UGA 19 hypothetical"]],
    ["The rhetoric has followed years of war between Kenya and Uganda.", ["KEN>UGA 19 asserted"]],
    ["A war between Kenya and Uganda loomed.", ["KEN>UGA 19 hypothetical"]],
    // What the noun is said to go on doing is in its clause; what is done to it is not.
    ["A war between Kenya and Uganda continued to loom.", ["KEN>UGA 19 hypothetical"]],
    ["A war between Kenya and Uganda continued to rage.", ["KEN>UGA 19 asserted"]],
    ["Kenya's investment in Uganda seems set to be cut.", ["KEN>UGA 06 asserted"]],
  ],
  "war talked about is war in general or one to come; a definite one happened": [
    ["Kenya's rhetoric about war with Uganda worried investors.", ["KEN>UGA 19 hypothetical"]],
    ["Kenya's rhetoric about a war with Uganda worried investors.", ["KEN>UGA 19 hypothetical"]],
    ["Kenya's rhetoric about its war with Uganda worried investors.", ["KEN>UGA 19 asserted"]],
    ["Kenya's war with Uganda worried investors.", ["KEN>UGA 19 asserted"]],
  ],
  "what a verb of prevention keeps its object from is not done, and the object is its doer": [
    ["Algeria barred Tunisia from sanctioning Morocco.", ["DZA>TUN 17 asserted", "TUN>MAR 16 hypothetical"]],
    ["Tunisia sanctioned Morocco.", ["TUN>MAR 16 asserted"]],
    ["Kenya warned Uganda against shelling Somalia.", ["KEN>UGA 13 asserted", "UGA>SOM 18 hypothetical"]],
    // Praise is for what was done, by the one praised.
    ["Kenya praised Uganda for helping Sudan.", ["KEN>UGA 05 asserted", "UGA>SDN 07 asserted"]],
  ],
};

describe("modality from the dependency tree", () => {
  for (const [phenomenon, rows] of Object.entries(table)) {
    describe(phenomenon, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(records(text)).toEqual(expected);
      });
    });
  }
});

describe("modality from the word window (sentences without a parse)", () => {
  const cues = loadModalityCues();
  // analyse() tokenises without parsing: every token's head is -1.
  const modality = (text: string, trigger: string) => {
    const sentence = analyse(text, [{ start: 0, end: text.length }])[0]!;
    const at = sentence.tokens.findIndex((t) => t.text === trigger);
    return windowModality({ sentence, first: at, last: at, voices: [], dates: [] }, cues);
  };
  it.each([
    ["Kenya did not sign the accord.", "sign", "negated"],
    ["Kenya will sign the accord.", "sign", "planned"],
    ["Kenya reportedly signed the accord.", "signed", "reported"],
    ["If Kenya signs the accord, it gains.", "signs", "hypothetical"],
    ["Kenya signed the accord.", "signed", "asserted"],
  ])("%s (%s) → %s", (text, trigger, expected) => {
    expect(analyse(text, [{ start: 0, end: text.length }])[0]!.parsed).toBe(false);
    expect(modality(text, trigger)).toBe(expected);
  });
});

describe("the cue list is checked when loaded", () => {
  const good = {
    negation: ["not"],
    hypothetical: ["if"],
    planned: ["will"],
    reported: ["reportedly"],
    hedges: ["reportedly"],
    conditional: ["if"],
    speech: ["say"],
    prevention: ["prevent"],
    cancellation: ["call off"],
  };
  it.each([
    ["a list that is missing", { ...good, speech: undefined }, /"speech" must be a list/],
    ["an unknown list", { ...good, rumours: ["x"] }, /unknown cue list "rumours"/],
    ["an empty phrase", { ...good, negation: ["not", " "] }, /"negation"\[1\] must be a non-empty phrase/],
    ["not an object", ["not"], /expected an object/],
  ])("rejects %s, naming the file", (_what, raw, message) => {
    expect(() => parseModalityCues(raw, "cues/modality.json")).toThrow(message);
    expect(() => parseModalityCues(raw, "cues/modality.json")).toThrow(/cues\/modality\.json/);
  });
  it("reads the bundled file, with curly apostrophes straightened", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-cues-"));
    const file = join(dir, "modality.json");
    writeFileSync(file, JSON.stringify({ ...good, negation: ["Won’t"] }));
    expect(loadModalityCues([file]).negation).toEqual(["won't"]);
    expect(loadModalityCues().negation).toContain("not");
  });
  it("adds the cues of an extra folder's file, which may name only the lists it adds to", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-cues-"));
    const extra = join(dir, "modality.json");
    writeFileSync(extra, JSON.stringify({ hedges: ["Supposably"] }));
    const bundled = loadModalityCues();
    const both = loadModalityCues([...loadModalityCuesFiles(), extra]);
    expect(bundled.hedges).not.toContain("supposably");
    expect(both.hedges).toEqual([...bundled.hedges, "supposably"]);
    expect(both.negation).toEqual(bundled.negation);
  });
});
