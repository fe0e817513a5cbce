// An apposition between commas after a subject, misparsed as a verbless clause's predicate: hand-built parses,
// each with a minimal pair where the verb after the closing comma has a subject of its own.
import { describe, expect, it } from "vitest";
import { verbAfterAppositive } from "./appositive-subject.js";
import { parsedWords as parse } from "../../test-support/parsed-words.js";

const forms = (spec: string) => spec.split(" ").map((w) => w.split("/")[0]!);
const arcs = (spec: string) => {
  const words = verbAfterAppositive(forms(spec), parse(spec));
  return words.map((w, i) => `${forms(spec)[i]} ${w.rel} ${w.head < 0 ? "ROOT" : forms(spec)[w.head]}`);
};

// She said that Chile, the bloc's main ally, had sent an envoy: "ally" read as the clause's head.
const MISPARSE =
  "She/PRON/PRP/1/nsubj said/VERB/VBD/-1/root that/SCONJ/IN/9/mark Chile/PROPN/NNP/9/nsubj ,/PUNCT/,/9/punct " +
  "the/DET/DT/6/det bloc/NOUN/NN/9/nmod:poss 's/PART/POS/6/case main/ADJ/JJ/9/amod ally/NOUN/NN/1/ccomp " +
  ",/PUNCT/,/12/punct had/AUX/VBD/12/aux sent/VERB/VBN/1/conj an/DET/DT/14/det envoy/NOUN/NN/12/obj ./PUNCT/./1/punct";
// The same words with "they" for "had": the verb has a subject, so the noun may head a clause of its own.
const OWN_SUBJECT = MISPARSE.replace("had/AUX/VBD/12/aux", "they/PRON/PRP/12/nsubj").replace(
  "sent/VERB/VBN",
  "sent/VERB/VBD",
);

describe("an apposition between commas after a subject", () => {
  it.each([
    [
      "the verb after the closing comma takes the noun's place",
      MISPARSE,
      ["sent ccomp said", "Chile nsubj sent", "ally appos Chile", "that mark sent"],
    ],
    ["a verb with its own subject is left alone", OWN_SUBJECT, ["ally ccomp said", "Chile nsubj ally"]],
  ])("%s", (_name, spec, expected) => {
    const got = arcs(spec);
    for (const arc of expected) expect(got).toContain(arc);
  });
});
