/**
 * A repair of the greedy parse: a noun phrase set off by commas after a subject is an apposition, not a
 * predicate. Reading "…that China, the North's closest ally, had sent an envoy" left to right, arc-eager can
 * make the apposition the head of a verbless clause with the name as its subject, and the verb after the
 * closing comma a clause of its own with no subject. Where a noun with no copula has a subject right before
 * the comma that opens it, and after its closing comma comes a finite verb with no subject, the verb takes
 * the noun's place, the name is its subject and the noun the name's apposition, as Universal Dependencies has it.
 */
import { FINITE_XPOS } from "./finite-verb.js";
import type { ParsedWord } from "./parse-words.js";
import { childrenOf, isUnder, subjectRelation } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);
// Words of a verb's own that may stand between the closing comma and the verb ("had", "also", "last").
const BEFORE_VERB = /^(?:aux|aux:pass|advmod)$/;

export function verbAfterAppositive(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  for (let noun = 2; noun < words.length; noun++) {
    const n = words[noun]!;
    if (!NOMINAL.has(n.upos)) continue;
    const kids = childrenOf(words, noun);
    if (kids.some((k) => words[k]!.rel === "cop")) continue;
    const subject = kids.find((k) => words[k]!.rel === "nsubj" && k < noun && NOMINAL.has(words[k]!.upos));
    if (subject === undefined) continue;
    // The opening comma right after the subject's phrase, and only the noun's own words up to the noun.
    const open = forms.findIndex((f, k) => k > subject && f === ",");
    if (
      open < 0 ||
      open > noun ||
      !words.slice(subject + 1, open).every((_, j) => isUnder(words, subject + 1 + j, subject))
    )
      continue;
    if (!words.slice(open + 1, noun).every((_, j) => isUnder(words, open + 1 + j, noun))) continue;
    // The closing comma: the first after the noun with only the noun's words between.
    let close = noun + 1;
    while (close < words.length && forms[close] !== "," && isUnder(words, close, noun)) close++;
    if (forms[close] !== ",") continue;
    let verb = close + 1;
    while (verb < words.length && words[verb]!.upos !== "VERB") verb++;
    const v = words[verb];
    if (!v || !words.slice(close + 1, verb).every((w) => w.head === verb && BEFORE_VERB.test(w.rel)))
      continue;
    const own = childrenOf(words, verb);
    if (own.some((k) => /^(?:nsubj|csubj|expl|mark)/.test(words[k]!.rel) || words[k]!.rel === "cc")) continue;
    const finite =
      FINITE_XPOS.includes(v.xpos) || own.some((k) => words[k]!.rel.startsWith("aux") && k < verb);
    if (!finite) continue;
    const rel = subjectRelation(words, verb);
    return words.map((w, i) => {
      if (i === verb) return { ...w, head: n.head === verb ? words[verb]!.head : n.head, rel: n.rel };
      if (i === subject) return { ...w, head: verb, rel };
      if (i === noun) return { ...w, head: subject, rel: "appos" };
      // The clause's own words ("that", an opening adverb) and what follows the closing comma go with the verb.
      if (w.head === noun && (i < subject || i >= close)) return { ...w, head: verb };
      return w;
    });
  }
  return words;
}
