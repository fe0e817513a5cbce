/**
 * A repair of the greedy parse: a clause with a finite verb is headed by that verb. Arc-eager with the root
 * first can make the first name of a sentence its root before it has read the verb ("Kim Jong Un has
 * described Trump as…" came out as a name modified by a relative clause with no relative word). Where the
 * root is a noun or name with no copula, and a finite verb hangs on it as a clause with no subject and no
 * relative word of its own, the verb becomes the root and the noun its subject, or, where the verb has a
 * subject of its own, a fronted oblique; the noun's dependents after the verb go with the verb.
 */
import { FINITE_XPOS } from "./finite-verb.js";
import type { ParsedWord } from "./parse-words.js";
import { childrenOf, isUnder, phraseSpans, subjectRelation, type PhraseSpans } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
// "goeswith" joins the pieces of one split word, never a verb to a name: a misparse of the same kind.
const CLAUSE = new Set(["acl", "acl:relcl", "dep", "parataxis", "goeswith"]);
const AUXILIARY = new Set(["aux", "aux:pass"]);

export function headClauseByVerb(words: ParsedWord[]): ParsedWord[] {
  const root = words.findIndex((w) => w.head === -1);
  const r = words[root];
  if (!r || !NOMINAL.has(r.upos)) return words;
  const children = (h: number) => childrenOf(words, h);
  const rootKids = children(root);
  if (rootKids.some((c) => words[c]!.rel === "cop")) return words;
  const subjectOf = (c: number) => children(c).find((k) => words[k]!.rel.startsWith("nsubj"));
  // The phrase spans, computed once and only where a candidate has punctuation before it.
  let spans: PhraseSpans | undefined;
  const verb = rootKids.find((c) => {
    const v = words[c]!;
    if (c < root || v.upos !== "VERB") return false;
    const own = children(c).map((k) => words[k]!);
    // A conjunct with no "and" before it is a clause the parse joined to the noun for want of a verb.
    if (!CLAUSE.has(v.rel) && !(v.rel === "conj" && !words.slice(root, c).some((w) => w.upos === "CCONJ")))
      return false;
    const finite = FINITE_XPOS.includes(v.xpos) || own.some((k) => AUXILIARY.has(k.rel) && k.upos === "AUX");
    if (!finite || own.some((k) => k.rel === "mark" || /^W/.test(k.xpos))) return false;
    const subject = subjectOf(c);
    // With a subject of its own the verb's clause is the sentence, and the noun before it a fronted
    // phrase ("Just prior to the launch, Pyongyang warned…"), which only a preposition makes oblique here.
    if (subject !== undefined)
      return subject > root && rootKids.some((k) => words[k]!.rel === "case" && k < root);
    const stops = rootKids.some((k) => k > root && k < c && words[k]!.rel === "punct");
    return !stops || asideBefore(words, root, (spans ??= phraseSpans(words)).leftmost[c]!);
  });
  if (verb === undefined) return participleAsMainVerb(words, root, rootKids);
  const rel = subjectOf(verb) !== undefined ? "obl" : subjectRelation(words, verb);
  return words.map((w, i) => {
    if (i === verb) return { ...w, head: -1, rel: "root" };
    if (i === root) return { ...w, head: verb, rel };
    if (w.head === root && i > verb) return { ...w, head: verb };
    return w;
  });
}

/**
 * Whether the punctuation between the noun and the verb's clause, which starts at word `start`, is a pair of
 * commas closing an aside right before it ("A member of the panel, who is close to the
 * president, admitted…"): the aside hangs on the noun, and the verb after it is still the sentence's.
 */
function asideBefore(words: readonly ParsedWord[], noun: number, start: number): boolean {
  const punct = words.flatMap((w, k) =>
    k > noun && k < start && w.upos === "PUNCT" && w.xpos !== "HYPH" ? [k] : [],
  );
  const [open, close] = punct;
  return (
    punct.length === 2 &&
    words[open!]!.xpos === "," &&
    words[close!]!.xpos === "," &&
    close! + 1 === start &&
    close! > open! + 1
  );
}

const PARTICIPLE_CLAUSE = new Set(["acl", "amod"]);

/**
 * Root-first arc-eager also reads the sentence's one main verb, spelt as a past participle is, as a reduced
 * relative on the noun before it ("A guard told police that…", "John of Lancaster died in 1435"). Where no
 * other verb could head a sentence that ends as one, the participle is its past-tense main verb and the noun
 * its subject; with a "by" phrase it stays a passive participle ("troops sent by Lima", a caption).
 */
function participleAsMainVerb(words: ParsedWord[], root: number, rootKids: number[]): ParsedWord[] {
  if (words[words.length - 1]?.xpos !== ".") return words;
  const verb = rootKids.find((c) => {
    const v = words[c]!;
    if (c < root || !PARTICIPLE_CLAUSE.has(v.rel) || v.upos !== "VERB" || !/^VB[ND]$/.test(v.xpos))
      return false;
    const own = childrenOf(words, c);
    if (own.some((k) => /^(?:nsubj|aux|mark|cop|obl:agent)/.test(words[k]!.rel) || /^W/.test(words[k]!.xpos)))
      return false;
    return !words.some((w, k) => k > root && k < c && w.rel === "punct");
  });
  if (verb === undefined) return words;
  const otherFinite = words.some(
    (w, i) =>
      !isUnder(words, i, verb) &&
      (FINITE_XPOS.includes(w.xpos) ||
        (w.upos === "AUX" && w.xpos !== "VBN" && w.xpos !== "VBG" && w.xpos !== "VB") ||
        w.xpos === "MD"),
  );
  if (otherFinite) return words;
  return words.map((w, i) => {
    if (i === verb) return { ...w, xpos: "VBD", head: -1, rel: "root" };
    if (i === root) return { ...w, head: verb, rel: "nsubj" };
    if (w.head === root && i > verb) return { ...w, head: verb };
    return w;
  });
}
