/** The first and last word of each word's phrase (the word and everything under it), found by walking heads up. */
import type { ParsedWord } from "./parse-words.js";

export interface PhraseSpans {
  readonly leftmost: number[];
  readonly rightmost: number[];
}

export function phraseSpans(words: readonly ParsedWord[]): PhraseSpans {
  const leftmost = words.map((_, i) => i);
  const rightmost = words.map((_, i) => i);
  for (let i = 0; i < words.length; i++)
    for (let h = words[i]!.head, up = 0; h >= 0 && up < words.length; h = words[h]!.head, up++) {
      if (i < leftmost[h]!) leftmost[h] = i;
      if (i > rightmost[h]!) rightmost[h] = i;
    }
  return { leftmost, rightmost };
}
