/**
 * A repair of the greedy parse: a gerund clause after a preposition keeps its subject. In "trade fell
 * despite Moscow denouncing the tests", arc-eager attaches "despite Moscow" to "fell" as a phrase before it
 * reads the gerund, which then hangs on "fell" as a clause with no subject. Where a gerund clause with no
 * subject or subordinator of its own follows, with nothing between, a noun phrase of the same verb opened
 * by a preposition that takes such clauses ("despite", "with", "without"), the noun is
 * the gerund's subject and the preposition its subordinator, as Universal Dependencies has them. The parser
 * may also hang the phrase on a noun ("said in a statement, despite Moscow…") and join the gerund to the verb
 * as a conjunct: the same repair makes it the clause it is.
 */
import type { ParsedWord } from "./parse-words.js";
import { phraseSpans } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
const SUBORDINATORS = new Set(["despite", "with", "without"]);
/** A gerund clause hung on the verb, or, when the phrase before it was hung lower, joined to it as a conjunct. */
const GERUND_RELS = new Set(["advcl", "conj"]);

export function subjectsOfGerunds(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  if (!words.some((w) => w.xpos === "VBG" && GERUND_RELS.has(w.rel))) return words;
  const { leftmost, rightmost } = phraseSpans(words);
  let out = words;
  words.forEach((v, verb) => {
    if (v.xpos !== "VBG" || !GERUND_RELS.has(v.rel) || v.head < 0) return;
    // A progressive ("people are suffering") is a finite clause, not a gerund.
    if (words.some((w) => w.head === verb && /^(?:nsubj|csubj|expl|mark|aux)/.test(w.rel))) return;
    // Only adverbs may stand between the phrase and the gerund ("Moscow repeatedly and firmly denouncing"); a comma
    // ends the phrase ("met with lobbyists, inviting…": the sentence's own clause).
    let start = verb;
    const adverbial = (w: ParsedWord) =>
      (w.xpos === "RB" || w.xpos === "CC") && (w.head === verb || words[w.head]?.head === verb);
    while (start > 0 && adverbial(words[start - 1]!)) start--;
    // The innermost such phrase: "in a statement, despite Moscow" ends where "despite Moscow" does.
    let noun = -1;
    for (let n = start - 1; n >= 0 && noun < 0; n--) {
      const w = words[n]!;
      if (
        rightmost[n] === start - 1 &&
        ((w.head === v.head && w.rel === "obl") ||
          (v.rel === "conj" && (w.rel === "obl" || w.rel === "nmod")))
      )
        noun = n;
    }
    if (noun < 0 || !NOMINAL.has(words[noun]!.upos) || words[start - 1]!.upos === "PUNCT") return;
    // A bare common noun before a gerund is a compound ("without test firing a missile").
    const modified = words.some((w) => w.head === noun && w.rel !== "case");
    if (words[noun]!.upos === "NOUN" && !modified) return;
    let first = leftmost[noun]!;
    // A comma before the preposition may hang on the phrase: it opens it, the preposition still leads.
    while (first < noun && words[first]!.upos === "PUNCT" && words[first]!.head === noun) first++;
    const opener = words[first]!;
    if (opener.head !== noun || opener.rel !== "case") return;
    if (!SUBORDINATORS.has(forms[first]!.toLowerCase())) return;
    out = out.map((w, i) => {
      if (i === noun) return { ...w, head: verb, rel: "nsubj" };
      if (i === verb) return { ...w, rel: "advcl" };
      if (i === first) return { ...w, head: verb, rel: "mark" };
      return w;
    });
  });
  return out;
}
