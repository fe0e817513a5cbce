// Tokens depend on the text alone, never on what the process read before.
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";

const words = (text: string) =>
  analyse(text, [{ start: 0, end: text.length }]).flatMap((s) => s.tokens.map((t) => t.text));

describe("tokens of an unknown word with punctuation inside", () => {
  // Each row primes the tokeniser with the word whole before punctuation, then reads it again.
  it.each([
    [
      "a possessive",
      "It was Blorvak's.",
      "He met Blorvak's aide.",
      ["He", "met", "Blorvak", "'s", "aide", "."],
    ],
    [
      "a curly possessive",
      "It was Quenthor’s.",
      "He met Quenthor’s aide.",
      ["He", "met", "Quenthor", "’s", "aide", "."],
    ],
    [
      "a hyphenated compound",
      "They were Zarnite-led.",
      "The Zarnite-led force left.",
      ["The", "Zarnite", "-", "led", "force", "left", "."],
    ],
  ])("are the same after %s was read at the end of a sentence", (_, primer, text, expected) => {
    const first = words(text.replace(/^\S+/, "Then"));
    words(primer);
    expect(words(text)).toEqual(expected);
    expect(words(text.replace(/^\S+/, "Then"))).toEqual(first);
  });
});
