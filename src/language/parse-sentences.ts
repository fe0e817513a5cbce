/** The syntax stage: gives the tokens of chosen sentences their dependency head and relation. */
import type { Sentence } from "../domain/types.js";
import type { SyntaxModel } from "./syntax/model-file.js";
import { FINITE_XPOS } from "./syntax/finite-verb.js";
import { parseWords, type WordHints } from "./syntax/parse-words.js";

/** A verb's lemma from one of its forms ("accused" → "accuse"), where a dictionary knows the verb. */
export type VerbLemma = (form: string) => string | undefined;

const PERFECT_AUXILIARY = /^(?:has|have|had|having|'ve|’ve)$/i;

/** What wink's reading of a sentence tells the parser: its tags and lemmas, and where spaces part the words. */
export function tokenHints(sentence: Sentence): WordHints {
  const { tokens } = sentence;
  return {
    upos: tokens.map((t) => t.pos),
    lemmas: tokens.map((t) => t.lemma),
    spaced: tokens.map((t, i) => i === 0 || t.start > (tokens[i - 1]?.end ?? t.start)),
  };
}

/** Parses one sentence over wink's own tokens (no second tokeniser). */
export function parseSentenceTokens(
  model: SyntaxModel,
  sentence: Sentence,
  verbLemma: VerbLemma = () => undefined,
  names?: ReadonlySet<number>,
): Sentence {
  const words = parseWords(
    model,
    sentence.tokens.map((t) => t.text),
    { ...tokenHints(sentence), ...(names ? { names } : {}) },
  );
  // wink reads a past participle that an adverb parts from its "have" as an adjective ("has long accused",
  // "have repeatedly warned"), so no verb rule sees it; a perfect "have" over it in the parse says it is a verb.
  const perfect = (i: number) =>
    words[i]?.xpos === "VBN" &&
    words.some(
      (w, k) => w.head === i && w.rel === "aux" && PERFECT_AUXILIARY.test(sentence.tokens[k]?.text ?? ""),
    );
  // So is a gerund with a direct object ("barred Tunisia from expelling Moroccan diplomats"), which wink reads as a noun.
  const gerund = (i: number) =>
    words[i]?.xpos === "VBG" && words.some((w) => w.head === i && w.rel === "obj");
  // So is an infinitive with its "to" ("vowed to “crush” them"): wink reads a word in quotation marks as a noun.
  const infinitive = (i: number) =>
    words[i]?.xpos === "VB" &&
    words.some((w, k) => w.head === i && w.rel === "mark" && sentence.tokens[k]?.text.toLowerCase() === "to");
  // And a participle that tells what was done to a noun ("citizens abducted by agents"): wink reads a noun.
  const reducedPassive = (i: number) => {
    const w = words[i];
    return w?.xpos === "VBN" && (w.rel === "acl" || words.some((d) => d.head === i && d.rel === "obl:agent"));
  };
  // Where wink reads no verb before the parse's finite verb with a subject ("China and Russia supply most of
  // its oil"), that is the clause's verb: the tagger found it under the constraint that a sentence has one.
  const firstWinkVerb = sentence.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const withSubject = new Set(words.flatMap((w) => (w.rel === "nsubj" ? [w.head] : [])));
  const finite = (i: number) =>
    (firstWinkVerb < 0 || firstWinkVerb >= i) &&
    FINITE_XPOS.includes(words[i]?.xpos ?? "") &&
    withSubject.has(i);
  return {
    ...sentence,
    parsed: true,
    tokens: sentence.tokens.map((t, i) => {
      const w = words[i];
      const parsed = { ...t, head: w?.head ?? -1, rel: w?.rel ?? "", tag: w?.xpos ?? "" };
      const verb =
        (t.pos !== "VERB" && t.pos !== "AUX" && finite(i)) ||
        ((t.pos === "ADJ" || t.pos === "NOUN") &&
          (perfect(i) || infinitive(i) || reducedPassive(i) || (t.pos === "NOUN" && gerund(i))));
      // "bow to demands", "return to talks": wink reads a plural after "to" as the infinitive's verb too.
      const noun =
        t.pos === "VERB" &&
        w?.xpos === "NNS" &&
        words[i - 1]?.rel === "case" &&
        sentence.tokens[i - 1]?.text.toLowerCase() === "to";
      if (noun) return { ...parsed, pos: "NOUN" };
      if (!verb) return parsed;
      return { ...parsed, pos: "VERB", lemma: verbLemma(t.text.toLowerCase()) ?? t.lemma };
    }),
  };
}

/** Parses the sentences `wanted` selects (those that can hold an event), leaving the others as they are. */
export function parseSentences(
  model: SyntaxModel,
  sentences: readonly Sentence[],
  wanted: (s: Sentence) => boolean = () => true,
  verbLemma?: VerbLemma,
  namesOf?: (s: Sentence) => ReadonlySet<number>,
): Sentence[] {
  return sentences.map((s) => (wanted(s) ? parseSentenceTokens(model, s, verbLemma, namesOf?.(s)) : s));
}
