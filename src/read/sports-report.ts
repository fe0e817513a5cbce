/**
 * Whether an article is a sports report: matches between national teams are not relations between
 * states ("Spain beat France", "the Lions tour to New Zealand"), so such an article is coded for no events.
 */
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";

export interface SportsWords {
  /** Every word in one alternation, so an article is read once, not once per word. */
  readonly pattern: RegExp;
  /** Each word by its letters alone ("semifinal"), which is how a match is looked up. */
  readonly byKey: ReadonlyMap<string, string>;
}

const keyOf = (s: string) => s.toLowerCase().replace(/[- ]/g, "");

/** Different sports words an article must use, and how many per 100 words, to read as a sports report. */
const MIN_DIFFERENT = 3;
const MIN_PER_100_WORDS = 0.5;

/** The bundled list, with `cues/sports.json` of each extra dictionary folder added. */
export function loadSportsWords(files: readonly string[] = dictionaryFile("cues/sports.json")): SportsWords {
  const words = new Set<string>();
  for (const file of files) {
    const json = dictionaryObject(file, readJson(file), '{"words": [...]}');
    for (const w of wordList(file, json.words, '"words"')) words.add(w.toLowerCase());
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Longest first, so "world cup" is read before "cup" would be.
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const alternation = sorted.map((w) => escape(w).replace(/-/g, "[- ]?")).join("|");
  return {
    pattern: new RegExp(`\\b(?:${alternation || "(?!)"})\\b`, "gi"),
    byKey: new Map(sorted.map((w) => [keyOf(w), w])),
  };
}

/** What one reading of an article's sports words says. */
export interface SportsReading {
  /** The sports words the text uses when it reads as a sports report, else null. */
  readonly report: string[] | null;
  /** Whether it uses any: where it uses none, no sentence of it can tell a match. */
  readonly anyWord: boolean;
}

/** Reads an article's sports words once: whether it is a sports report, and whether it uses any. */
export function readSports(text: string, sports: SportsWords): SportsReading {
  const { used, count } = sportsWordsIn(text, sports);
  // Most articles use fewer sports words than that: their words need no counting.
  if (used.size < MIN_DIFFERENT) return { report: null, anyWord: used.size > 0 };
  const words = wordCount(text);
  return {
    report: words > 0 && (100 * count) / words >= MIN_PER_100_WORDS ? [...used] : null,
    anyWord: true,
  };
}

/** How many runs of non-space characters `text` has, counted without building them. */
function wordCount(text: string): number {
  const runs = /\S+/g;
  let n = 0;
  while (runs.exec(text)) n++;
  return n;
}

// "3-1", "2-0": a score. A vote ("voted 15-0") is told the same way, so a score alone says nothing.
const SCORE = /(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])/;

/**
 * Whether one sentence of any article tells a match: a score with a sports word ("beat Germany 3-1 in the
 * semi-final"), or two different sports words. Its teams named by their country are not states either.
 */
export function sportsSentence(text: string, sports: SportsWords): boolean {
  const { used } = sportsWordsIn(text, sports);
  return used.size >= 2 || (used.size === 1 && SCORE.test(text));
}

/** The different sports words `text` uses, and how many times it uses any. */
function sportsWordsIn(text: string, sports: SportsWords): { used: Set<string>; count: number } {
  const used = new Set<string>();
  let count = 0;
  for (const m of text.matchAll(sports.pattern)) {
    const word = sports.byKey.get(keyOf(m[0]));
    if (word === undefined) continue; // not reached: every match is one of the words
    used.add(word);
    count++;
  }
  return { used, count };
}
