/**
 * A repair of the greedy parse: a participle set off by commas after the subject is an aside, not the
 * sentence's verb. Reading "North Korea, led by Kim Jong Un, fired a missile" left to right, arc-eager
 * makes "led" the root with "North Korea" under it, and the verb after the closing comma a conjunct of
 * "led" with no subject. Where the root is a participle or past form with no auxiliary, right after a
 * comma that closes the noun phrase opening the sentence, and a finite verb with no subject and no "and"
 * follows the aside's closing comma as its conjunct, that verb heads the sentence, the noun phrase is its
 * subject and the participle modifies the noun, as Universal Dependencies has it.
 */
import { FINITE_XPOS } from "./finite-verb.js";
import type { ParsedWord } from "./parse-words.js";
import { childrenOf, phraseSpans, subjectRelation } from "./word-tree.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);
const PARTICIPLE = new Set(["VBN", "VBD"]);

export function mainVerbAfterParticipleAside(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  const root = words.findIndex((w) => w.head < 0);
  if (root < 2 || forms[root - 1] !== "," || !PARTICIPLE.has(words[root]!.xpos)) return words;
  const kids = (h: number) => childrenOf(words, h);
  const own = kids(root);
  if (own.some((k) => /^(?:aux|cop)/.test(words[k]!.rel))) return words;
  const { leftmost, rightmost } = phraseSpans(words);
  const noun = own.find(
    (k) => k < root && NOMINAL.has(words[k]!.upos) && leftmost[k] === 0 && rightmost[k]! >= root - 2,
  );
  if (noun === undefined) return words;
  // The aside's closing comma: the first word of the verb's phrase, or the word right before it.
  const closing = (k: number) => {
    const start = leftmost[k]!;
    return forms[start] === "," ? start : forms[start - 1] === "," ? start - 1 : -1;
  };
  const verb = own.find((k) => {
    if (k <= root || words[k]!.rel !== "conj") return false;
    const its = kids(k);
    if (its.some((c) => /^(?:nsubj|csubj|expl)/.test(words[c]!.rel) || words[c]!.rel === "cc")) return false;
    const auxiliary = its.find((c) => words[c]!.rel.startsWith("aux") && c < k);
    // A participle with an object is a past tense the tagger misread ("…, last fired off a missile");
    // one without may be a second aside ("led by Kim, backed by China").
    const finite =
      auxiliary !== undefined ||
      FINITE_XPOS.includes(words[k]!.xpos) ||
      (words[k]!.xpos === "VBN" && its.some((c) => words[c]!.rel === "obj"));
    return finite && closing(k) >= 0;
  });
  if (verb === undefined) return words;
  const close = closing(verb);
  const subject = subjectRelation(words, verb);
  return words.map((w, i) => {
    if (i === verb) return { ...w, head: -1, rel: "root" };
    if (i === root) return { ...w, head: noun, rel: "acl" };
    if (i === noun) return { ...w, head: verb, rel: subject };
    // What follows the aside (its closing comma, the full stop) belongs to the sentence's verb.
    if (w.head === root && i >= close) return { ...w, head: verb };
    return w;
  });
}
