/**
 * A sentence is headed by a verb. Where the parse of one that ends as a sentence has a noun or a name with no
 * copula as its root, the tagger has usually read its verb as something else ("the Alps provide…" as a
 * noun, "businesses expanded as…" as a participle); a word right after a subject (adverbs between) that
 * wink reads as a verb is then taken as the finite verb, and the sentence is tagged and parsed again.
 */
import { ENDS_SUBJECT, endsAsSentence } from "./finite-verb.js";
import type { ParsedWord } from "./parse-words.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);

/** Whether the parse's root is a noun or name with no copula. */
export function nominalRoot(words: readonly ParsedWord[]): boolean {
  const root = words.findIndex((w) => w.head === -1);
  return (
    root >= 0 && NOMINAL.has(words[root]!.upos) && !words.some((w) => w.head === root && w.rel === "cop")
  );
}

// Tags under which dyad's tagger hides a verb it did not see as one.
const MISREAD = /^(?:NOUN NNS?|PROPN NNP|ADJ JJ|ADV RB|VERB VBN)$/;
// A subject opens the sentence: the words before its verb hold no clause or list break.
const CLAUSE_BREAK = /^[,;:()]$/;
const OPENS_CLAUSE = /^(?:CCONJ|SCONJ) |^ADP IN$|^PRON W|^ADV WRB$|^PUNCT [,:]$/;
const FINITE = /^(?:VERB|AUX) (?:VBD|VBP|VBZ|MD)$/;

/** The word to read as the finite verb, and its tag, where the parse is headed by a noun; else null. */
export function verbForNominalRoot(
  names: readonly string[],
  forms: readonly string[],
  tags: Int32Array,
  words: readonly ParsedWord[],
  guide: readonly (string | undefined)[] = [],
): { at: number; tag: number } | null {
  if (!nominalRoot(words) || !endsAsSentence(forms)) return null;
  const tag = (i: number) => names[tags[i]!] ?? "";
  // A name the tagger read as an adjective ("Amnesty International") still ends a subject where wink reads it as one.
  const endsSubject = (j: number) =>
    ENDS_SUBJECT.test(tag(j)) || (/^\p{Lu}/u.test(forms[j]!) && /^(?:PROPN|NOUN)$/.test(guide[j] ?? ""));
  // A finite verb later in the same clause is its verb ("the hottest item on wish lists is…"); one after a
  // conjunction, a subordinator, a relative word or a comma heads a clause of its own.
  const finiteAfter = (i: number) => {
    for (let k = i + 1; k < forms.length; k++) {
      if (OPENS_CLAUSE.test(tag(k))) return false;
      if (FINITE.test(tag(k))) return true;
    }
    return false;
  };
  const candidates = forms.flatMap((form, i) => {
    if (i === 0 || guide[i] !== "VERB" || !MISREAD.test(tag(i)) || !/^[a-z]+$/.test(form)) return [];
    let j = i - 1;
    while (j > 0 && tag(j).startsWith("ADV ")) j--;
    return endsSubject(j) && !forms.slice(0, i).some((f) => CLAUSE_BREAK.test(f)) && !finiteAfter(i)
      ? [i]
      : [];
  });
  // A participle after a noun is most often a reduced relative ("people accused of…"), so a noun or adjective
  // the tagger misread is the likelier verb; one with a "by" after it is a passive ("levies imposed by Kenya").
  const participle = (i: number) => tag(i) === "VERB VBN";
  const at =
    candidates.find((i) => !participle(i)) ??
    candidates.find((i) => !forms.slice(i + 1).some((f) => f.toLowerCase() === "by"));
  if (at === undefined) return null;
  const form = forms[at]!;
  const xpos = /ed$/.test(form) || tag(at) === "VERB VBN" ? "VBD" : /[^s]s$/.test(form) ? "VBZ" : "VBP";
  const verb = names.indexOf(`VERB ${xpos}`);
  return verb < 0 ? null : { at, tag: verb };
}
