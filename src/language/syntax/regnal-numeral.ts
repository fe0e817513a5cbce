/**
 * A repair of the parse: "I" right after a name and before a preposition, a conjunction, a bracket or the
 * sentence's end is a regnal numeral ("Henry I and his heirs", "under Mojmír I (…)"), not the pronoun, which
 * stands before its verb; Universal Dependencies makes it a `flat` part of the name.
 */
import type { ParsedWord } from "./parse-words.js";

const AFTER_NUMERAL = /^(?:ADP|CCONJ) /;

export function regnalNumerals(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  let out = words;
  forms.forEach((form, i) => {
    if (form !== "I" || i === 0 || words[i - 1]!.upos !== "PROPN") return;
    const next = words[i + 1];
    const closes =
      next === undefined || forms[i + 1] === "(" || (forms[i + 2] === undefined && next.xpos === ".");
    if (!closes && !AFTER_NUMERAL.test(`${next.upos} ${next.xpos}`)) return;
    // "Thanks, Dan I for one…": the pronoun in the idiom "I for one".
    if (forms[i + 1]?.toLowerCase() === "for" && forms[i + 2]?.toLowerCase() === "one") return;
    // The name's first word heads its flat parts.
    let name = i - 1;
    while (words[name]!.rel === "flat" && words[name]!.head < name && words[name]!.head >= 0)
      name = words[name]!.head;
    if (out.some((w) => w.head === i)) return;
    out = out.map((w, k) => (k === i ? { upos: "NUM", xpos: "CD", head: name, rel: "flat" } : w));
  });
  return out;
}
