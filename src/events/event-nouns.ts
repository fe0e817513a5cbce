/** The event-noun list (data/cues/event-nouns.json): nouns that name an act, and the verbs that tell the same act. */
import { DictionaryError, dictionaryFile, readJson } from "../dictionaries/files.js";

export interface EventNouns {
  /** Noun lemma → the verb lemmas of the same act ("launch" → launch, fire, test). */
  readonly nouns: ReadonlyMap<string, readonly string[]>;
  /** Nouns that can stand for any deed ("the move", "such steps"). */
  readonly generic: ReadonlySet<string>;
  /** Every verb lemma some noun names, for finding the acts a sentence tells. */
  readonly verbs: ReadonlySet<string>;
}

const words = (file: string, v: unknown, what: string): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((w) => typeof w !== "string" || !w)) throw new DictionaryError(file, `${what} must be a list of words`);
  return v as string[];
};

/** The bundled list, with `cues/event-nouns.json` of each extra folder added (a noun listed twice tells the verbs of both). */
export function loadEventNouns(files: readonly string[] = dictionaryFile("cues/event-nouns.json")): EventNouns {
  const nouns = new Map<string, string[]>();
  const generic = new Set<string>();
  for (const file of files) {
    const raw = readJson(file);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new DictionaryError(file, 'expected an object {"nouns": {noun: [verbs]}, "generic": [nouns]}');
    const { nouns: listed, generic: any } = raw as { nouns?: unknown; generic?: unknown };
    if (listed !== undefined && (typeof listed !== "object" || listed === null || Array.isArray(listed))) throw new DictionaryError(file, '"nouns" must map each noun to its verbs');
    for (const [noun, verbs] of Object.entries((listed ?? {}) as Record<string, unknown>)) {
      nouns.set(noun, [...new Set([...(nouns.get(noun) ?? []), ...words(file, verbs, `"nouns"."${noun}"`)])]);
    }
    for (const w of words(file, any, '"generic"')) generic.add(w);
  }
  return { nouns, generic, verbs: new Set([...nouns.values()].flat()) };
}

/** Whether a lemma names an act: a listed noun or a generic one. */
export const isEventNoun = (nouns: EventNouns, lemma: string) => nouns.nouns.has(lemma) || nouns.generic.has(lemma);
