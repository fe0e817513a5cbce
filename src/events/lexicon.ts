/** The event lexicon (data/lexicon/*.json): trigger patterns, CAMEO codes and where the actors are found. */
import { DictionaryError, dictionaryFiles, extraDictionaryDirs, readJson } from "../dictionaries/files.js";
import { isCameoCode } from "../domain/cameo.js";
import { SECTORS, isOneOf, type Sector } from "../domain/vocabulary.js";

/**
 * Where a participant is looked for, relative to the trigger:
 * subject/object of a verb, a preposition's complement, the possessor of a noun ("India's purchase"),
 * `next` (right after the trigger), `right`/`any-left` (nearest in that direction), `clause-subject`,
 * `inherit` (the previous event's target in the sentence), `fallback` (any other actor in the sentence)
 * `recent` (the state last named before, in this or the two previous sentences: "Riyadh severed relations")
 * `judged` (what a speaker's judgement is about, from the tree only: src/events/judgements.ts),
 * `content` (the subject of an event noun's "that" clause, from the tree only: "the accusation that X…") and
 * `undergoer` (the subject of a word of undergoing that governs an event noun: "Iran faces US sanctions").
 */
/** Slots named by a preposition: the complement of that preposition on the trigger. */
export const PREPOSITION_SLOTS = [
  "to",
  "with",
  "from",
  "by",
  "of",
  "in",
  "into",
  "for",
  "on",
  "against",
  "between",
  "near",
  "along",
  "toward",
  "towards",
  "at",
  "over",
  "through",
  "across",
] as const;
export const SLOTS = [
  "subject",
  "object",
  "next",
  "right",
  "any-left",
  "possessor",
  "possessor-left",
  "possessor-right",
  "clause-subject",
  "inherit",
  "fallback",
  "recent",
  "judged",
  "content",
  "warned-act",
  "undergoer",
  ...PREPOSITION_SLOTS,
] as const;
export type Slot = (typeof SLOTS)[number];

/** One element of a pattern: alternatives matched against lemma or lower-cased word, with an optional POS. */
export interface PatternStep {
  readonly words: ReadonlySet<string>;
  readonly pos: "V" | "N" | "P" | null;
  /** Up to this many other tokens may stand before this step. */
  readonly gap: number;
}

export interface LexiconRule {
  readonly id: string;
  readonly code: string;
  readonly steps: readonly PatternStep[];
  readonly headPos: string | null;
  readonly source: readonly Slot[];
  readonly target: readonly Slot[];
  readonly symmetric: boolean;
  readonly multilateral: boolean;
  /** "promised", "expressed readiness": the following event is what is intended, not a second event. */
  readonly intent: boolean;
  /** "talks with Russia over buying S-400s": the act is what is being negotiated, so at most planned. */
  readonly planned: boolean;
  /** The code when one person does it to something other than a state: "the minister attacked the plan" is criticism. */
  readonly spoken: string | null;
  readonly sector: Sector;
  /** Participants only from the dependency tree, never from word order (rules made from the verb dictionary). */
  readonly treeOnly?: boolean;
  /** A verb of motion that codes only without a direct object: "returned to Kabul", not "returned it to the state". */
  readonly intransitive?: boolean;
  /** A verb that codes only when it governs no clause: "ordered jets", not "ordered Russians to be evacuated". */
  readonly withoutClause?: boolean;
  /** A verb that demands only with a clause of what should be done ("insisted that Iran stop"), else it asserts ("insisted that Iran had"). */
  readonly mandative?: boolean;
  /** An act only people do: it codes only where its subject and object are people or bodies, not things ("met the demand"). */
  readonly personal?: boolean;
  /** Each side does it to the other ("traded threats"): two directed records, not one joint act. */
  readonly mutual?: boolean;
  /** Words whose subject undergoes the act the trigger names, for the `undergoer` slot ("Iran faces US sanctions"). */
  readonly undergoneBy?: ReadonlySet<string>;
  /** Where the rule was written, for --explain. */
  readonly origin?: RuleOrigin;
}

