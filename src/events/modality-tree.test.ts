import { describe, expect, it } from "vitest";
import type { Sentence, Token } from "../domain/types.js";
import { loadModalityCues, modalityOf } from "./modality.js";
import { treeOf } from "./tree.js";

// Modality on trees written by hand: the parser's own mistakes, which a sentence cannot be relied on
// to reproduce as the model changes. Each word: [text, head (1-based, 0 root), relation, pos, tag].
type Word = [string, number, string, string, string];

function sentence(words: Word[]): Sentence {
  let at = 0;
  const tokens: Token[] = words.map(([text, head, rel, pos, tag], index) => {
    const start = at;
    at += text.length + 1;
    return {
      index,
      text,
      lemma: text.toLowerCase(),
      pos,
      start,
      end: start + text.length,
      head: head - 1,
      rel,
      tag,
    };
  });
  return {
    index: 0,
    paragraph: 0,
    start: 0,
    end: at - 1,
    text: words.map((w) => w[0]).join(" "),
    tokens,
    parsed: true,
  };
}

const cues = loadModalityCues();
const modality = (words: Word[], trigger: number) => {
  const s = sentence(words);
  return modalityOf(
    {
      sentence: s,
      first: trigger,
      last: trigger,
      head: trigger,
      voices: [],
      dates: [],
      tree: treeOf(s),
      mentions: [],
      source: [],
    },
    cues,
  );
};

// "Kenya will shoot Somali drones down if it buys radars", with the adverbial clause under the verb
// (right) or under its object (a parser error: in UD an adverbial clause never modifies a noun).
const conditional = (head: number, mark: string): Word[] => [
  ["Kenya", 3, "nsubj", "PROPN", "NNP"],
  ["will", 3, "aux", "AUX", "MD"],
  ["shoot", 0, "root", "VERB", "VB"],
  ["Somali", 5, "amod", "ADJ", "JJ"],
  ["drones", 3, "obj", "NOUN", "NNS"],
  ["down", 3, "compound:prt", "ADP", "RP"],
  [mark, 9, "mark", "SCONJ", "IN"],
  ["it", 9, "nsubj", "PRON", "PRP"],
  ["buys", head, "advcl", "VERB", "VBZ"],
  ["radars", 9, "obj", "NOUN", "NNS"],
];

describe("a conditional clause makes the act it conditions hypothetical", () => {
  it.each([
    ["under the verb", 3, "if", "hypothetical"],
    ["hung on the verb's object", 5, "if", "hypothetical"],
    ["a clause of time under the verb", 3, "when", "planned"],
    ["a clause of time hung on the object", 5, "when", "planned"],
  ])("%s ('%s')", (_, head, mark, expected) => {
    expect(modality(conditional(head, mark), 2)).toBe(expected);
  });
});
