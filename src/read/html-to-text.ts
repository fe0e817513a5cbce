/** Turns an HTML page into plain paragraphs with Readability, plus the title and date the page declares. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseDateLine } from "./published-date.js";

export interface HtmlText {
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  /** The outlet the page names (og:site_name, application-name). */
  readonly outlet: string | null;
}

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td";
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="DCTERMS.created"]',
  'meta[itemprop="dateCreated"]',
];

/** A date attribute or property in any layout the page uses: ISO with a clock, or written out. */
const dateOf = (value: string | null | undefined) =>
  value ? (parseDateLine(value) ?? parseDateLine(value.trim().slice(0, 10))) : null;

/** "datePublished" in the page's JSON-LD (schema.org NewsArticle), where many sites keep the date. */
function jsonLdDate(document: Document): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script.textContent);
    const date = dateOf(m?.[1]);
    if (date) return date;
  }
  return null;
}

function declaredDate(document: Document): string | null {
  for (const selector of DATE_META) {
    const date = dateOf(document.querySelector(selector)?.getAttribute("content"));
    if (date) return date;
  }
  const ld = jsonLdDate(document);
  if (ld) return ld;
  // A <time pubdate> is the article's; otherwise the first <time datetime> (a related story's comes later).
  const time = document.querySelector("time[pubdate][datetime]") ?? document.querySelector("time[datetime]");
  return dateOf(time?.getAttribute("datetime"));
}

/** Paragraph texts of block elements, in document order, skipping blocks nested in other blocks. */
function paragraphs(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = el.textContent.replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  return out;
}

/** Extracts the readable article from an HTML page; falls back to the whole body when Readability finds none. */
export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(html);
  const published = declaredDate(document);
  const pageTitle = document.querySelector("title")?.textContent.trim() || null;
  // Readability mutates the document it reads, so it gets its own copy.
  const article = new Readability(parseHTML(html).document).parse();
  let title = article?.title?.trim() || pageTitle;
  let blocks: string[] = [];
  if (article?.content)
    blocks = paragraphs(parseHTML(`<html><body>${article.content}</body></html>`).document);
  if (blocks.length === 0) {
    for (const el of Array.from(document.querySelectorAll("script,style,nav,header,footer,aside,form")))
      el.remove();
    blocks = paragraphs(document);
    if (blocks.length === 0)
      // A page of bare text can leave linkedom without a body, whatever the DOM types say.
      blocks = [
        ((document.body as HTMLElement | null)?.textContent ?? "").replace(/\s+/g, " ").trim(),
      ].filter(Boolean);
  }
  if (title && blocks[0] !== title) blocks.unshift(title);
  title = title ?? null;
  const outlet =
    (
      document.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ??
      document.querySelector('meta[name="application-name"]')?.getAttribute("content") ??
      ""
    )
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 200) || null;
  return { text: blocks.join("\n\n"), title, published, outlet };
}
