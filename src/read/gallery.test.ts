import { describe, expect, it } from "vitest";
import { stripGalleryChrome } from "./gallery.js";
import { cleanText } from "./clean-text.js";

// Photo-gallery chrome: the counter after each caption and the gallery title before it.
const captions = ["Rescuers reach the valley.", "Chile sent two planes.", "The road reopened on Monday."];

describe("photo-gallery chrome", () => {
  it.each([
    [
      "one caption a line",
      captions.map((c, i) => `Photos: Floods in the Andes ${c} Hide Caption ${i + 1} of 3`).join("\n"),
    ],
    [
      "every caption on one line",
      captions.map((c, i) => `Photos: Floods in the Andes ${c} Hide Caption ${i + 1} of 3`).join(" "),
    ],
  ])("%s: each caption stands alone, without counter or title", (_layout, raw) => {
    const { text } = cleanText(`Floods in the Andes\n\n${raw}`);
    expect(text.split("\n\n")).toEqual(["Floods in the Andes", ...captions]);
  });

  const line = "Photos: Floods in the Andes Rescuers reach the valley.";
  it.each([
    ["a page with no gallery counter is left alone", line],
    // One caption shows no title to strip: where it would end is unknown.
    ["a single caption keeps its words", `${line} Hide Caption 1 of 1`],
  ])("%s", (_case, raw) => {
    expect(stripGalleryChrome(raw).text.trim()).toBe(line);
  });
});
