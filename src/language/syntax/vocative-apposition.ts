/**
 * A repair of the parse: a name set off by a comma right after a noun phrase that is a verb's subject, object
 * or oblique renames that phrase ("urged its allies, China and Russia, to help"), where the parser made it a
 * vocative. In the treebanks a name after a comma and a noun is an apposition twenty times for each vocative,
 * and the vocatives follow a greeting or thanks that heads the sentence ("Thanks, John").
 */
import type { ParsedWord } from "./parse-words.js";

// Relations of a noun phrase inside a clause; a root or discourse word is where a vocative follows a greeting.
const IN_CLAUSE = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj"]);
// Words inside a noun phrase that hang on its head: "the North's traditional allies", "Foreign Minister Lavrov".
const INSIDE_PHRASE = new Set(["compound", "flat", "amod"]);

export function vocativesAsAppositions(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  let out = words;
  words.forEach((w, i) => {
    if (w.rel !== "vocative" || w.upos !== "PROPN" || i < 2 || forms[i - 1] !== ",") return;
    let noun = i - 2;
    if (!/^(?:NOUN|PROPN)$/.test(words[noun]!.upos)) return;
    while (INSIDE_PHRASE.has(words[noun]!.rel) && words[noun]!.head > noun) noun = words[noun]!.head;
    if (!IN_CLAUSE.has(words[noun]!.rel)) return;
    out = out.map((v, k) => (k === i ? { ...v, head: noun, rel: "appos" } : v));
  });
  return out;
}
