/**
 * A repair of the greedy parse: a gerund clause after a preposition keeps its subject. In "trade fell
 * despite Moscow denouncing the tests", arc-eager attaches "despite Moscow" to "fell" as a phrase before it
 * reads the gerund, which then hangs on "fell" as a clause with no subject. Where a gerund clause with no
 * subject or subordinator of its own follows, with nothing between, a noun phrase of the same verb opened
 * by a preposition that takes such clauses ("despite", "with", "without"), the noun is
 * the gerund's subject and the preposition its subordinator, as Universal Dependencies has them.
 */
import type { ParsedWord } from "./parse-words.js";
import { phraseSpans } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
const SUBORDINATORS = new Set(["despite", "with", "without"]);

export function subjectsOfGerunds(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  if (!words.some((w) => w.xpos === "VBG" && w.rel === "advcl")) return words;
  const { leftmost, rightmost } = phraseSpans(words);
  let out = words;
  words.forEach((v, verb) => {
    if (v.xpos !== "VBG" || v.rel !== "advcl" || v.head < 0) return;
    // A progressive ("people are suffering") is a finite clause, not a gerund.
    if (words.some((w) => w.head === verb && /^(?:nsubj|csubj|expl|mark|aux)/.test(w.rel))) return;
    // Only adverbs may stand between the phrase and the gerund ("Moscow repeatedly and firmly denouncing"); a comma
    // ends the phrase ("met with lobbyists, inviting…": the sentence's own clause).
    let start = verb;
    const adverbial = (w: ParsedWord) =>
      (w.xpos === "RB" || w.xpos === "CC") && (w.head === verb || words[w.head]?.head === verb);
    while (start > 0 && adverbial(words[start - 1]!)) start--;
    const noun = words.findIndex(
      (w, n) => n < start && rightmost[n] === start - 1 && w.head === v.head && w.rel === "obl",
    );
    if (noun < 0 || !NOMINAL.has(words[noun]!.upos) || words[start - 1]!.upos === "PUNCT") return;
    // A bare common noun before a gerund is a compound ("without test firing a missile").
    const modified = words.some((w) => w.head === noun && w.rel !== "case");
    if (words[noun]!.upos === "NOUN" && !modified) return;
    const first = leftmost[noun]!;
    const opener = words[first]!;
    if (opener.head !== noun || opener.rel !== "case") return;
    if (!SUBORDINATORS.has(forms[first]!.toLowerCase())) return;
    out = out.map((w, i) => {
      if (i === noun) return { ...w, head: verb, rel: "nsubj" };
      if (i === first) return { ...w, head: verb, rel: "mark" };
      return w;
    });
  });
  return out;
}
