/** Finds quoted passages, so claims inside them are attributed to their speaker, not the author. */

export interface QuoteRegion {
  readonly start: number;
  readonly end: number;
}

const MIN_WORDS = 6;
/** An opening curly mark never closed in its paragraph still quotes that paragraph if it runs this long. */
const MIN_OPEN_CHARS = 40;

const longEnough = (text: string, q: QuoteRegion) =>
  text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .split(/\s+/).length >= MIN_WORDS;

/** Whether a straight mark opens (after a space, a bracket or a dash) or closes (after a word or punctuation). */
function straightMark(text: string, i: number, line: number): { opens: boolean; closes: boolean } {
  const before = i > line ? (text[i - 1] ?? "") : "";
  const after = text[i + 1] ?? "";
  return {
    opens: (before === "" || /[\s([{—–-]/.test(before)) && after !== "" && !/\s/.test(after),
    closes: before !== "" && !/\s/.test(before),
  };
}

/**
 * Quotations of one kind of mark. A mark that opens while a quotation is open goes on with it: a
 * quotation of several paragraphs opens each with a mark and closes only the last, whether the paragraphs
 * keep their line breaks or a scraped page flattened them onto one line ('said: "A. "B. "C."'). A new
 * paragraph that opens with no mark ends an open quotation: a curly one there, if long enough; a straight
 * one is dropped, since a stray straight mark is as often an inch or a typo.
 */
function quotesOf(text: string, curly: boolean): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let line = 0;
  for (const m of text.matchAll(curly ? /[“”\n]/g : /["\n]/g)) {
    const i = m.index;
    if (m[0] === "\n") {
      line = i + 1;
      if (open < 0 || /^\s*[“"]/.test(text.slice(line, line + 8))) continue;
      if (curly && i - open >= MIN_OPEN_CHARS) out.push({ start: open, end: i });
      open = -1;
      continue;
    }
    const { opens, closes } = curly
      ? { opens: m[0] === "“", closes: m[0] === "”" }
      : straightMark(text, i, line);
    if (open < 0) {
      if (opens) open = i;
    } else if (closes) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (curly && open >= 0 && text.length - open >= MIN_OPEN_CHARS) out.push({ start: open, end: text.length });
  return out;
}

/** Quotations of at least six words; shorter ones are scare quotes or names ("Friendship 2016"). */
export function findQuotes(text: string): QuoteRegion[] {
  return [...quotesOf(text, true), ...quotesOf(text, false)]
    .filter((q) => longEnough(text, q))
    .sort((a, b) => a.start - b.start);
}
