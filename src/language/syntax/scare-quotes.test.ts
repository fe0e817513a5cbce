import { describe, expect, it } from "vitest";
import { scareQuotes } from "./scare-quotes.js";

// Word lists as wink-nlp tokenises them; each row says which marks the parser sets aside.
describe("quotation marks around a few words inside a clause", () => {
  it.each([
    ["a verb in curly marks", ["They", "vowed", "to", "“", "crush", "”", "them", "."], [[3, 5]]],
    ["a phrase in straight marks", ["a", "so-called", '"', "double", "freeze", '"', "plan"], [[2, 5]]],
    ["single marks after a possessive", ["the", "army", "'s", "'", "special", "operation", "'"], [[3, 6]]],
    // Minimal pairs: what is not a word or two the writer holds at a distance.
    ["a plural's possessive mark", ["the", "allies", "'", "leaders", "'", "talks"], []],
    ["a title in capitals", ["the", "magazine", "“", "Der", "Spiegel", "”", "said"], []],
    ["a quoted clause", ["he", "said", "“", "we", "will", "not", "retreat", "one", "step", "”"], []],
    ["a comma inside the marks", ["called", "him", "“", "old", ",", "”", "and", "left"], []],
    ["a quotation opening the sentence", ["“", "never", "”", "he", "said"], []],
    [
      "the full stop inside the marks at the end",
      ["called", "him", "“", "short", "and", "fat", ".", "”"],
      [[2, 7]],
    ],
    [
      "a full stop inside marks that do not end the sentence",
      ["“", "x", "”", "a", "“", "fat", ".", "”", "b"],
      [],
    ],
  ])("%s", (_name, forms, expected) => {
    expect(scareQuotes(forms).map((q) => [q.open, q.close])).toEqual(expected);
  });
});
