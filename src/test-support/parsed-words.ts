/** Hand-built parses for the parse repairs' tests, written one word a token. */
import type { ParsedWord } from "../language/syntax/parse-words.js";

/** "form/UPOS/XPOS/head/rel" per word, space-separated; head a 0-based index, -1 for the root. */
export const parsedWords = (spec: string): ParsedWord[] =>
  spec.split(" ").map((w) => {
    const [, upos = "X", xpos = "_", head = "-1", rel = "dep"] = w.split("/");
    return { upos, xpos, head: Number(head), rel };
  });
