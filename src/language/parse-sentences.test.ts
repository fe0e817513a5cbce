// What the parse stage corrects in wink's tags: a past participle under a perfect "have", and a gerund
// with a direct object, are verbs, with their verb lemma where a dictionary knows the verb. Minimal pairs keep wink's reading elsewhere.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";
import { parseSentences } from "./parse-sentences.js";
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel } from "./syntax/load-syntax-model.js";

const syntax = existsSync(DEFAULT_SYNTAX_MODEL) ? loadSyntaxModel() : null;
const LEMMAS = new Map([
  ["accused", "accuse"],
  ["warned", "warn"],
  ["expelling", "expel"],
]);

/** The tag and lemma the parse stage leaves on `word` of `text`. */
function reading(text: string, word: string): string {
  const [sentence] = parseSentences(
    syntax!,
    analyse(text, [{ start: 0, end: text.length }]),
    () => true,
    (form) => LEMMAS.get(form),
  );
  const t = sentence!.tokens.find((k) => k.text === word);
  return `${t?.pos} ${t?.lemma}`;
}

describe.skipIf(!syntax)("tags the parse corrects", () => {
  it.each([
    // An adverb between "has" and the participle: wink reads an adjective, the parse a perfect verb.
    ["Chile has long accused Peru of spying.", "accused", "VERB accuse"],
    ["Chile has accused Peru of spying.", "accused", "VERB accuse"],
    ["Chile had repeatedly warned Peru.", "warned", "VERB warn"],
    // No "have": wink's reading stays.
    ["The accused man left Peru.", "accused", "NOUN accused"],
    // A gerund with a direct object is a verb; one without stays the noun wink reads.
    ["Chile barred Peru from expelling Bolivian diplomats.", "expelling", "VERB expel"],
    ["Chile condemned the expelling of Bolivian diplomats.", "expelling", "NOUN expelling"],
  ])("%s (%s)", (text, word, expected) => {
    expect(reading(text, word)).toBe(expected);
  });
});

/** The head and relation the parse gives `word` of `text`, as "relation head-word". */
function attachment(text: string, word: string): string {
  const [sentence] = parseSentences(syntax!, analyse(text, [{ start: 0, end: text.length }]));
  const t = sentence!.tokens.find((k) => k.text === word);
  return `${t?.rel} ${t ? sentence!.tokens[t.head]?.text : undefined}`;
}

describe.skipIf(!syntax)("wink's verb after a name guides the tagger", () => {
  it.each([
    // dyad's greedy tagger reads a verb in -s after a name as a plural noun; wink's verb is taken.
    ["The government of Chile stands in solidarity with Peru.", "government", "nsubj stands"],
    // Where wink reads a noun too, the noun stays.
    ["The Chile plans were rejected by Peru.", "plans", "nsubj:pass rejected"],
  ])("%s (%s)", (text, word, expected) => {
    expect(attachment(text, word)).toBe(expected);
  });
});

describe.skipIf(!syntax)("a sentence has a finite verb", () => {
  it.each([
    // After two names joined by "and", the plain present form is the verb both taggers had read as a noun.
    ["Chile and Peru supply most of the gas to Bolivia.", "supply", "VERB supply"],
    ["Chile and Peru hold naval drills off Bolivia.", "hold", "VERB hold"],
    // Its verb joined to a second one by "and" still needs it.
    ["Chile and Peru supply most of the gas and also host its workers.", "supply", "VERB supply"],
    // A verb elsewhere in the clause leaves the noun a noun.
    ["Chile and Peru supply routes were cut by Bolivia.", "supply", "NOUN supply"],
    // A singular noun agrees with no plain form: a list of nouns is no clause.
    ["Great service and friendly staff at the Lima hotel.", "staff", "NOUN staff"],
  ])("%s (%s)", (text, word, expected) => {
    expect(reading(text, word)).toBe(expected);
  });
});
