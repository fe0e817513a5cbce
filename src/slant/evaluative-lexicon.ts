/** The evaluative words of data/slant/evaluative.json, compiled for whole-word phrase matching. */
import {
  DictionaryError,
  dictionaryFile,
  dictionaryObject,
  readJson,
  wordList,
} from "../dictionaries/files.js";

export interface EvaluativeLexicon {
  /** Phrase (words joined by one space) -> weight, -3 hostile .. +3 warm. */
  readonly cues: ReadonlyMap<string, number>;
  readonly negators: ReadonlySet<string>;
  readonly intensifiers: ReadonlyMap<string, number>;
  /** Longest phrase, in words. */
  readonly longest: number;
}

/** Lower case, with every run of punctuation (hyphens, apostrophes) turned into one space, as the data is written. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

const SHAPE = '{"cues": [{"text", "weight", "forms"?}], "negators": [words], "intensifiers": {word: factor}}';

/** One cue entry, checked: a phrase, a nonzero weight from -3 to 3, and optional inflected forms. */
function cueOf(file: string, c: unknown, i: number): { phrases: string[]; weight: number } {
  const where = `"cues"[${i}]`;
  if (typeof c !== "object" || c === null || Array.isArray(c))
    throw new DictionaryError(file, `${where} must be an object {"text", "weight", "forms"?}`);
  const { text, weight, forms } = c as Record<string, unknown>;
  if (typeof text !== "string" || !normaliseWords(text).length)
    throw new DictionaryError(file, `${where} needs "text", a word or phrase`);
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight === 0 || Math.abs(weight) > 3)
    throw new DictionaryError(file, `${where} ("${text}") needs "weight", a nonzero number from -3 to 3`);
  return { phrases: [text, ...wordList(file, forms, `${where}."forms"`)], weight };
}

/**
 * The bundled lexicon plus any slant/evaluative.json in $DYAD_DICTIONARIES folders (later entries
 * win). A malformed entry is refused with its file and place, never skipped.
 */
export function loadEvaluativeLexicon(
  files: readonly string[] = dictionaryFile("slant/evaluative.json"),
): EvaluativeLexicon {
  const cues = new Map<string, number>();
  const negators = new Set<string>();
  const intensifiers = new Map<string, number>();
  for (const file of files) {
    const json = dictionaryObject(file, readJson(file), SHAPE);
    if (json.cues !== undefined && !Array.isArray(json.cues))
      throw new DictionaryError(file, '"cues" must be a list of {"text", "weight", "forms"?}');
    (json.cues ?? []).forEach((c: unknown, i: number) => {
      const { phrases, weight } = cueOf(file, c, i);
      for (const f of phrases) cues.set(normaliseWords(f).join(" "), weight);
    });
    for (const n of wordList(file, json.negators, '"negators"')) negators.add(normaliseWords(n).join(" "));
    const factors =
      json.intensifiers === undefined
        ? {}
        : dictionaryObject(file, json.intensifiers, 'for "intensifiers", mapping each word to its factor');
    for (const [k, v] of Object.entries(factors)) {
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
        throw new DictionaryError(file, `"intensifiers"."${k}" must be a positive number`);
      intensifiers.set(normaliseWords(k).join(" "), v);
    }
  }
  const longest = Math.max(1, ...[...cues.keys(), ...negators].map((k) => k.split(" ").length));
  return { cues, negators, intensifiers, longest };
}

/** Single words of the lexicon this hostile or more (-2 by default): said of an act or a state, they criticise it. */
/** Single words of praise (weight `atLeast` or warmer): "a 'great ally'" is no insult. */
export function praisingWords(lexicon: EvaluativeLexicon, atLeast = 1): string[] {
  return [...lexicon.cues].filter(([phrase, w]) => w >= atLeast && !phrase.includes(" ")).map(([p]) => p);
}

export function condemningWords(lexicon: EvaluativeLexicon, atMost = -2): string[] {
  return [...lexicon.cues].filter(([phrase, w]) => w <= atMost && !phrase.includes(" ")).map(([p]) => p);
}
