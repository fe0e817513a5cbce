/**
 * A sentence that opens with a quotation and ends with its attribution ('"…," the minister told reporters.')
 * is two clauses the greedy parser often runs together: a list of adjectives in the quotation can make its
 * verb the attribution's ("is" read as the copula of "told"). Each part is parsed on its own and joined as
 * Universal Dependencies has it: the quotation's head is the complement (ccomp) of the attribution's verb,
 * and the marks and the comma that close it are its punctuation.
 */
import type { ParsedWord } from "./parse-words.js";

const OPENING = /^["“]$/;
const CLOSING = /^["”]$/;
/** An attribution is short: a speaker and a verb, with a place, a time or an audience at most. */
const MAX_ATTRIBUTION = 12;

/** Where the quotation's words end (the comma before the closing mark), or null if the sentence is not so shaped. */
export function quotationEnd(forms: readonly string[]): { comma: number; closing: number } | null {
  if (!OPENING.test(forms[0] ?? "")) return null;
  const closing = forms.findIndex((f, i) => i > 0 && CLOSING.test(f));
  if (closing < 3 || forms[closing - 1] !== ",") return null;
  // Another quotation after the attribution ('"…," he said, "…"') is a longer sentence: left whole.
  if (forms.slice(closing + 1).some((f) => OPENING.test(f) || CLOSING.test(f))) return null;
  const tail = forms.length - closing - 1;
  if (tail < 2 || tail > MAX_ATTRIBUTION) return null;
  return { comma: closing - 1, closing };
}

/**
 * Joins the parses of the quotation (words 1 … comma − 1) and of the attribution (closing + 1 … end) into one
 * tree over the whole sentence. Where the attribution's root is no verb the split is not trusted: null, so the
 * caller parses the sentence whole.
 */
export function joinQuotation(
  length: number,
  at: { comma: number; closing: number },
  quote: readonly ParsedWord[],
  attribution: readonly ParsedWord[],
): ParsedWord[] | null {
  const quoteRoot = quote.findIndex((w) => w.head < 0);
  const attributionRoot = attribution.findIndex((w) => w.head < 0);
  if (quoteRoot < 0 || attributionRoot < 0 || attribution[attributionRoot]?.upos !== "VERB") return null;
  const from = at.closing + 1;
  const rootAt = from + attributionRoot;
  const quoteHead = 1 + quoteRoot;
  const out: ParsedWord[] = new Array<ParsedWord>(length);
  const punct = (xpos: string): ParsedWord => ({ upos: "PUNCT", xpos, head: quoteHead, rel: "punct" });
  out[0] = punct("``");
  quote.forEach((w, i) => {
    out[1 + i] = w.head < 0 ? { ...w, head: rootAt, rel: "ccomp" } : { ...w, head: 1 + w.head };
  });
  out[at.comma] = punct(",");
  out[at.closing] = punct("''");
  attribution.forEach((w, i) => {
    out[from + i] = w.head < 0 ? w : { ...w, head: from + w.head };
  });
  return out;
}

/**
 * After a quotation that opens the sentence the verb may come before its speaker ('"…," read the statement',
 * '"…," says Ms Lee from the company's office in Lima, where…'): a verb right after the quotation's closing comma
 * and mark, with no subject, has its object as its speaker, what was said being the quotation. A quoted title
 * inside a sentence ('an edition of "Traum," removing…') is no speech.
 */
export function speakersAfterQuotations(forms: readonly string[], words: ParsedWord[]): ParsedWord[] {
  if (!OPENING.test(forms[0] ?? "")) return words;
  const verb = forms.findIndex((f, i) => i > 0 && CLOSING.test(f)) + 1;
  const v = words[verb];
  if (verb < 3 || v?.upos !== "VERB" || forms[verb - 2] !== ",") return words;
  if (words.some((w) => w.head === verb && /^(?:nsubj|csubj|expl)/.test(w.rel))) return words;
  const object = words.findIndex(
    (w, k) => k > verb && w.head === verb && w.rel === "obj" && /^(?:NOUN|PROPN|PRON)$/.test(w.upos),
  );
  return object < 0 ? words : words.map((w, k) => (k === object ? { ...w, rel: "nsubj" } : w));
}
