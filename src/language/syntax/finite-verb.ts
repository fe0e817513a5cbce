/**
 * A decoding constraint on the greedy tagger: a sentence that ends as one does has a verb. Reading left
 * to right, the tagger has not yet seen what makes a present-tense verb after a coordinated subject a verb
 * ("China and Russia supply most of its oil", "Iran and Iraq hold talks"), and such a sentence comes out
 * with no verb at all, or only a second one joined by "and". Where that happens, the word whose finite-verb
 * reading lost by least is read as one, and the words after it are tagged again from there.
 */
import { argmax, scoreTags, tagSentence, type Amend, type TaggerModel } from "./tagger.js";
import { MAX_TAGGER_FEATURES } from "./tagger-features.js";
import type { WordCodes } from "./word-features.js";

/** Penn tags of a finite verb: present (plain and -s) and past. */
export const FINITE_XPOS: readonly string[] = ["VBP", "VBZ", "VBD"];
const END = new Set([".", "!", "?"]);
// Shorter stretches are mostly captions, datelines and headings.
const MIN_WORDS = 5;

export function withFiniteVerb(
  model: TaggerModel,
  forms: readonly string[],
  codes: WordCodes,
  tags: Int32Array,
  amend: Amend,
): Int32Array {
  const reading = finiteVerbReading(model, forms, codes, tags) ?? participleAsPast(model, forms, tags);
  if (!reading) return tags;
  const { at, verb } = reading;
  return tagSentence(model, forms, codes, (i, tag, prev, left) =>
    i === at ? verb : amend(i, tag, prev, left),
  );
}

/** Where a verbless sentence's finite verb most likely is: its word, tag, and what that reading lost by. */
function finiteVerbReading(
  model: TaggerModel,
  forms: readonly string[],
  codes: WordCodes,
  tags: Int32Array,
): { at: number; verb: number; loss: number } | null {
  const names = model.tags;
  const verbal = (t: number) => /^(?:VERB|AUX) /.test(names[t] ?? "");
  // A verb joined by "and" to an earlier one ("… and also host thousands") needs that first verb too.
  const joined = (j: number) => {
    let k = j - 1;
    while (k > 0 && names[tags[k]!]?.startsWith("ADV ")) k--;
    return names[tags[k]!]?.startsWith("CCONJ ") ?? false;
  };
  const first = tags.findIndex(verbal);
  if ((first >= 0 && !joined(first)) || !endsAsSentence(forms)) return null;
  const until = first < 0 ? forms.length : first;
  const finite = FINITE_XPOS.map((x) => names.indexOf(`VERB ${x}`)).filter((t) => t >= 0);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(names.length);
  let found: { at: number; verb: number; loss: number } | null = null;
  for (let i = 1; i < until; i++) {
    const tag = names[tags[i]!] ?? "";
    if (model.dictionary.has(codes.forms[i]!)) continue;
    // After two names joined by "and", a word read as a particle or adjective may be the verb too ("France and Spain back…").
    if (!OPEN_CLASS.test(tag) && !(/^(?:ADV|ADP|ADJ) /.test(tag) && joinedByAnd(forms, i - 1, tags, names)))
      continue;
    if (!/^[a-z]+$/.test(forms[i]!) || !ENDS_SUBJECT.test(names[tags[i - 1]!] ?? "")) continue;
    if (!/\p{L}/u.test(forms[i + 1] ?? "")) continue;
    scoreTags(model, codes, i, tags[i - 1]!, i > 1 ? tags[i - 2]! : -1, keys, scores);
    for (const verb of finite) {
      if (!agrees(names[verb]!, forms, i, tags, names)) continue;
      const loss = scores[argmax(scores)]! - scores[verb]!;
      if (!found || loss < found.loss) found = { at: i, verb, loss };
    }
  }
  return found;
}

/**
 * A sentence whose one verb is a participle with no auxiliary ("Trump called Kim a madman" read as "Trump,
 * called…") has it as its finite verb: a regular "-ed" form right after a subject is then the past tense,
 * which English spells the same.
 */
