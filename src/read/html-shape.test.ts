// The HTML pre-scan by phenomenon: what counts as nesting, what ends a tag, and the plain-text reading of a page.
import { describe, expect, it } from "vitest";
import { HTML_LIMITS, htmlToPlainText, measureHtml, overLimits } from "./html-shape.js";

describe("measuring a page before parsing it", () => {
  it.each([
    ["nested elements", "<div><div><p>x</p></div></div>", 3],
    ["siblings do not nest", "<p>a</p><p>b</p><p>c</p>", 1],
    ["void elements never open", "<div><br><img src=x><hr><p>x</p></div>", 2],
    ["self-closing tags never open", "<div><span/><p>x</p></div>", 2],
    ["a '>' inside a quoted attribute does not end the tag", '<div title="a > b"><p>x</p></div>', 2],
    ["markup inside a script is text", "<div><script>if (a<b) { x = '<div><div><div>'; }</script></div>", 2],
    ["markup inside a comment is text", "<div><!-- <div><div><div> --></div>", 1],
    ["an unclosed tag ends the scan", "<div><p>x</p><div title='never closed", 2],
  ])("%s", (_, html, depth) => {
    expect(measureHtml(html).depth).toBe(depth);
  });

  it.each([
    [
      "deep nesting",
      { depth: HTML_LIMITS.depth + 1, elements: 10, longestAttribute: 0 },
      /nested 401 deep, over the limit of 400/,
    ],
    [
      "too many elements",
      { depth: 3, elements: HTML_LIMITS.elements + 1, longestAttribute: 0 },
      /100,001 elements, over the limit of 100,000/,
    ],
    [
      "a huge attribute",
      { depth: 3, elements: 3, longestAttribute: HTML_LIMITS.attribute + 1 },
      /an attribute of 1,000,001 characters/,
    ],
  ])("names the limit a page is past: %s", (_, shape, reason) => {
    expect(overLimits(shape)).toMatch(reason);
  });

  it("passes a page at the limits", () => {
    expect(
      overLimits({
        depth: HTML_LIMITS.depth,
        elements: HTML_LIMITS.elements,
        longestAttribute: HTML_LIMITS.attribute,
      }),
    ).toBeNull();
  });
});

describe("reading a page as plain text", () => {
  it.each([
    ["block elements become paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."],
    ["inline elements do not break a sentence", "<p>One <b>bold</b> word.</p>", "One bold word."],
    [
      "scripts and styles are dropped with their content",
      "<p>Kept.</p><script>var a = 'dropped';</script><style>p { color: red }</style>",
      "Kept.",
    ],
    ["entities are decoded", "<p>Tom &amp; Jerry &#8212; &lt;b&gt; &#x41;</p>", "Tom & Jerry — <b> A"],
    ["an unknown entity is left as written", "<p>&nosuch; stays</p>", "&nosuch; stays"],
    ["text after a tag that never closes is not read", "<p>Read.</p><a href='javascript:alert(1)", "Read."],
  ])("%s", (_, html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });

  it("reads a page nested far past the limit without recursing", () => {
    const depth = 200_000;
    const html = `${"<div>".repeat(depth)}<p>Deep inside.</p>${"</div>".repeat(depth)}`;
    expect(measureHtml(html).depth).toBe(depth + 1);
    expect(htmlToPlainText(html)).toBe("Deep inside.");
  });
});
