/** The shape of a parsed sentence, for the repairs that rewrite it: each word's dependents and the span of its phrase. */
import type { ParsedWord } from "./parse-words.js";

/** The indices of the words that hang on word `head`, in sentence order. */
export function childrenOf(words: readonly ParsedWord[], head: number): number[] {
  return words.flatMap((w, i) => (w.head === head ? [i] : []));
}

/** Whether word `i` is word `top` or hangs under it, walking heads up (a cycle stops the walk). */
export function isUnder(words: readonly ParsedWord[], i: number, top: number): boolean {
  for (let h = i, up = 0; h >= 0 && up <= words.length; h = words[h]!.head, up++) if (h === top) return true;
  return false;
}

/** The relation a subject takes under verb `verb`: `nsubj:pass` where the verb has a passive auxiliary. */
export function subjectRelation(words: readonly ParsedWord[], verb: number): "nsubj" | "nsubj:pass" {
  return words.some((w) => w.head === verb && w.rel === "aux:pass") ? "nsubj:pass" : "nsubj";
}

export interface PhraseSpans {
  readonly leftmost: number[];
  readonly rightmost: number[];
}

/** The first and last word of each word's phrase (the word and everything under it), found by walking heads up. */
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
