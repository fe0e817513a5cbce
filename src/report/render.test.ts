// The brief's renderers on hand-made briefs: hostile article text stays text, and the edge cases (no events,
// undated events, a date range, an address that is not the web's) read as the brief promises.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { citationsOf, markdownQuotes } from "../test-support/brief-citations.js";
import type { Brief, Citation, MainEvent } from "./brief.js";
import { BRIEF_CSP, renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";

const flow = (events: number, quad: [number, number, number, number], mean: number | null) => ({
  events,
  quad,
  goldsteinSum: mean === null ? 0 : mean * events,
  goldsteinMean: mean,
});

const citation = (over: Partial<Citation> = {}): Citation => ({
  articleId: 7,
  outlet: "Dawn",
  title: "Russia and Pakistan sign a deal",
  published: "2015-08-20",
  url: "https://www.dawn.com/news/1",
  origin: "corpus/dawn.html",
  quote: "Pakistan and Russia signed a landmark defence deal",
  start: 120,
  end: 170,
  ...over,
});

const mainEvent = (over: Partial<MainEvent> = {}): MainEvent => ({
  clusterId: "ev-1",
  source: "PAK",
  target: "RUS",
  symmetric: true,
  cameo: "057",
  quad: 1,
  goldstein: 8,
  date: "2015-08",
  modality: "asserted",
  outlets: 1,
  articles: 1,
  citations: [citation()],
  ...over,
});

function brief(over: Partial<Brief> = {}): Brief {
  const event = mainEvent();
  return {
    a: "RUS",
    b: "PAK",
    names: { a: "Russia", b: "Pakistan" },
    since: null,
    until: null,
    generated: "2025-01-31",
    by: "year",
    totals: flow(1, [1, 0, 0, 0], 8),
    trend: [
      {
        period: "2015",
        combined: flow(1, [1, 0, 0, 0], 8),
        forward: flow(0, [0, 0, 0, 0], null),
        backward: flow(1, [1, 0, 0, 0], 8),
        mostCooperative: { ...event, citation: citation() },
        mostConflictual: null,
      },
    ],
    undated: 0,
    notHappened: 0,
    unclustered: 0,
    mostCooperative: { ...event, citation: citation() },
    mostConflictual: null,
    mainEvents: [event],
    eventCount: 1,
    conflicts: [
      {
        clusterId: "ev-1",
        attribute: "date",
        note: "sources give different dates",
        claims: [
          { value: "2015-08", citation: citation() },
          { value: "2014", citation: citation({ articleId: 9, quote: "in 2014", start: 5, end: 12 }) },
        ],
      },
    ],
    conflictCount: 1,
    framing: [
      {
        outlet: "Dawn",
        origin: null,
        articles: 1,
        slant: 0.5,
        toward: { RUS: 0.5 },
        cues: ["landmark"],
        weight: 3,
        citation: citation(),
      },
    ],
    outletCount: 1,
    ...over,
  };
}

/** Every citation of an HTML brief as a browser reads it: the quote's text and where it says it is. */
const htmlCitations = (html: string) => citationsOf(parseHTML(html).document);

const mdQuotes = markdownQuotes;

const HOSTILE = [
  ["a script tag", "<script>alert(1)</script>"],
  ["the end of the style element", "</style><script>alert(1)</script><style>"],
  ["an attribute break-out", '"><img src=x onerror="alert(1)">'],
  ["a Markdown link to a script", "[click](javascript:alert(1)) and ![x](http://evil/x.png)"],
  ["Markdown emphasis, code and a table cell", "*bold* _it_ `code` | cell | ~~gone~~ # not a heading"],
  ["an HTML entity", "&lt;b&gt; stays as typed &amp; so does this"],
] as const;

describe("the brief's renderers", () => {
  describe.each(HOSTILE)("with %s in the evidence, the title and the outlet", (_, hostile) => {
    const hostileCitation = citation({ quote: hostile, title: hostile, outlet: hostile, origin: hostile });
    const b = brief({
      mainEvents: [mainEvent({ citations: [hostileCitation] })],
      framing: [{ ...brief().framing[0]!, outlet: hostile, cues: [hostile], citation: hostileCitation }],
    });

    it("HTML: no element or attribute comes from the text, and the quote reads back exactly", () => {
      const html = renderHtml(b);
      const { document } = parseHTML(html);
      expect(document.querySelectorAll("script, img, iframe, object").length).toBe(0);
      expect(document.querySelectorAll("style").length).toBe(1);
      const attributes = Array.from(document.querySelectorAll("*")).flatMap((e) =>
        Array.from(e.attributes).map((a) => a.name),
      );
      expect(attributes.filter((n) => n.startsWith("on") || n === "src")).toEqual([]);
      expect(htmlCitations(html).map((c) => c.quote)).toContain(hostile);
      expect(document.querySelector("title")?.textContent).toBe("Brief: Russia (RUS) – Pakistan (PAK)");
      expect(Array.from(document.querySelectorAll("cite")).map((c) => c.textContent)).toContain(hostile);
    });

    it("Markdown: no raw HTML, link or image comes from the text, and the quote reads back exactly", () => {
      const md = renderMarkdown(b);
      expect(md).not.toMatch(/<(script|img|\/style)/i);
      // A link needs a "](" whose bracket is not escaped.
      expect(md).not.toMatch(/(?<!\\)\]\(/);
      expect(mdQuotes(md)).toContain(hostile);
    });
  });

  it("HTML: the document sets its own policy (styles only) and loads nothing", () => {
    const { document } = parseHTML(renderHtml(brief()));
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"),
    ).toBe(BRIEF_CSP);
    expect(document.querySelectorAll("link, script, img").length).toBe(0);
  });

  it.each([
    ["a web address", "https://www.dawn.com/news/1", "https://www.dawn.com/news/1", null],
    ["a script address", "javascript:alert(1)", null, "corpus/dawn.html"],
    ["a data address", "data:text/html,<script>alert(1)</script>", null, "corpus/dawn.html"],
    ["no address", null, null, "corpus/dawn.html"],
  ])(
    "cites an article with %s by its link only when it is http(s), else by its file",
    (_, url, link, file) => {
      const b = brief({
        mainEvents: [mainEvent({ citations: [citation({ url })] })],
        framing: [],
        conflicts: [],
      });
      const { document } = parseHTML(renderHtml(b));
      const figure = document.querySelector("#events figure.citation");
      expect(figure?.querySelector("a")?.getAttribute("href") ?? null).toBe(link);
      expect(figure?.querySelector("code")?.textContent ?? null).toBe(file);
      const md = renderMarkdown(b);
      expect(md.includes("<javascript:") || md.includes("<data:")).toBe(false);
      if (link) expect(md).toContain(`<${link}>`);
      if (file) expect(md).toContain(`file \`${file}\``);
    },
  );

  it.each([
    ["no range", null, null, "events all dates"],
    ["a start", "2014", null, "events from 2014"],
    ["an end", null, "2016-06", "events until 2016-06"],
    ["both ends", "2014", "2016-06-30", "events 2014 to 2016-06-30"],
  ])("dates the brief and names its range: %s", (_, since, until, words) => {
    const b = brief({ since, until });
    const { document } = parseHTML(renderHtml(b));
    expect(document.querySelector(".dated")?.textContent).toContain("Made 2025-01-31");
    expect(document.querySelector(".dated")?.textContent).toContain(words);
    expect(renderMarkdown(b)).toContain(words);
  });

  it("counts undated events apart and lists an undated main event as undated", () => {
    const undated = mainEvent({ clusterId: "ev-2", date: null });
    const b = brief({ undated: 3, eventCount: 4, mainEvents: [mainEvent(), undated] });
    const { document } = parseHTML(renderHtml(b));
    expect(document.querySelector('[data-field="undated"]')?.textContent).toBe("3");
    expect(document.querySelector('#events li[data-cluster="ev-2"] strong')?.textContent).toMatch(
      /^undated /,
    );
    const md = renderMarkdown(b);
    expect(md).toContain("3 undated events of the dyad are counted apart");
    expect(md).toMatch(/^- \*\*undated PAK ↔ RUS 057/m);
  });

  it("says there is nothing to summarise for a dyad with no events, and shows no empty sections", () => {
    const nothing = brief({
      totals: flow(0, [0, 0, 0, 0], null),
      trend: [],
      mostCooperative: null,
      mainEvents: [],
      eventCount: 0,
      conflicts: [],
      conflictCount: 0,
      framing: [],
      outletCount: 0,
      notHappened: 2,
    });
    const { document } = parseHTML(renderHtml(nothing));
    expect(document.querySelector(".summary")?.textContent).toContain("there is nothing to summarise");
    expect(document.querySelectorAll("#trend, #events, #conflicts, #framing, figure").length).toBe(0);
    expect(document.querySelector(".note")?.textContent).toContain(
      "2 planned, denied or hypothetical events",
    );
    const md = renderMarkdown(nothing);
    expect(md).toContain("there is nothing to summarise");
    expect(md).not.toContain("## Trend");
  });

  it("follows every statement of each section with its citation, the same in both formats", () => {
    const b = brief();
    const html = htmlCitations(renderHtml(b));
    // Summary extreme, the period's extreme, the main event, two claims, the outlet.
    expect(html).toHaveLength(6);
    expect(html).toContainEqual({ article: 9, start: 5, end: 12, quote: "in 2014" });
    expect(mdQuotes(renderMarkdown(b))).toEqual(html.map((c) => c.quote));
  });
});
