// A noun after a fronted phrase's comma is the subject of the verb that follows it: hand-built parses as the
// greedy parser leaves them, each row a minimal pair of the last.
import { describe, expect, it } from "vitest";
import { subjectsAfterFrontedPhrases } from "./conjoined-subject.js";
import { parsedWords as parse } from "../../test-support/parsed-words.js";

// "Despite rain, the Alps provide water." with "Alps" joined to "rain" as one more item of a list.
const FRONTED =
  "Despite/ADP/IN/1/case rain/NOUN/NN/5/obl ,/PUNCT/,/4/punct the/DET/DT/4/det Alps/PROPN/NNPS/1/conj provide/VERB/VBP/-1/root water/NOUN/NN/5/obj ./PUNCT/./5/punct";

describe("the subject after a fronted phrase", () => {
  it.each([
    ["a noun joined across the comma", FRONTED, "nsubj", 5],
    // With its own "and" the noun ends a list inside the phrase.
    ["a noun with its own 'and'", FRONTED.replace("the/DET/DT/4/det", "and/CCONJ/CC/4/cc"), "conj", 1],
    // A participle is no finite verb: the phrase may be all there is.
    ["before a participle", FRONTED.replace("VBP/-1/root", "VBG/-1/root"), "conj", 1],
  ])("%s", (_name, spec, rel, head) => {
    const alps = subjectsAfterFrontedPhrases(parse(spec))[4]!;
    expect([alps.rel, alps.head]).toEqual([rel, head]);
  });
});
