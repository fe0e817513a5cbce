// Which passages are quotations: straight marks paired by the side of a word they stand on.
import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes.js";

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe("quotations", () => {
  it.each([
    ['"We will not sell arms to anyone," he said.', ['"We will not sell arms to anyone,"']],
    // Six words at least: shorter ones are scare quotes or names.
    ['The "Friendship 2016" drill ended.', []],
    // Paragraphs of one quotation flattened onto a line: every mark after a space opens, only the last closes.
    [
      'He said: "The talks went on for hours. "We will meet again next week in Lima."',
      ['"The talks went on for hours. "We will meet again next week in Lima."'],
    ],
    // Two quotations with the speaker between them stay two.
    [
      '"The talks went on for hours today," he said. "We will meet again next week."',
      ['"The talks went on for hours today,"', '"We will meet again next week."'],
    ],
    // A mark after a digit is an inch, not a quotation.
    [
      'He bought a 12" pipe and said "we will see about that soon enough" today.',
      ['"we will see about that soon enough"'],
    ],
    // Curly marks pair as they are; one left open runs to the end of its paragraph.
    ["He said “we will see about that soon enough” today.", ["“we will see about that soon enough”"]],
    [
      "He said: “We will see about that soon enough, and we will act\nThen he left.",
      ["“We will see about that soon enough, and we will act"],
    ],
    // A quotation of several paragraphs opens each with a mark; a paragraph with none ends a stray one.
    [
      "He said: “The talks went on for hours.\n“We will meet again next week in Lima.”",
      ["“The talks went on for hours.\n“We will meet again next week in Lima.”"],
    ],
    [
      "He said: “The talks went on for hours and hours today\nThen he left.\nShe said it was “a matter for the courts”.",
      ["“The talks went on for hours and hours today"],
    ],
  ])("%s", (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
