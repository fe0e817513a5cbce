/**
 * Event nouns (data/nominals/*.json): "threats", "sanctions", "an invasion" name the act of a verb. Each
 * entry maps nouns to the verb they nominalise and takes that verb's code from the verb dictionary,
 * unless the entry gives its own. See data/README.md.
 */
import { basename } from "node:path";
import { DictionaryError, dictionaryFiles, extraDictionaryDirs, readJson } from "../dictionaries/files.js";
import { isCameoCode } from "../domain/cameo.js";
import { isOneOf } from "../domain/vocabulary.js";
import { PREPOSITION_SLOTS, type Slot } from "./lexicon.js";
import { isObject, isWord, type VerbDictionary } from "./verb-dictionary.js";

export interface NominalEntry {
  /** The nouns, lower-case, matched against a token's lemma or word. */
  readonly nouns: readonly string[];
  /** The verb the nouns nominalise. */
  readonly verb: string;
  readonly code: string;
  /** Where the code came from: the entry itself, or the verb's family in the verb dictionary. */
  readonly codeFrom: { readonly kind: "entry" } | { readonly kind: "family"; readonly family: string };
  /** Prepositions on the noun that name the one acted upon ("sanctions on X"). */
  readonly target: readonly Slot[];
  /** Prepositions that name the doer besides "by" ("threats from X"). */
  readonly source: readonly Slot[];
  /** Verbs by which an actor takes the measure as its own, for this noun only: "approved sanctions", "backed the embargo". */
  readonly adoptedBy: ReadonlySet<string>;
  /** Words whose subject undergoes the measure: "faces sanctions", "in defiance of sanctions". */
  readonly undergoneBy: ReadonlySet<string>;
  readonly file: string;
}

export interface NominalDictionary {
  readonly byNoun: ReadonlyMap<string, NominalEntry>;
  /** Verbs whose subject does what their object noun names: "imposed sanctions", "issued a warning". */
  readonly lightVerbs: ReadonlySet<string>;
}

export const nominalFiles = (extraDirs: readonly string[] = extraDictionaryDirs()): string[] =>
  dictionaryFiles("nominals", extraDirs);

/** The code a verb codes alone: its own, else its family's; null when the dictionary does not code it alone. */
function verbCode(verbs: VerbDictionary, lemma: string): { code: string; family: string } | null {
  for (const e of verbs.byWord.get(lemma) ?? []) {
    if (e.lemma !== lemma || e.blocks || e.particles.length || e.prefix.length) continue;
    const code = e.code ?? verbs.families.get(e.family)?.code ?? null;
    if (code) return { code, family: e.family };
  }
  return null;
}

/** Reads and checks the nominal files; a later file's entry for a noun replaces an earlier one. */
export function loadNominals(
  verbs: VerbDictionary,
  files: readonly string[] = nominalFiles(),
): NominalDictionary {
  const byNoun = new Map<string, NominalEntry>();
  const lightVerbs = new Set<string>();
  for (const file of files) {
    const json = readJson(file);
    if (!isObject(json)) throw new DictionaryError(file, 'expected an object with "lightVerbs" and "nouns"');
    const light = json.lightVerbs ?? [];
    if (!Array.isArray(light) || !light.every(isWord))
      throw new DictionaryError(file, '"lightVerbs" must be a list of lower-case words');
    for (const v of light) lightVerbs.add(v);
    if (!Array.isArray(json.nouns)) throw new DictionaryError(file, '"nouns" must be a list');
    for (const raw of json.nouns as unknown[]) {
      const fail = (why: string): never => {
        throw new DictionaryError(file, `entry ${JSON.stringify(raw).slice(0, 60)}: ${why}`);
      };
      if (!isObject(raw)) return fail("expected an object");
      const nouns =
        Array.isArray(raw.nouns) && raw.nouns.length && raw.nouns.every(isWord)
          ? raw.nouns
          : fail('"nouns" must be a list of lower-case words');
      const verb = isWord(raw.verb) ? raw.verb : fail('"verb" must be a lower-case word');
      const slots = (v: unknown, field: string): Slot[] =>
        v === undefined
          ? []
          : Array.isArray(v) &&
              v.every((s) => typeof s === "string" && (isOneOf(PREPOSITION_SLOTS, s) || s === "object"))
            ? v
            : fail(
                `"${field}" must be a list of prepositions (or "object": what the noun's infinitive acts on)`,
              );
      const words = (v: unknown, field: string): Set<string> =>
        new Set(
          v === undefined
            ? []
            : Array.isArray(v) && v.every(isWord)
              ? v
              : fail(`"${field}" must be a list of lower-case words`),
        );
      const target = slots(raw.target, "target");
      if (!target.length) fail('"target" names no preposition');
      let code: string;
      let codeFrom: NominalEntry["codeFrom"];
      if (raw.code !== undefined) {
        code =
          typeof raw.code === "string" && /^\d{2,4}$/.test(raw.code) && isCameoCode(raw.code.slice(0, 2))
            ? raw.code
            : fail(`"code" ${JSON.stringify(raw.code)} is not a CAMEO code`);
        codeFrom = { kind: "entry" };
      } else {
        const found =
          verbCode(verbs, verb) ?? fail(`the verb dictionary does not code "${verb}" alone: give a "code"`);
        code = found.code;
        codeFrom = { kind: "family", family: found.family };
      }
      const entry: NominalEntry = {
        nouns,
        verb,
        code,
        codeFrom,
        target,
        source: slots(raw.source, "source"),
        adoptedBy: words(raw.adoptedBy, "adoptedBy"),
        undergoneBy: words(raw.undergoneBy, "undergoneBy"),
        file: basename(file),
      };
      for (const n of nouns) byNoun.set(n, entry);
    }
  }
  return { byNoun, lightVerbs };
}
