/** Checks the citations of a dyad brief against the stored articles, through the API a reader would use. */

/** One citation as the brief's HTML states it: the article, the span and the quoted words. */
export interface CitedSpan {
  readonly article: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** The citations of an HTML brief's document (a browser's, or linkedom's). */
export function citationsOf(document: {
  querySelectorAll(selector: string): ArrayLike<Element>;
}): CitedSpan[] {
  return Array.from(document.querySelectorAll("figure.citation")).map((f) => ({
    article: Number(f.getAttribute("data-article")),
    start: Number(f.getAttribute("data-start")),
    end: Number(f.getAttribute("data-end")),
    quote: f.querySelector("blockquote")?.textContent ?? "",
  }));
}

/**
 * The citations that do not resolve: their article is not at /api/articles/:id, or its text sliced at the
 * span is not the quote. Each article is read once.
 */
export async function unresolved(baseUrl: string, cites: readonly CitedSpan[]): Promise<string[]> {
  const texts = new Map<number, string | null>();
  for (const id of new Set(cites.map((c) => c.article))) {
    const res = await fetch(new URL(`api/articles/${id}`, baseUrl));
    texts.set(id, res.ok ? ((await res.json()) as { text: string }).text : null);
  }
  return cites.flatMap((c) => {
    const text = texts.get(c.article);
    if (text === null || text === undefined) return [`article ${c.article} is not stored`];
    const found = text.slice(c.start, c.end);
    return found === c.quote
      ? []
      : [
          `article ${c.article} ${c.start}–${c.end} reads "${found.slice(0, 60)}", not "${c.quote.slice(0, 60)}"`,
        ];
  });
}

/** The text a CommonMark reader shows for an escaped run: backslash escapes and the three entities undone. */
export const markdownShown = (s: string) =>
  s
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The quotes of a Markdown brief (its `> “…”` lines), as a reader sees them. */
export const markdownQuotes = (md: string) =>
  [...md.matchAll(/^\s*> “(.*)”$/gm)].map((m) => markdownShown(m[1] ?? ""));
