// The obl/nmod label of a phrase follows its head: hand-built parses, each a minimal pair of the phrase's head.
import { describe, expect, it } from "vitest";
import { obliqueLabels } from "./oblique-label.js";
import { parsedWords as parse } from "../../test-support/parsed-words.js";

describe("the label of a phrase with a preposition", () => {
  it.each([
    // talks in Geneva: under a noun that heads no clause, nmod.
    [
      "a phrase under a noun",
      "Peru/PROPN/_/1/nsubj held/VERB/_/-1/root talks/NOUN/_/1/obj in/ADP/_/4/case Geneva/PROPN/_/2/obl",
      4,
      "nmod",
    ],
    // in Geneva under the verb: obl stays.
    [
      "a phrase under a verb",
      "Peru/PROPN/_/1/nsubj held/VERB/_/-1/root talks/NOUN/_/1/obj in/ADP/_/4/case Geneva/PROPN/_/1/obl",
      4,
      "obl",
    ],
    // He was envoy in Geneva: the noun heads a clause (copula, subject), obl stays.
    [
      "a phrase under a nominal predicate",
      "He/PRON/_/2/nsubj was/AUX/_/2/cop envoy/NOUN/_/-1/root in/ADP/_/4/case Geneva/PROPN/_/2/obl",
      4,
      "obl",
    ],
    // An nmod under a word tagged as a verb is left alone: the tag may be wrong.
    [
      "nmod under a verb",
      "Peru/PROPN/_/1/nsubj held/VERB/_/-1/root talks/NOUN/_/1/obj in/ADP/_/4/case Geneva/PROPN/_/1/nmod",
      4,
      "nmod",
    ],
  ])("%s", (_name, spec, word, rel) => {
    expect(obliqueLabels(parse(spec))[word]!.rel).toBe(rel);
  });
});
