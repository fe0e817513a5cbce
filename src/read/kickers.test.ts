import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text.js";
import { splitKickers } from "./kickers.js";

describe("kickers glued into scraped text", () => {
  it.each([
    [
      "The talks ended at dawn. WHAT COMES NEXT FOR THE TALKS Peru said it would return.",
      "The talks ended at dawn.\nWHAT COMES NEXT FOR THE TALKS\nPeru said it would return.",
    ],
    [
      "Officials left early, WHY IT MATTERS Chile said so.",
      "Officials left early,\nWHY IT MATTERS\nChile said so.",
    ],
    // Acronyms in a row are no heading; nor are capitals that open a sentence or stand alone.
    ["Ministers of NATO EU UN members met.", "Ministers of NATO EU UN members met."],
    ["He met NATO EU UN Chile officials.", "He met NATO EU UN Chile officials."],
    ["THIS is the moment Peru signed.", "THIS is the moment Peru signed."],
    ["The paper USA TODAY Network said so.", "The paper USA TODAY Network said so."],
  ])("%s", (text, expected) => {
    expect(splitKickers(text)).toBe(expected);
  });
  it("makes the kicker a heading and leaves the sentences around it apart", () => {
    const clean = cleanText(
      "Peru and Chile met in Lima on Monday. HOW TO READ THE SUMMIT Bolivia stayed away.",
    );
    expect(clean.blocks.map((b) => [b.kind, clean.text.slice(b.start, b.end)])).toEqual([
      ["body", "Peru and Chile met in Lima on Monday."],
      ["heading", "HOW TO READ THE SUMMIT"],
      ["body", "Bolivia stayed away."],
    ]);
  });
});
