/** The modality cue lists (cues/modality.json, bundled and in extra folders): read, checked and normalised once. */
import { join } from "node:path";
import { DATA_DIR, DictionaryError, dictionaryFile, readJson } from "../dictionaries/files.js";

export interface ModalityCues {
  readonly negation: readonly string[];
  readonly hypothetical: readonly string[];
  readonly planned: readonly string[];
  readonly reported: readonly string[];
  /** Adverbs that hedge the clause they modify ("reportedly"). */
  readonly hedges: readonly string[];
  /** Marks of an adverbial clause that make it a condition ("if"). */
  readonly conditional: readonly string[];
  /** Lemmas of verbs and nouns whose complement clause is someone's words ("say", "accusation"). */
  readonly speech: readonly string[];
  /** Lemmas of verbs that keep their object from the act of a "from" or "against" gerund ("barred", "warned"). */
  readonly prevention: readonly string[];
  /** Verbs that call off the act their object names ("postponed the visit", "called off talks"); a particle after a space. */
  readonly cancellation: readonly string[];
}

const KEYS = [
  "negation",
  "hypothetical",
  "planned",
  "reported",
  "hedges",
  "conditional",
  "speech",
  "prevention",
  "cancellation",
] as const;

/** Lower case with straight apostrophes, as sentence words are compared. */
export const cueWord = (x: string) => x.toLowerCase().replace(/’/g, "'");

/**
 * Checks the parsed file: every category a list of non-empty phrases, none unknown. The bundled file
 * names every category; a file in an extra folder may name only those it adds to (`partial`).
 */
export function parseModalityCues(raw: unknown, file: string, partial = false): ModalityCues {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new DictionaryError(file, "expected an object of cue lists");
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!k.startsWith("$") && !(KEYS as readonly string[]).includes(k))
      throw new DictionaryError(file, `unknown cue list "${k}" (expected ${KEYS.join(", ")})`);
  }
  const list = (k: (typeof KEYS)[number]): string[] => {
    const v = obj[k];
    if (v === undefined && partial) return [];
    if (!Array.isArray(v)) throw new DictionaryError(file, `"${k}" must be a list of phrases`);
    return v.map((x, i) => {
      if (typeof x !== "string" || x.trim() === "")
        throw new DictionaryError(file, `"${k}"[${i}] must be a non-empty phrase`);
      return cueWord(x.trim());
    });
  };
  return {
    negation: list("negation"),
    hypothetical: list("hypothetical"),
    planned: list("planned"),
    reported: list("reported"),
    hedges: list("hedges"),
    conditional: list("conditional"),
    speech: list("speech"),
    prevention: list("prevention"),
    cancellation: list("cancellation"),
  };
}

/** The bundled cues, with the cues of `cues/modality.json` in each extra dictionary folder added. */
export function loadModalityCues(
  files: readonly string[] = dictionaryFile("cues/modality.json"),
): ModalityCues {
  const [first, ...extra] = files.map((file, i) => parseModalityCues(readJson(file), file, i > 0));
  if (!first) throw new DictionaryError(join(DATA_DIR, "cues", "modality.json"), "missing");
  const union = (k: (typeof KEYS)[number]) => [...new Set([first, ...extra].flatMap((c) => c[k]))];
  return {
    negation: union("negation"),
    hypothetical: union("hypothetical"),
    planned: union("planned"),
    reported: union("reported"),
    hedges: union("hedges"),
    conditional: union("conditional"),
    speech: union("speech"),
    prevention: union("prevention"),
    cancellation: union("cancellation"),
  };
}

/** Whether some phrase occurs, word for word, in `words` starting in [from, to). */
export function phraseIn(
  words: readonly string[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) {
    const first = words[i];
    if (first === undefined) continue;
    for (const p of phrases) {
      // Asked of every word of a clause: the phrase's first word alone rules out nearly all.
      if (!p.startsWith(first) || (p.length > first.length && p.charCodeAt(first.length) !== SPACE)) continue;
      if (p.split(" ").every((w, k) => words[i + k] === w)) return true;
    }
  }
  return false;
}
const SPACE = 32;
