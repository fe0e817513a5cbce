import { describe, expect, it } from "vitest";
import { loadArticle } from "./load-article.js";

const page = `<!doctype html><html><head><title>Kenya and Ethiopia sign pact | Daily</title>
<meta property="article:published_time" content="2022-06-14T08:00:00Z"><meta property="og:site_name" content="The  Daily Ledger"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kenya and Ethiopia sign pact</h1>
<p>Kenya and Ethiopia signed a security pact in Nairobi on Tuesday, officials said, after months of talks between the two governments over their shared border and the trade that crosses it.</p>
<p>The agreement covers border patrols and intelligence sharing, and both sides said it would be reviewed next year by a joint commission meeting alternately in Nairobi and Addis Ababa.</p></article>
<aside><h3>Most Popular</h3><ul><li>Celebrity news</li></ul></aside>
<footer>Copyright 2022 Daily</footer><script>alert(1)</script></body></html>`;

describe("HTML reading", () => {
  it("keeps the article paragraphs, title and declared date and drops navigation, sidebars, footers and scripts", () => {
    const { article } = loadArticle(page, { id: "page.html" });
    expect(article.format).toBe("html");
    expect(article.published).toBe("2022-06-14");
    expect(article.text).toContain("Kenya and Ethiopia signed a security pact in Nairobi");
    expect(article.text).toContain("\n\nThe agreement covers border patrols");
    for (const clutter of ["Home", "Celebrity", "Copyright", "alert"])
      expect(article.text).not.toContain(clutter);
  });

  it.each([
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-06-14T08:00:00+03:00"}</script>',
      "2022-06-14",
    ],
    ['<meta name="parsely-pub-date" content="2022-06-14T08:00:00Z">', "2022-06-14"],
    ['<meta name="dc.date.issued" content="June 14, 2022">', "2022-06-14"],
    ["", null],
  ])("reads the publication date the page declares in %s", (head, expected) => {
    const html = page.replace(/<meta property="article:published_time"[^>]*>/, head);
    expect(loadArticle(html, { id: "page.html" }).article.published).toBe(expected);
  });

  it("reads a <time datetime> when the page declares nothing else", () => {
    const html = page
      .replace(/<meta property="article:published_time"[^>]*>/, "")
      .replace("<h1>", '<time datetime="2022-06-14T08:00">14 June</time><h1>');
    expect(loadArticle(html, { id: "page.html" }).article.published).toBe("2022-06-14");
  });

  it("takes the outlet from the site name the page declares, and has none for plain text", () => {
    expect(loadArticle(page, { id: "page.html" }).outlet).toBe("The Daily Ledger");
    expect(loadArticle("Kenya and Ethiopia signed a pact.", { id: "a.txt" }).outlet).toBeNull();
  });
});
