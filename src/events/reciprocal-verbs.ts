/**
 * Verbs of acts two parties do with each other (data/cues/reciprocal.json): "Kenya and Uganda discussed
 * the dispute" is one act between them, not an act of each on no one.
 */
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";

/** The bundled list, with `cues/reciprocal.json` of each extra dictionary folder added; lemmas, lower case. */
export function loadReciprocalVerbs(
  files: readonly string[] = dictionaryFile("cues/reciprocal.json"),
): ReadonlySet<string> {
  const verbs = new Set<string>();
  for (const file of files) {
    const json = dictionaryObject(file, readJson(file), '{"verbs": [...]}');
    for (const w of wordList(file, json.verbs, '"verbs"')) verbs.add(w.toLowerCase());
  }
  return verbs;
}
