// "as" before a noun phrase and a finite verb opens a clause; before a phrase that ends where the verb's own
// phrase begins it is a preposition. Hand-built parses as the greedy parser leaves them, and minimal pairs.
import { describe, expect, it } from "vitest";
import { asClauses } from "./as-clause.js";
import { parsedWords as parse } from "../../test-support/parsed-words.js";

const forms = (spec: string) => spec.split(" ").map((w) => w.split("/")[0]!);

describe("'as' before a noun phrase", () => {
  it.each([
    // The talks ended as Chilean troops hold drills: "as troops" left as an oblique of "ended".
    [
      "before a finite verb with no subject, beside the phrase, it marks that verb's clause",
      "The/DET/DT/1/det talks/NOUN/NNS/2/nsubj ended/VERB/VBD/-1/root as/ADP/IN/5/case Chilean/ADJ/JJ/5/amod " +
        "troops/NOUN/NNS/2/obl hold/VERB/VBP/2/parataxis drills/NOUN/NNS/6/obj ./PUNCT/./2/punct",
      { 3: { head: 6, rel: "mark" }, 5: { head: 6, rel: "nsubj" }, 6: { head: 2, rel: "advcl" } },
    ],
    // As the winner, Peru hosted the games: the phrase hangs on the verb it precedes, which has its subject.
    [
      "before a verb with a subject of its own it stays a preposition",
      "As/ADP/IN/2/case the/DET/DT/2/det winner/NOUN/NN/5/obl ,/PUNCT/,/2/punct Peru/PROPN/NNP/5/nsubj " +
        "hosted/VERB/VBD/-1/root the/DET/DT/7/det games/NOUN/NNS/5/obj ./PUNCT/./5/punct",
      { 0: { head: 2, rel: "case" }, 2: { head: 5, rel: "obl" } },
    ],
    // The same words with "such" before "as": "as" that joins phrases.
    [
      "after 'such' it stays a preposition",
      "The/DET/DT/1/det talks/NOUN/NNS/2/nsubj ended/VERB/VBD/-1/root such/ADJ/JJ/6/amod as/ADP/IN/6/case " +
        "Chilean/ADJ/JJ/6/amod troops/NOUN/NNS/2/obl hold/VERB/VBP/2/parataxis drills/NOUN/NNS/7/obj ./PUNCT/./2/punct",
      { 4: { head: 6, rel: "case" }, 7: { head: 2, rel: "parataxis" } },
    ],
    // What began as a drill became a crisis: the verb is the clause's complement, not a clause left alone.
    [
      "before a verb the parser made a complement it stays a preposition",
      "What/PRON/WP/1/nsubj began/VERB/VBD/-1/root as/ADP/IN/4/case a/DET/DT/4/det drill/NOUN/NN/1/obl " +
        "became/VERB/VBD/1/xcomp a/DET/DT/7/det crisis/NOUN/NN/5/xcomp ./PUNCT/./1/punct",
      { 2: { head: 4, rel: "case" }, 5: { head: 1, rel: "xcomp" } },
    ],
  ])("%s", (_name, spec, want) => {
    const got = asClauses(forms(spec), parse(spec));
    for (const [i, arc] of Object.entries(want)) {
      const w = got[Number(i)]!;
      expect({ head: w.head, rel: w.rel }).toEqual(arc);
    }
  });
});