/** A hand-written rule's file, the verb-dictionary entry and pattern a rule was made from, or the event noun's entry. */
export type RuleOrigin =
  | { readonly kind: "lexicon"; readonly file: string }
  | {
      readonly kind: "verb";
      readonly family: string;
      readonly verb: string;
      readonly pattern: VerbPatternShape | null;
      readonly file: string;
      readonly line: number | null;
    }
  /** `family`: the verb family whose code the noun took, null when its entry gives the code; `light`: the light verb it is the object of. */
  | {
      readonly kind: "nominal";
      readonly noun: string;
      readonly verb: string;
      readonly family: string | null;
      readonly light: string | null;
      readonly file: string;
    }
  /** A judgement said of an act or a state: the speech or naming verb and the critical word. */
  | { readonly kind: "judgement"; readonly verb: string; readonly word: string; readonly file: string };

/** The parts of a verb pattern --explain shows ("* (TO) &SOLDIER"), without importing the dictionary module here. */
export interface VerbPatternShape {
  readonly before: readonly (readonly string[])[];
  readonly after: readonly (readonly string[])[];
  readonly preps: readonly { readonly prep: string; readonly object: readonly string[] | null }[];
  readonly blocks: boolean;
}

/** Compiles "sign ..5 agreement|deal" into steps; "/V", "/N" or "/P" (preposition) constrains a step's part of speech. */
export function compilePattern(pattern: string): PatternStep[] {
  const steps: PatternStep[] = [];
  let gap = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    const g = /^\.\.(\d+)$/.exec(part);
    if (g) {
      gap = Number(g[1]);
      continue;
    }
    const [words = "", pos] = part.split("/");
    steps.push({
      words: new Set(words.toLowerCase().split("|")),
      pos: pos === "V" || pos === "N" || pos === "P" ? pos : null,
      gap,
    });
    gap = 0;
  }
  return steps;
}

function rule(file: string, raw: Record<string, unknown>): LexiconRule {
  const fail = (why: string): never => {
    throw new DictionaryError(file, `rule ${JSON.stringify(raw.id ?? "?")}: ${why}`);
  };
  const id = typeof raw.id === "string" ? raw.id : fail('missing "id"');
  const code =
    typeof raw.code === "string" && isCameoCode(raw.code)
      ? raw.code
      : fail(`unknown CAMEO code ${JSON.stringify(raw.code)}`);
  const pattern = typeof raw.pattern === "string" ? raw.pattern : fail('missing "pattern"');
  const slots = (v: unknown): Slot[] =>
    (Array.isArray(v) ? v : []).map((s) =>
      typeof s === "string" && isOneOf(SLOTS, s) ? s : fail(`unknown slot ${JSON.stringify(s)}`),
    );
  const spoken =
    raw.spoken === undefined
      ? null
      : typeof raw.spoken === "string" && isCameoCode(raw.spoken)
        ? raw.spoken
        : fail(`unknown CAMEO code ${JSON.stringify(raw.spoken)} in "spoken"`);
  const sector = typeof raw.sector === "string" && isOneOf(SECTORS, raw.sector) ? raw.sector : "other";
  return {
    id,
    code,
    steps: compilePattern(pattern),
    headPos: typeof raw.pos === "string" ? raw.pos : null,
    source: slots(raw.source),
    target: slots(raw.target),
    symmetric: raw.symmetric === true,
    multilateral: raw.multilateral === true,
    intent: raw.intent === true,
    planned: raw.planned === true,
    spoken,
    sector,
    ...(raw.treeOnly === true ? { treeOnly: true } : {}),
    ...(raw.intransitive === true ? { intransitive: true } : {}),
    ...(raw.withoutClause === true ? { withoutClause: true } : {}),
    ...(raw.mutual === true ? { mutual: true } : {}),
    ...(raw.personal === true ? { personal: true } : {}),
    ...(raw.mandative === true ? { mandative: true } : {}),
    origin: { kind: "lexicon", file },
  };
}

/** Reads every lexicon file of the bundled data and of extra dictionary folders. */
export function loadLexicon(extraDirs: readonly string[] = extraDictionaryDirs()): LexiconRule[] {
  const rules: LexiconRule[] = [];
  for (const file of dictionaryFiles("lexicon", extraDirs)) {
    const json = readJson(file);
    if (!Array.isArray(json)) throw new DictionaryError(file, "expected an array of rules");
    rules.push(...json.map((r) => rule(file, r as Record<string, unknown>)));
  }
  return rules;
}
