/** Finds quoted passages, so claims inside them are attributed to their speaker, not the author. */

export interface QuoteRegion {
  readonly start: number;
  readonly end: number;
}

const MIN_WORDS = 6;

/** Quotations of at least six words; shorter ones are scare quotes or names ("Friendship 2016"). */
export function findQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  const re = /“([^”]*)”|"([^"\n]*)"/g;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? "";
    if (inner.trim().split(/\s+/).length >= MIN_WORDS)
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  // A quotation left open until the end of its paragraph (common in scraped pages).
  for (const m of text.matchAll(/“[^”\n]{40,}(?=\n|$)/g)) {
    if (!out.some((q) => q.start === m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
