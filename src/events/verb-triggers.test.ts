import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";

// Triggers from the PETRARCH-2 verb dictionary (verb-triggers.ts) through the public pipeline. Each
// row: a sentence and its records as "SOURCE>TARGET root rule", the rule naming the verb family and
// the line of CAMEO.2.0.txt it came from (the pattern's, else the verb's).
const extractor = createExtractor();
const records = (text: string) =>
  extract(text, { extractor }).events.map((e) => `${e.source}>${e.target} ${e.code} ${e.rule}`);

type Row = [string, string[]];

const table: Record<string, Row[]> = {
  "a verb with no matching pattern takes its family's code": [
    ["Norway celebrated Vietnam.", ["NOR>VNM 05 verb.acclaim@CAMEO.2.0.txt:5815:051"]],
    ["Kenya assaulted Uganda.", ["KEN>UGA 19 verb.physical_conflict@CAMEO.2.0.txt:8880:190"]],
    ["Vietnam retreated from Cambodia.", ["VNM>KHM 08 verb.retreat@CAMEO.2.0.txt:6906:080"]],
  ],
  "a light verb codes only through a pattern, never by its family's default": [
    ["Peru took a softer tone on Chile.", []],
    ["Peru took new measures against Chile.", []],
    // The same family's content verbs keep its default.
    ["Kenya grabbed Ugandan soldiers.", ["KEN>UGA 17 verb.apprehend@CAMEO.2.0.txt:8137:171"]],
  ],
  "a verb of naming with a name codes only through a pattern": [
    ["Kenya called Uganda on Thursday.", ["KEN>UGA 04 verb.call@CAMEO.2.0.txt:5482:041"]],
    ["The Kenyan militia has taken to calling itself the Ugandan army.", []],
  ],
  // data/cues/reciprocal.json: with several subjects and no counterpart, an act done with each other is
  // between them (one symmetric record); a verb not listed stays uncoded without a counterpart.
  "an act done with each other among coordinated subjects": [
    ["Kenya and Uganda discussed the border dispute.", ["KEN>UGA 04 verb.confer@CAMEO.2.0.txt:4360:040"]],
    ["Kenya and Uganda considered the border dispute.", []],
    ["Kenya discussed the border dispute.", []],
    ["Kenya discussed the border dispute with Uganda.", ["KEN>UGA 04 verb.confer@CAMEO.2.0.txt:4380:046"]],
  ],
  "a blocking pattern stops the verb, the same verb elsewhere codes": [
    ["Norway celebrated Christmas with Vietnam.", []],
    ["Norway celebrated the victory with Vietnam.", ["NOR>VNM 05 verb.acclaim@CAMEO.2.0.txt:5815:051"]],
  ],
  "a family without a default code codes only through a pattern": [
    ["Vietnam embraced Cambodia.", []],
    ["Vietnam accepted Cambodia's proposal.", ["VNM>KHM 03 verb.embrace@CAMEO.2.0.txt:1688:032"]],
    ["Peru moved troops within Ecuador.", []],
  ],
  "the most specific pattern sets the code": [
    // "* &MILITARY" (0874, military withdrawal) over the family's 080.
    ["Vietnam withdrew its troops from Cambodia.", ["VNM>KHM 08 verb.retreat@CAMEO.2.0.txt:6913:0874"]],
    ["Kenya deported Somali citizens.", ["KEN>SOM 17 verb.deport@CAMEO.2.0.txt:8389:174"]],
  ],
  "a pattern's prepositional phrase names the target": [
    ["Peru moved troops into Ecuador.", ["PER>ECU 19 verb.move@CAMEO.2.0.txt:2455:192"]],
    ["Kenya fired rockets into Somalia.", ["KEN>SOM 19 verb.explosive_destruction@CAMEO.2.0.txt:8769:194"]],
    // "over" names the target as "into" does, but force past a state is a show of force (150), not an attack on it;
    // over the sea there is no one to act on.
    ["Kenya fired rockets over Somalia.", ["KEN>SOM 15 verb.explosive_destruction@CAMEO.2.0.txt:8778:150"]],
    ["Kenya fired rockets over the sea.", []],
  ],
  "a participle modifying a noun acts on it, and its 'by' phrase is the doer (reduced passive)": [
    ["Levies imposed on Somalia by Kenya hurt trade.", ["KEN>SOM 17 verb.impose@CAMEO.2.0.txt:8073:170"]],
    ["Sanctions imposed on Somalia by Kenya hurt trade.", ["KEN>SOM 16 verb.impose@CAMEO.2.0.txt:8084:163"]],
    ["Sanctions imposed on Somalia hurt trade.", []],
  ],
  "a phrase of time fills no pattern's preposition ('call on' is an appeal, 'called on Monday' a call)": [
    ["Kenya called Uganda on Monday.", ["KEN>UGA 04 verb.call@CAMEO.2.0.txt:5482:041"]],
    ["Kenya called Uganda.", ["KEN>UGA 04 verb.call@CAMEO.2.0.txt:5482:041"]],
  ],
  "a phone call is a consultation by telephone (041), as the verb 'call' is": [
    ["Kenya held a phone call with Uganda.", ["KEN>UGA 04 talks.phone:041"]],
    ["Kenya and Uganda held a telephone conversation.", ["KEN>UGA 04 talks.phone:041"]],
    ["Kenya cut phone lines to Uganda.", []],
  ],
  "a governing verb absorbs the infinitive it governs": [
    ["Kenya agreed to deport Somali citizens.", ["KEN>SOM 05 verb.agree@CAMEO.2.0.txt:5608:050"]],
  ],
  "a verb of taking part is the act it takes part in, where a rule codes that act": [
    ["Peru took part in the summit with Chile.", ["PER>CHL 04 talks.noun:046"]],
    ["Peru engaged in talks with Chile.", ["PER>CHL 04 talks.noun:046"]],
    // Without an act it takes part in, the verb keeps its own sense ("engage" an enemy: fight it).
    ["Peru engaged Chile.", ["PER>CHL 19 verb.engage@CAMEO.2.0.txt:8682:190"]],
  ],
  "taking over an office assumes it: dyad's own blocking patterns (refinements.json)": [
    ["Peru took over the presidency of the Andean Community.", []],
    ["Peru took over the Chilean embassy.", ["PER>CHL 17 verb.take_control@CAMEO.2.0.txt:8277:171"]],
  ],
  "firing off a weapon fires it; PETRARCH's 'fire off' fires off words (refinements.json)": [
    [
      "Kenya, led by its president, fired off a missile over Uganda.",
      ["KEN>UGA 15 verb.explosive_destruction@refinements.json:?:150"],
    ],
  ],
  "breaking a rule or record attacks no one; breaking a ceasefire violates it (refinements.json)": [
    ["Kenya has broken the African Union's rules.", []],
    ["Kenya has broken the Ugandan army.", ["KEN>UGA 19 verb.destroy@CAMEO.2.0.txt:8619:190"]],
    [
      "Kenya broke the ceasefire it had agreed with Uganda.",
      ["KEN>UGA 19 verb.destroy@refinements.json:?:196", "KEN>UGA 03 verb.agree@CAMEO.2.0.txt:5613:030"],
    ],
  ],
  "a hostile act PETRARCH pairs with itself ([193:193]) is each side's; a cooperative one stays one joint act":
    [
      [
        "Kenya and Uganda exchanged fire along the border.",
        ["KEN>UGA 19 verb.trade@CAMEO.2.0.txt:6530:193", "UGA>KEN 19 verb.trade@CAMEO.2.0.txt:6530:193"],
      ],
      [
        "Kenyan troops exchanged fire with Ugandan soldiers.",
        ["KEN>UGA 19 verb.trade@CAMEO.2.0.txt:6530:193", "UGA>KEN 19 verb.trade@CAMEO.2.0.txt:6530:193"],
      ],
      ["Kenya exchanged fire.", []],
      ["Kenya discussed the dispute with Uganda.", ["KEN>UGA 04 verb.confer@CAMEO.2.0.txt:4380:046"]],
    ],
  "water cannon and rubber bullets repress; rockets bombard (refinements.json)": [
    [
      "Kenyan police fired water cannon at a Ugandan vessel.",
      ["KEN>UGA 17 verb.explosive_destruction@refinements.json:?:175"],
    ],
    [
      "Kenyan police fired rockets at a Ugandan vessel.",
      ["KEN>UGA 19 verb.explosive_destruction@CAMEO.2.0.txt:8772:194"],
    ],
  ],
  "a ranking passed is no state overrun (refinements.json)": [
    ["China overtook Japan as the largest exporter.", []],
    ["China overtook Japan.", ["CHN>JPN 19 verb.destroy@CAMEO.2.0.txt:8576:190"]],
  ],
  "talks and mediation (04) reach the parties they are between; a description does not": [
    [
      "Norwegian mediators brokered a ceasefire between Kenya and Uganda.",
      ["NOR>KEN 04 verb.bargain@CAMEO.2.0.txt:5637:045", "NOR>UGA 04 verb.bargain@CAMEO.2.0.txt:5637:045"],
    ],
    ["Norway brokered a ceasefire.", []],
    ["Norway described the accord between Kenya and Uganda as historic.", []],
  ],
  "an agreement among several subjects with no counterpart is between them (cues/reciprocal.json)": [
    ["Kenya and Uganda agreed to reopen their border.", ["KEN>UGA 05 verb.agree@CAMEO.2.0.txt:5608:050"]],
    ["Kenya agreed to reopen its border.", []],
  ],
  "the hand-written lexicon takes its verbs first": [
    ["Kenya shelled Somalia.", ["KEN>SOM 18 assault.verb:180"]],
  ],
};

describe.each(Object.entries(table))("verb dictionary triggers: %s", (_phenomenon, rows) => {
  it.each(rows)("%s", (sentence, expected) => {
    expect(records(sentence)).toEqual(expected);
  });
});
