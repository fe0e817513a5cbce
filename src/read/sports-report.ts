/**
 * Whether an article is a sports report: matches between national teams are not relations between
 * states ("Spain beat France", "the Lions tour to New Zealand"), so such an article is coded for no events.
 */
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";

export interface SportsWords {
  readonly patterns: readonly { readonly word: string; readonly re: RegExp }[];
}

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
  return {
    patterns: [...words].map((word) => ({
      word,
      re: new RegExp(`\\b${escape(word).replace(/-/g, "[- ]?")}\\b`, "gi"),
    })),
  };
}

/** The sports words the text uses when it reads as a sports report, else null. */
export function sportsReport(text: string, sports: SportsWords): string[] | null {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0) return null;
  const used: string[] = [];
  let count = 0;
  for (const { word, re } of sports.patterns) {
    const n = text.match(re)?.length ?? 0;
    if (n === 0) continue;
    used.push(word);
    count += n;
  }
  return used.length >= MIN_DIFFERENT && (100 * count) / words >= MIN_PER_100_WORDS ? used : null;
}
