/** The syntax stage: gives the tokens of chosen sentences their dependency head and relation. */
import type { Sentence } from "../domain/types.js";
import type { SyntaxModel } from "./syntax/model-file.js";
import { parseWords } from "./syntax/parse-words.js";

/** Parses one sentence over wink's own tokens (no second tokeniser). */
export function parseSentenceTokens(model: SyntaxModel, sentence: Sentence): Sentence {
  const words = parseWords(
    model,
    sentence.tokens.map((t) => t.text),
  );
  return {
    ...sentence,
    parsed: true,
    tokens: sentence.tokens.map((t, i) => ({
      ...t,
      head: words[i]!.head,
      rel: words[i]!.rel,
      tag: words[i]!.xpos,
    })),
  };
}

/** Parses the sentences `wanted` selects (those that can hold an event), leaving the others as they are. */
export function parseSentences(
  model: SyntaxModel,
  sentences: readonly Sentence[],
  wanted: (s: Sentence) => boolean = () => true,
): Sentence[] {
  return sentences.map((s) => (wanted(s) ? parseSentenceTokens(model, s) : s));
}
