import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text.js";
import { loadArticle } from "./load-article.js";

const scraped = [
  "Header Ad",
  "HomeNEWSWorld NewsTurkey and Greece agree to talk",
  "",
  "Turkey and Greece agree to talk",
  "",
  "- Advertisement -",
  "Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Athens on Monday.",
  "Read more: Why the Aegean matters",
  "The two sides agreed to resume talks.",
  "",
  "Jane Doe",
  "Jane Doehttps://example.org/jane",
  "Jane Doe is a journalist who has covered the region for 20 years.",
  "Please enter your comment!",
  "Please enter your name here",
  "Most Popular",
  "Some other story",
].join("\n");

describe("cleanText", () => {
  it("removes ads, breadcrumbs, read-more lines, author cards and everything after Most Popular", () => {
    const c = cleanText(scraped);
    expect(c.text).toBe(
      [
        "Turkey and Greece agree to talk",
        "Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Athens on Monday.",
        "The two sides agreed to resume talks.",
      ].join("\n\n"),
    );
    expect(c.title).toBe("Turkey and Greece agree to talk");
    expect(c.removed).toContain("Please enter your comment!");
    expect(c.removed).toContain("Some other story");
  });

  it("keeps the headline as its own block so it is never glued to the first sentence", () => {
    const c = cleanText("Spain recalls envoy\nSpain recalled its ambassador.");
    expect(c.blocks.map((b) => b.kind)).toEqual(["title", "body"]);
    expect(c.text.slice(c.blocks[1]!.start, c.blocks[1]!.end)).toBe("Spain recalled its ambassador.");
  });

  it("reads a stated publication date and drops its line", () => {
    const c = cleanText("Headline here\nThursday, March 28, 2024\nPeru signed a deal with Chile.");
    expect(c.published).toBe("2024-03-28");
    expect(c.text).not.toContain("2024");
  });

  it("does not take a bare date line for the publication date when the text names only much older years", () => {
    const stale = cleanText(
      "Headline here\nThursday, March 28, 2024\nPeru signed a deal with Chile in 2012. Last year Chile lifted its tariffs.",
    );
    expect(stale.published).toBeNull();
    expect(stale.removed.some((l) => l.includes("2024-03-28"))).toBe(true);
    const recent = cleanText(
      "Headline here\nThursday, March 28, 2024\nPeru signed a deal with Chile in 2012 and renewed it in 2021.",
    );
    expect(recent.published).toBe("2024-03-28");
    const labelled = cleanText(
      "Headline here\nPublished: March 28, 2024\nPeru signed a deal with Chile in 2012.",
    );
    expect(labelled.published).toBe("2024-03-28");
  });

  it.each([
    ["Headline here\nBy Jane Doe | March 28, 2024\nPeru signed a deal with Chile in 2012.", "2024-03-28"],
    ["Headline here\nLIMA, March 28, 2024 (Reuters) - Peru signed a deal with Chile.", "2024-03-28"],
    ["Headline here\nLIMA (Reuters) - Peru signed a deal with Chile on Friday.", null],
  ])("reads the publication date of a byline or a dateline: %s", (raw, expected) => {
    const c = cleanText(raw);
    expect(c.published).toBe(expected);
    expect(c.text).toContain("Peru signed");
  });

  it.each([
    ["Newsletter Sign Up Continue reading the main story Please verify you're not a robot.", false],
    ["Advertisement Continue reading the main story", false],
    ["Continue reading the main story", false],
    // The same words inside a sentence of the story stay.
    ["Peru signed up for the newsletter of the Andean pact.", true],
  ])("drops a newsletter box or continue-reading link run into one line: %s", (line, kept) => {
    const c = cleanText(`Headline here\nPeru met Chile.\n${line}\nChile met Bolivia.`);
    expect(c.text.includes(line)).toBe(kept);
    expect(c.text).toContain("Chile met Bolivia.");
  });

  it("takes a Markdown heading and a Published line", () => {
    const { article } = loadArticle(
      "# Oman hosts talks\n\n*Published 2023-05-02*\n\nOman hosted talks between Iran and Saudi Arabia.",
      { id: "a.md" },
    );
    expect(article.format).toBe("markdown");
    expect(article.title).toBe("Oman hosts talks");
    expect(article.published).toBe("2023-05-02");
  });

  it("takes the outlet from a Source line in the header, and leaves a sourcing sentence in the body alone", () => {
    const loaded = loadArticle(
      "# Oman hosts talks\n\n*Published 2023-05-02*\n*Source: Gulf Ledger*\n\nOman hosted talks between Iran and Saudi Arabia.",
      { id: "a.md" },
    );
    expect(loaded.outlet).toBe("Gulf Ledger");
    expect(loaded.article.text).not.toContain("Gulf Ledger");
    const body = cleanText(
      "Talks in Muscat\n\n" +
        "Oman hosted talks between Iran and Saudi Arabia, officials said on Monday.\n\n".repeat(15) +
        "Source: the foreign ministry",
    );
    expect(body.outlet).toBeNull();
    expect(body.text).toContain("Source: the foreign ministry");
  });
});
