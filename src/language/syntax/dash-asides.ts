/**
 * A noun phrase set off by dashes inside a clause: "hit the US Pacific territory – home to an air base –
 * with missiles". The greedy parser reads the first dash as joining the words around it, so the phrase
 * before it loses its place in the clause; the parser reads the clause without the aside, which is then
 * parsed on its own and hung on the noun before it as an apposition.
 */

/** Where an aside's dashes stand (word indices). */
export interface DashAside {
  readonly open: number;
  readonly close: number;
}

const DASH = /^(?:-|–|—|--)$/;
/** Enough words for a described place or person, too few for a second sentence. */
const MIN_WORDS = 2;
const MAX_WORDS = 12;
/** How an aside that renames the noun before it opens (wink's tags). */
const OPENS = new Set(["NOUN", "PROPN", "DET", "ADJ", "NUM"]);
/** A verb or a pronoun inside makes it a clause ("– he said –", "– which it denies –"), left to the parser. */
const CLAUSAL = new Set(["VERB", "AUX", "PRON", "SCONJ"]);
/** Pronouns that only say whose a noun is: "– its old rival –" is still a noun phrase. */
const POSSESSIVE = /^(?:its|his|her|their|our|my|your)$/i;
const NOUNS = new Set(["NOUN", "PROPN"]);
/** The clause goes on after the closing dash: a word, or a comma. */
const GOES_ON = /^(?:[\p{L}\p{N}]|,$)/u;

/**
 * The dash asides of a sentence, from its words, wink's tags and the spaces between words; none without
 * them. Only a dash with space on both sides sets words apart: "al-Qaida" and "Israeli-Palestinian" are
 * one word to the reader, however the tokeniser splits them.
 */
export function dashAsides(
  forms: readonly string[],
  upos: readonly string[] | undefined,
  spaced: readonly boolean[] | undefined,
): DashAside[] {
  if (!upos || !spaced) return [];
  const apart = (i: number) => DASH.test(forms[i] ?? "") && spaced[i] === true && spaced[i + 1] === true;
  const out: DashAside[] = [];
  for (let open = 1; open < forms.length; open++) {
    if (!apart(open)) continue;
    let close = open + 1;
    while (close < forms.length && !apart(close)) close++;
    if (close >= forms.length - 1) break;
    const words = close - open - 1;
    const inner = upos.slice(open + 1, close);
    if (
      words >= MIN_WORDS &&
      words <= MAX_WORDS &&
      NOUNS.has(upos[open - 1] ?? "") &&
      (OPENS.has(inner[0] ?? "") || POSSESSIVE.test(forms[open + 1]!)) &&
      !inner.some((t, k) => CLAUSAL.has(t) && !(t === "PRON" && POSSESSIVE.test(forms[open + 1 + k]!))) &&
      GOES_ON.test(forms[close + 1]!)
    )
      out.push({ open, close });
    // The closing dash of one pair does not open the next.
    open = close;
  }
  return out;
}
