/** The event-noun list (data/cues/event-nouns.json): nouns that name an act, and the verbs that tell the same act. */
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";

export interface EventNouns {
  /** Noun lemma → the verb lemmas of the same act ("launch" → launch, fire, test). */
  readonly nouns: ReadonlyMap<string, readonly string[]>;
  /** Nouns that can stand for any deed ("the move", "such steps"). */
  readonly generic: ReadonlySet<string>;
  /** Every verb lemma some noun names, for finding the acts a sentence tells. */
  readonly verbs: ReadonlySet<string>;
}

/** The bundled list, with `cues/event-nouns.json` of each extra folder added (a noun listed twice tells the verbs of both). */
export function loadEventNouns(
  files: readonly string[] = dictionaryFile("cues/event-nouns.json"),
): EventNouns {
  const nouns = new Map<string, string[]>();
  const generic = new Set<string>();
  for (const file of files) {
    const raw = dictionaryObject(file, readJson(file), '{"nouns": {noun: [verbs]}, "generic": [nouns]}');
    const listed =
      raw.nouns === undefined
        ? {}
        : dictionaryObject(file, raw.nouns, 'for "nouns", mapping each noun to its verbs');
    for (const [noun, verbs] of Object.entries(listed)) {
      nouns.set(noun, [
        ...new Set([...(nouns.get(noun) ?? []), ...wordList(file, verbs, `"nouns"."${noun}"`)]),
      ]);
    }
    for (const w of wordList(file, raw.generic, '"generic"')) generic.add(w);
  }
  return { nouns, generic, verbs: new Set([...nouns.values()].flat()) };
}

/** Whether a lemma names an act: a listed noun or a generic one. */
export const isEventNoun = (nouns: EventNouns, lemma: string) =>
  nouns.nouns.has(lemma) || nouns.generic.has(lemma);
