// A name after a comma and a noun phrase of a clause renames the phrase; after a greeting heading the sentence it
// is a vocative. Hand-built parses, a minimal pair of where the phrase before the comma stands.
import { describe, expect, it } from "vitest";
import { vocativesAsAppositions } from "./vocative-apposition.js";
import { parsedWords as parse } from "../../test-support/parsed-words.js";

const forms = (spec: string) => spec.split(" ").map((w) => w.split("/")[0]!);

describe("a name after a comma and a noun phrase", () => {
  it.each([
    // Seoul urged its allies, Chile and Peru, to act: "Chile" read as a vocative of "act".
    [
      "after a verb's object it renames the object",
      "Seoul/PROPN/NNP/1/nsubj urged/VERB/VBD/-1/root its/PRON/PRP$/3/nmod:poss allies/NOUN/NNS/1/obj " +
        ",/PUNCT/,/5/punct Chile/PROPN/NNP/11/vocative and/CCONJ/CC/7/cc Peru/PROPN/NNP/5/conj ,/PUNCT/,/11/punct " +
        "to/PART/TO/11/mark act/VERB/VB/1/advcl ./PUNCT/./1/punct",
      5,
      { head: 3, rel: "appos" },
    ],
    // Thanks, Maria: a greeting heads the sentence, and the name after it is the one addressed.
    [
      "after a greeting heading the sentence it stays a vocative",
      "Thanks/NOUN/NNS/-1/root ,/PUNCT/,/2/punct Maria/PROPN/NNP/0/vocative ./PUNCT/./0/punct",
      2,
      { head: 0, rel: "vocative" },
    ],
  ])("%s", (_name, spec, word, want) => {
    const got = vocativesAsAppositions(forms(spec), parse(spec))[word]!;
    expect({ head: got.head, rel: got.rel }).toEqual(want);
  });
});
