/**
 * A repair of the greedy parse: a clause joined by "and" keeps its own subject. Reading "Chile rejected the
 * plan and Peru's parties have opposed it" left to right, arc-eager takes "parties" as a second object of
 * "rejected" before it sees the finite verb that follows, which then shares the first clause's subject.
 * Where a finite verb conjoined to another has no subject or "and" of its own, and a noun conjoined inside
 * the first clause by that "and" ends right before it, the noun is its subject (a shared subject never
 * stands between the two verbs). So does a clause opened by a word that is also a preposition ("warned its
 * residents as furious crowds vowed…", read as "as crowds" and a second verb): it is that word's clause.
 */
import { FINITE_XPOS } from "./finite-verb.js";
import type { ParsedWord } from "./parse-words.js";
import { childrenOf, phraseSpans, subjectRelation } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
/** Words that are prepositions before a noun and subordinators before a clause. */
const SUBORDINATORS = new Set(["as", "after", "before", "since", "until", "till"]);
const FINITE_AUXILIARY = new Set([...FINITE_XPOS, "MD"]);

export function subjectsOfConjoinedClauses(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  const children = (h: number) => childrenOf(words, h);
  const { leftmost, rightmost } = phraseSpans(words);
  let out = words;
  words.forEach((v, verb) => {
    if (v.rel !== "conj" || v.upos !== "VERB" || v.head < 0 || v.head > verb) return;
    const own = children(verb);
    if (own.some((k) => /^(?:nsubj|csubj|expl)/.test(words[k]!.rel))) return;
    const auxiliaries = own.filter((k) => words[k]!.rel.startsWith("aux") && k < verb);
    const finite =
      auxiliaries.length > 0
        ? FINITE_AUXILIARY.has(words[auxiliaries[0]!]!.xpos)
        : FINITE_XPOS.includes(v.xpos);
    if (!finite) return;
    const subject = subjectRelation(words, verb);
    const start = leftmost[verb]!;
    if (own.some((k) => words[k]!.rel === "cc" && k < verb)) return;
    const ends = (n: number) => NOMINAL.has(words[n]!.upos) && n < start && rightmost[n] === start - 1;
    // "…warned its residents as furious Americans vowed a response": a subordinator read as a preposition.
    const fronted = words.findIndex(
      (w, n) =>
        ends(n) &&
        /^(?:nmod|obl)/.test(w.rel) &&
        leftmost[n] !== undefined &&
        words[leftmost[n]]!.head === n &&
        words[leftmost[n]]!.rel === "case" &&
        SUBORDINATORS.has(forms[leftmost[n]]!.toLowerCase()),
    );
    if (fronted >= 0) {
      const subordinator = leftmost[fronted]!;
      out = out.map((w, i) => {
        if (i === fronted) return { ...w, head: verb, rel: subject };
        if (i === subordinator) return { ...w, head: verb, rel: "mark" };
        if (i === verb) return { ...w, rel: "advcl" };
        return w;
      });
      return;
    }
    const noun = words.findIndex((w, n) => w.rel === "conj" && ends(n));
    const head = words[noun]?.head ?? -1;
    // The noun must sit in the first verb's clause, as a conjunct of the verb or of one of its dependents.
    if (noun < 0 || head < 0 || (head !== v.head && words[head]!.head !== v.head)) return;
    // The "and" that joins the clauses went to the noun: where the verb has its own, the noun ends a list
    // inside the first clause ("opened claims, legal action and has seen…").
    const cc = children(noun).filter((k) => words[k]!.rel === "cc" && k < noun);
    if (cc.length === 0) return;
    out = out.map((w, i) => {
      if (i === noun) return { ...w, head: verb, rel: subject };
      if (cc.includes(i)) return { ...w, head: verb };
      return w;
    });
  });
  return out;
}

/**
 * After a fronted phrase or clause closed by a comma ("Due to the climate, geology and trade, cultures there
 * tended…", "Although the area is small, the Alps provide…"), the greedy parse may join the noun after the
 * comma to a noun of that phrase as one more item of a list, and leave the sentence's verb with no subject.
 * Where the root is a finite verb with no subject, and a noun with no "and" or "or" of its own, conjoined to a
 * word before the comma, ends right before the verb's clause, the noun is its subject.
 */
export function subjectsAfterFrontedPhrases(words: ParsedWord[]): ParsedWord[] {
  const verb = words.findIndex((w) => w.head === -1);
  const v = words[verb];
  if (!v) return words;
  const own = childrenOf(words, verb);
  if (own.some((k) => /^(?:nsubj|csubj|expl)/.test(words[k]!.rel))) return words;
  const first = own.find((k) => k < verb && /^(?:aux|cop)/.test(words[k]!.rel));
  const finite =
    first !== undefined
      ? FINITE_AUXILIARY.has(words[first]!.xpos)
      : v.upos === "VERB" && (FINITE_XPOS.includes(v.xpos) || v.xpos === "VB");
  if (!finite) return words;
  const { leftmost, rightmost } = phraseSpans(words);
  // The verb's clause starts at its auxiliaries and adverbs; a fronted clause hung on it stands further left.
  let start = verb;
  while (start > 0 && words[start - 1]!.head === verb && /^(?:aux|cop|advmod)/.test(words[start - 1]!.rel))
    start--;
  const noun = words.findIndex(
    (w, n) =>
      w.rel === "conj" &&
      NOMINAL.has(w.upos) &&
      rightmost[n] === start - 1 &&
      w.head < n &&
      // The comma may hang on the noun itself.
      (words[leftmost[n]!]?.xpos === "," || words[leftmost[n]! - 1]?.xpos === ",") &&
      !childrenOf(words, n).some((k) => words[k]!.rel === "cc"),
  );
  if (noun < 0) return words;
  const rel = subjectRelation(words, verb);
  return words.map((w, i) => (i === noun ? { ...w, head: verb, rel } : w));
}
