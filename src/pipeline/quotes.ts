/** Finds quoted passages, so claims inside them are attributed to their speaker, not the author. */

export interface QuoteRegion {
  readonly start: number;
  readonly end: number;
}

const MIN_WORDS = 6;

const longEnough = (text: string, q: QuoteRegion) =>
  text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .split(/\s+/).length >= MIN_WORDS;

/**
 * Straight quotation marks paired by the side of a word they stand on: after a space (or an opening
 * bracket or dash) a mark opens, after a word or punctuation it closes. A mark that opens while a
 * quotation is open goes on with it: scraped pages flatten a quotation of several paragraphs onto one
 * line, each paragraph opening with a mark and only the last one closed ('said: "A. "B. "C."').
 */
function straightQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let line = 0;
  for (const m of text.matchAll(/"|\n/g)) {
    const i = m.index;
    if (m[0] === "\n") {
      open = -1;
      line = i + 1;
      continue;
    }
    const before = i > line ? (text[i - 1] ?? "") : "";
    const after = text[i + 1] ?? "";
    const opens = (before === "" || /[\s([{—–-]/.test(before)) && after !== "" && !/\s/.test(after);
    const closes = before !== "" && !/\s/.test(before);
    if (open < 0) {
      if (opens) open = i;
    } else if (closes) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/** Quotations of at least six words; shorter ones are scare quotes or names ("Friendship 2016"). */
export function findQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (const m of text.matchAll(/“[^”]*”/g)) out.push({ start: m.index, end: m.index + m[0].length });
  out.push(...straightQuotes(text));
  // A quotation left open until the end of its paragraph (common in scraped pages).
  for (const m of text.matchAll(/“[^”\n]{40,}(?=\n|$)/g)) {
    if (!out.some((q) => q.start === m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.filter((q) => longEnough(text, q)).sort((a, b) => a.start - b.start);
}
