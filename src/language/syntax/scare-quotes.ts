/**
 * Quotation marks around a few words inside a clause: a word the writer distances or cites ("vowed to
 * “crush” the rebels", "the so-called 'double freeze' plan"). The tagger learnt from web text where a
 * mark before a word mostly opens a quotation, so "to “crush”" reads as a preposition and a noun; the
 * parser reads the sentence without such marks and hangs them back on the quoted words' head.
 */

/** Where a short quotation opens and closes (word indices). */
export interface ScareQuote {
  readonly open: number;
  readonly close: number;
}

/** Words between the marks: enough for a cited phrase, too few for a quoted clause. */
const MAX_WORDS = 4;
const PAIRS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", '"': '"', "'": "'" };
// Words in lower case: a title or a name in marks ("Game of Thrones", "Die Zeit") is one unit the marks help
// the parser to see; a common word in them is the writer's distance or a citation.
const WORD = /^\p{Ll}/u;
// A sentence's last quoted words may take its full stop inside the marks (calling him “short and fat.”).
const FINAL = /^[.!?]$/;

export function scareQuotes(forms: readonly string[]): ScareQuote[] {
  const out: ScareQuote[] = [];
  // A sentence that opens with a mark is a quotation (quotation-split.ts reads it), so only marks after
  // the first word can open one here.
  for (let open = 1; open < forms.length; open++) {
    const mark = forms[open]!;
    const closing = PAIRS[mark];
    if (!closing) continue;
    const close = forms.indexOf(closing, open + 1);
    if (close < 0) break;
    const inner = forms.slice(open + 1, close);
    const words =
      FINAL.test(inner[inner.length - 1] ?? "") && close === forms.length - 1 ? inner.slice(0, -1) : inner;
    const fits =
      words.length > 0 &&
      words.length <= MAX_WORDS &&
      words.every((w) => WORD.test(w)) &&
      // "the allies' leaders' talks": a plural's possessive mark, not a quotation.
      !(mark === "'" && /^[^'’].*s$/i.test(forms[open - 1]!));
    if (fits) out.push({ open, close });
    // Marks that are alike open and close in turn: the next one after a closing mark opens again.
    open = close;
  }
  return out;
}
