/** The event-noun list (data/cues/event-nouns.json): nouns that name an act, and the verbs that tell the same act. */
import { join } from "node:path";
import { DATA_DIR, readJson } from "../actors/dictionary.js";

export interface EventNouns {
  /** Noun lemma → the verb lemmas of the same act ("launch" → launch, fire, test). */
  readonly nouns: ReadonlyMap<string, readonly string[]>;
  /** Nouns that can stand for any deed ("the move", "such steps"). */
  readonly generic: ReadonlySet<string>;
  /** Every verb lemma some noun names, for finding the acts a sentence tells. */
  readonly verbs: ReadonlySet<string>;
}

export function loadEventNouns(): EventNouns {
  const raw = readJson(join(DATA_DIR, "cues", "event-nouns.json")) as { nouns?: Record<string, string[]>; generic?: string[] };
  const nouns = new Map(Object.entries(raw.nouns ?? {}));
  return { nouns, generic: new Set(raw.generic ?? []), verbs: new Set([...nouns.values()].flat()) };
}

/** Whether a lemma names an act: a listed noun or a generic one. */
export const isEventNoun = (nouns: EventNouns, lemma: string) => nouns.nouns.has(lemma) || nouns.generic.has(lemma);
