/**
 * A repair of the parse's labels: Universal Dependencies calls a nominal with a preposition `nmod` under
 * another nominal and `obl` under a predicate. The greedy parser chooses the label with the head and can
 * give `obl` to a phrase it hangs on a noun ("talks in Geneva"); such a phrase is `nmod` unless the noun
 * heads a clause (a copula, subject or auxiliary of its own, or the root). The other way round is left as
 * it is: a word tagged as a verb that heads an `nmod` is as often a noun mistagged.
 */
import type { ParsedWord } from "./parse-words.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

export function obliqueLabels(words: ParsedWord[]): ParsedWord[] {
  const predicate = words.map((w) => w.head < 0);
  for (const w of words) if (w.head >= 0 && /^(?:cop|nsubj|csubj|aux)/.test(w.rel)) predicate[w.head] = true;
  return words.map((w) =>
    w.rel === "obl" && w.head >= 0 && NOMINAL.has(words[w.head]!.upos) && !predicate[w.head]
      ? { ...w, rel: "nmod" }
      : w,
  );
}
