/** What the tagger and the parser know of a word form, as integers: form, shape, affixes. */

/** FNV-1a hash of a string, as a non-negative 32-bit integer. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Letters, digits and the rest, with runs collapsed: "McCain" → "XxXx", "2,500" → "d,d". */
export function shape(form: string): string {
  // ASCII by character codes; anything else by Unicode classes, with the same result.
  let out = "";
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 128) return unicodeShape(form);
    const c =
      code >= 65 && code <= 90
        ? "X"
        : code >= 97 && code <= 122
          ? "x"
          : code >= 48 && code <= 57
            ? "d"
            : form[i]!;
    if (!out.endsWith(c)) out += c;
    if (out.length > 5) break;
  }
  return out;
}

function unicodeShape(form: string): string {
  let out = "";
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (!out.endsWith(c)) out += c;
    if (out.length > 5) break;
  }
  return out;
}

/** The normalised form a model keys on: lower case, digits folded so years and sums generalise. */
export function normalise(form: string): string {
  const lower = form.toLowerCase();
  let digits = false;
  for (let i = 0; i < lower.length && !digits; i++) {
    const code = lower.charCodeAt(i);
    digits = (code >= 48 && code <= 57) || code >= 128;
  }
  if (!digits) return lower;
  if (/^\d{4}$/.test(lower)) return "!YEAR";
  if (/\d/.test(lower)) return `!DIGITS${lower.replace(/\d+/g, "0").slice(-4)}`;
  return lower;
}

// British titles drop the full stop the American treebank writes ("Mr Smith", "Dr Lee").
const TITLE_WITHOUT_STOP = /^(?:Mr|Dr)$/;

// A clitic split from its word, with the typographic apostrophe news uses ("Iran’s", "don’t"): the
// treebank has the straight one twenty times as often.
const CURLY_CLITIC = /^(?:\u2019s|n\u2019t|\u2019[mdMD]|\u2019(?:re|ve|ll)|\u2019)$/i;

// Titles the treebank has a handful of times, which stand before a name as its "Mr." (46 times) does.
const RARE_TITLE = /^(?:Mrs|Ms)\.?$/;

/**
 * A word as the treebank spells it where news spells it otherwise: a title without its full stop, and a rare
 * title as its common one. The training data has those spellings a handful of times, so the model knows only
 * the other.
 */
export function treebankSpelling(form: string): string {
  if (CURLY_CLITIC.test(form)) return form.replace("\u2019", "'");
  if (RARE_TITLE.test(form)) return "Mr.";
  return TITLE_WITHOUT_STOP.test(form) ? `${form}.` : form;
}

export interface WordCodes {
  /** The normalised forms (see `normalise`). */
  readonly forms: readonly string[];
  readonly word: Int32Array;
  readonly suffix4: Int32Array;
  readonly prefix3: Int32Array;
  readonly suffix3: Int32Array;
  readonly suffix2: Int32Array;
  readonly prefix1: Int32Array;
  readonly shape: Int32Array;
}

/** Integer codes of each form of a sentence, computed once per sentence. */
export function wordCodes(forms: readonly string[]): WordCodes {
  const n = forms.length;
  const codes = {
    forms: [] as string[],
    word: new Int32Array(n),
    suffix4: new Int32Array(n),
    prefix3: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix2: new Int32Array(n),
    prefix1: new Int32Array(n),
    shape: new Int32Array(n),
  };
  forms.forEach((form, i) => {
    const norm = normalise(form);
    codes.forms.push(norm);
    codes.word[i] = stringHash(norm) | 0;
    codes.suffix3[i] = stringHash(norm.slice(-3)) | 0;
    codes.suffix4[i] = stringHash(norm.slice(-4)) | 0;
    codes.prefix3[i] = stringHash(norm.slice(0, 3)) | 0;
    codes.suffix2[i] = stringHash(norm.slice(-2)) | 0;
    codes.prefix1[i] = stringHash(form.slice(0, 1)) | 0;
    codes.shape[i] = stringHash(shape(form)) | 0;
  });
  return codes;
}
