/**
 * A repair of the greedy parse: "as" before a noun phrase and a finite verb opens a clause ("the launch came
 * as Chilean and Peruvian forces hold drills"), not a prepositional phrase. Reading left to right, arc-eager
 * hangs "as Chilean" on the verb before it as an oblique before it sees the verb, which is then left as a
 * clause of its own with no subject. Where the phrase after "as" runs up to a finite verb that has no subject
 * and lies outside that phrase, the verb heads an adverbial clause marked by "as", with the phrase as its subject.
 */
import { FINITE_XPOS } from "./finite-verb.js";
import type { ParsedWord } from "./parse-words.js";
import { childrenOf, isUnder, subjectRelation } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
// Words of a verb's own that may stand between the subject and the verb ("as Peru also holds").
const BEFORE_VERB = /^(?:aux|aux:pass|advmod)$/;
// How the parser leaves a clause it found no place for.
const LEFT_ALONE = new Set(["parataxis", "dep", "conj", "advcl", "ccomp"]);
// "such as", "as well as", "the same as": "as" that joins phrases, not clauses.
const JOINING = new Set(["such", "well", "same", "as", "so", "known", "seen", "regarded", "described"]);

export function asClauses(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  let out = words;
  forms.forEach((form, i) => {
    if (form.toLowerCase() !== "as" || out[i]!.rel !== "case") return;
    if (i > 0 && JOINING.has(forms[i - 1]!.toLowerCase())) return;
    const noun = out[i]!.head;
    const n = out[noun];
    if (!n || noun <= i || !NOMINAL.has(n.upos)) return;
    // The phrase's last word, then the verb after it with only its own auxiliaries and adverbs between.
    let end = noun;
    while (end + 1 < out.length && isUnder(out, end + 1, noun)) end++;
    if (!out.slice(i + 1, end + 1).every((_, j) => isUnder(out, i + 1 + j, noun))) return;
    let verb = end + 1;
    while (verb < out.length && out[verb]!.head > verb && BEFORE_VERB.test(out[verb]!.rel)) verb++;
    const v = out[verb];
    if (!v || v.upos !== "VERB") return;
    const own = childrenOf(out, verb);
    if (own.some((k) => /^(?:nsubj|csubj|expl|mark)/.test(out[k]!.rel))) return;
    const finite = FINITE_XPOS.includes(v.xpos) || own.some((k) => out[k]!.rel.startsWith("aux") && k < verb);
    // The phrase and the verb hang on the same clause, the verb as a clause of its own beside it ("as the
    // winner, pursued…" is the phrase of the verb itself; "what started as X became…" the verb's complement).
    if (!finite || n.head !== v.head || !LEFT_ALONE.has(v.rel)) return;
    const clauseHead = n.head;
    const rel = subjectRelation(out, verb);
    out = out.map((w, k) => {
      if (k === verb) return { ...w, head: clauseHead, rel: "advcl" };
      if (k === i) return { ...w, upos: "SCONJ", head: verb, rel: "mark" };
      if (k === noun) return { ...w, head: verb, rel };
      return w;
    });
  });
  return out;
}