function participleAsPast(
  model: TaggerModel,
  forms: readonly string[],
  tags: Int32Array,
): { at: number; verb: number } | null {
  const names = model.tags;
  const pastTag = names.indexOf("VERB VBD");
  if (pastTag < 0 || !endsAsSentence(forms)) return null;
  const tag = (i: number) => names[tags[i]!] ?? "";
  const finite = (t: string) => t.startsWith("AUX ") || FINITE_XPOS.some((x) => t === `VERB ${x}`);
  if (forms.some((_, i) => finite(tag(i)))) return null;
  // With a second verb, or a "by" after it, the participle may be a reduced relative ("Levies imposed on X
  // by Y hurt trade", where the tagger may miss the irregular "hurt").
  const verbs = forms.flatMap((_, i) => (tag(i).startsWith("VERB ") ? [i] : []));
  const at = verbs[0];
  if (verbs.length !== 1 || at === undefined || at === 0) return null;
  if (forms.slice(at + 1).some((f) => f.toLowerCase() === "by")) return null;
  const regularAfterSubject =
    tag(at) === "VERB VBN" && /^[a-z]+ed$/.test(forms[at]!) && ENDS_SUBJECT.test(tag(at - 1));
  return regularAfterSubject ? { at, verb: pastTag } : null;
}

// A verb read as a noun is the error this mends; a verb ends no sentence of news but an intransitive one.
const OPEN_CLASS = /^(?:NOUN|PROPN) /;
// The last word of a subject: a noun, a name, or a personal or relative pronoun.
export const ENDS_SUBJECT = /^(?:NOUN|PROPN) |^PRON (?:PRP|WDT)$/;
const PLURAL_PRONOUN = /^(?:they|we|you|i|that|which|who)$/i;
const SINGULAR_PRONOUN = /^(?:he|she|it|that|which|who)$/i;

/**
 * Whether reading word `i` as `verb` agrees with the subject ending just before it: "-s" after a singular
 * noun, the plain form after a plural or after two names joined by "and" ("Iran and Iraq hold"), "-ed" after
 * either. Irregular past forms are left alone: nothing at run time knows them.
 */
function agrees(
  verb: string,
  forms: readonly string[],
  i: number,
  tags: Int32Array,
  names: readonly string[],
): boolean {
  const form = forms[i]!;
  const before = names[tags[i - 1]!] ?? "";
  const word = forms[i - 1]!;
  if (verb.endsWith("VBD")) return form.length > 4 && form.endsWith("ed");
  if (verb.endsWith("VBZ"))
    return (
      form.endsWith("s") &&
      !form.endsWith("ss") &&
      (/ (?:NN|NNP)$/.test(before) || (before.startsWith("PRON") && SINGULAR_PRONOUN.test(word)))
    );
  if (/[^s]s$/.test(form)) return false;
  if (/ (?:NNS|NNPS)$/.test(before)) return true;
  if (before.startsWith("PRON")) return PLURAL_PRONOUN.test(word);
  return joinedByAnd(forms, i - 1, tags, names);
}

/** Whether the words ending at `last` are two names joined by "and" ("Iran and Iraq", "Japan and the US"). */
function joinedByAnd(
  forms: readonly string[],
  last: number,
  tags: Int32Array,
  names: readonly string[],
): boolean {
  const name = (j: number) => /^PROPN /.test(names[tags[j]!] ?? "") && /^\p{Lu}/u.test(forms[j]!);
  for (let j = last; j > 0; j--) {
    if (/^(?:and|&)$/i.test(forms[j]!)) return j < last && name(j - 1);
    if (!name(j) && !/^DET /.test(names[tags[j]!] ?? "")) return false;
  }
  return false;
}

export function endsAsSentence(forms: readonly string[]): boolean {
  const words = forms.filter((f) => /\p{L}|\p{N}/u.test(f)).length;
  let last = forms.length - 1;
  while (last > 0 && /^["'”’)\]]+$/.test(forms[last]!)) last--;
  return words >= MIN_WORDS && END.has(forms[last] ?? "");
}
