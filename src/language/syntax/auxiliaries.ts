/**
 * Repairs of the greedy parse read off the auxiliaries "have" and "be".
 *
 * "Have" parted from its participle by adverbs is the perfect's auxiliary.
 * Reading "the villagers have suddenly discovered it" or "which we had both previously approved" left to
 * right, arc-eager may take "have" as the main verb, with the subject on it and the participle a clause or
 * a second verb beside it. Where a "have" read as a verb has no object before the participle, and only
 * adverbs stand between them, the participle heads the clause: it takes the place of "have" and its
 * dependents, and "have" becomes its auxiliary, as Universal Dependencies has it.
 */
import type { ParsedWord } from "./parse-words.js";

const HAVE = /^(?:have|has|had|having|'ve|’ve|'d|’d)$/i;
// "both", "all" and "not" stand between an auxiliary and its participle as adverbs do.
const BETWEEN = new Set(["ADV", "PART"]);
const FLOATING = /^(?:both|all|each|also|not|n't|never)$/i;

export function perfectAuxiliaries(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  let out = words;
  for (let have = 0; have < out.length; have++) {
    const w = out[have]!;
    if (w.upos !== "VERB" || !HAVE.test(forms[have] ?? "")) continue;
    let verb = have + 1;
    while (verb < out.length && (BETWEEN.has(out[verb]!.upos) || FLOATING.test(forms[verb] ?? ""))) verb++;
    if (verb === have + 1 || out[verb]?.xpos !== "VBN" || out[verb]!.upos !== "VERB") continue;
    const participle = verb;
    // Only adverbs stand between them, so a causative ("have the jets delivered") never gets here; one of
    // them read as the object of "have" leaves the parse as it is.
    if (out.some((x, i) => x.head === have && i < participle && x.rel === "obj" && i > have)) continue;
    // The participle must hang on "have" or beside it (on the same head), not inside another phrase.
    const p = out[participle]!;
    if (p.head !== have && p.head !== w.head) continue;
    out = out.map((x, i) => {
      if (i === participle) return { ...x, head: w.head, rel: w.rel };
      if (i === have) return { ...x, upos: "AUX", head: participle, rel: "aux" };
      if (x.head === have) return { ...x, head: participle };
      return x;
    });
  }
  return out;
}

const BE = /^(?:be|is|are|was|were|been|being|am|'re|’re|'m|’m)$/i;

/**
 * The subject of a participle with a form of "be" as its auxiliary is a passive's ("the hymn was sung", "he
 * is either fined or…"): where the parser labelled it a plain subject, the label follows the verb's form.
 */
export function passiveSubjects(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  const passive = words.map(
    (w, v) =>
      w.upos === "VERB" &&
      w.xpos === "VBN" &&
      words.some(
        (x, i) => x.head === v && i < v && /^(?:aux|aux:pass|cop)$/.test(x.rel) && BE.test(forms[i] ?? ""),
      ),
  );
  if (!passive.some(Boolean)) return words;
  return words.map((w) => {
    if (w.rel === "nsubj" && passive[w.head]) return { ...w, rel: "nsubj:pass" };
    return w;
  });
}
