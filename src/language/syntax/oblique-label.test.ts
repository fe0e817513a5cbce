// The obl/nmod label of a phrase follows its head: hand-built parses, each a minimal pair of the phrase's head.
import { describe, expect, it } from "vitest";
import { obliqueLabels } from "./oblique-label.js";
import type { ParsedWord } from "./parse-words.js";

/** "form/UPOS/head/rel" per word, head as a 0-based index or -1 for the root. */
const parse = (spec: string): ParsedWord[] =>
  spec.split(" ").map((w) => {
    const [, upos = "X", head = "-1", rel = "dep"] = w.split("/");
    return { upos, xpos: "_", head: Number(head), rel };
  });

describe("the label of a phrase with a preposition", () => {
  it.each([
    // talks in Geneva: under a noun that heads no clause, nmod.
    [
      "a phrase under a noun",
      "Peru/PROPN/1/nsubj held/VERB/-1/root talks/NOUN/1/obj in/ADP/4/case Geneva/PROPN/2/obl",
      4,
      "nmod",
    ],
    // in Geneva under the verb: obl stays.
    [
      "a phrase under a verb",
      "Peru/PROPN/1/nsubj held/VERB/-1/root talks/NOUN/1/obj in/ADP/4/case Geneva/PROPN/1/obl",
      4,
      "obl",
    ],
    // He was envoy in Geneva: the noun heads a clause (copula, subject), obl stays.
    [
      "a phrase under a nominal predicate",
      "He/PRON/2/nsubj was/AUX/2/cop envoy/NOUN/-1/root in/ADP/4/case Geneva/PROPN/2/obl",
      4,
      "obl",
    ],
    // An nmod under a word tagged as a verb is left alone: the tag may be wrong.
    [
      "nmod under a verb",
      "Peru/PROPN/1/nsubj held/VERB/-1/root talks/NOUN/1/obj in/ADP/4/case Geneva/PROPN/1/nmod",
      4,
      "nmod",
    ],
  ])("%s", (_name, spec, word, rel) => {
    expect(obliqueLabels(parse(spec))[word]!.rel).toBe(rel);
  });
});
