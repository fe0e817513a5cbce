/** Decides whether an event is asserted, reported, planned, negated or hypothetical from cue words. */
import { join } from "node:path";
import { DATA_DIR, readJson } from "../actors/dictionary.js";
import type { Modality, Sentence } from "../domain/types.js";

export interface ModalityCues {
  readonly negation: readonly string[];
  readonly hypothetical: readonly string[];
  readonly planned: readonly string[];
  readonly reported: readonly string[];
}

const straight = (xs: readonly string[] | undefined) => (xs ?? []).map((x) => x.toLowerCase().replace(/’/g, "'"));

/** Reads data/cues/modality.json, with curly apostrophes straightened once, as sentence words are. */
export function loadModalityCues(): ModalityCues {
  const raw = readJson(join(DATA_DIR, "cues", "modality.json")) as Partial<ModalityCues>;
  return { negation: straight(raw.negation), hypothetical: straight(raw.hypothetical), planned: straight(raw.planned), reported: straight(raw.reported) };
}

/** Hedging adverbs: they qualify their own clause, unlike "according to" or "media reports", which cover the sentence. */
const ADVERBS: readonly string[] = ["reportedly", "allegedly", "purportedly", "supposedly"];

const STOPS = new Set([";", ":", "while", "whereas", "but", "because", "which", "that", "who", "when", "since", "although", "though", "despite", "however"]);

function phraseAt(words: readonly string[], i: number, phrase: string): boolean {
  const parts = phrase.split(" ");
  return parts.every((p, k) => words[i + k] === p);
}

function anyIn(words: readonly string[], from: number, to: number, phrases: readonly string[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (phrases.some((p) => phraseAt(words, i, p))) return true;
  return false;
}

export interface ModalityInput {
  readonly sentence: Sentence;
  readonly first: number;
  readonly last: number;
  /** Token indices of commentators or outlets named in the sentence ("Indian media"). */
  readonly voices: readonly number[];
  /** Date expressions of the sentence (article offsets). */
  readonly dates: readonly { readonly start: number; readonly end: number }[];
}

/** Cues close before the trigger govern it; reporting cues anywhere before it in the sentence. */
export function modalityOf(input: ModalityInput, cues: ModalityCues): Modality {
  const { sentence, first, last, voices } = input;
  // Words of a date are never cues: "On May 1, 2018" holds no modal "may".
  const inDate = (t: { start: number }) => input.dates.some((d) => d.start <= t.start && t.start < d.end);
  const words = sentence.tokens.map((t) => (inDate(t) ? "" : t.text.toLowerCase().replace(/’/g, "'")));
  let clauseStart = 0;
  for (let i = first - 1; i >= 0; i--) if (STOPS.has(words[i]!)) { clauseStart = i + 1; break; }
  const near = Math.max(clauseStart, first - 4);
  if (anyIn(words, near, first, cues.negation) || anyIn(words, first, last, ["not", "n't"])) return "negated";
  if (anyIn(words, clauseStart, first, ["if", "unless", "whether"]) || anyIn(words, Math.max(clauseStart, first - 6), first, cues.hypothetical)) return "hypothetical";
  const voiceBefore = voices.some((v) => v < first);
  // "Iran allegedly supplied drones, and Iranian tankers delivered fuel": a hedging adverb covers its own clause only.
  let conjoined = clauseStart;
  for (let i = first - 1; i > clauseStart; i--) if (words[i] === "and" && words[i - 1] === ",") { conjoined = i + 1; break; }
  const sentenceWide = cues.reported.filter((c) => !ADVERBS.includes(c));
  if (voiceBefore || anyIn(words, 0, first, sentenceWide) || anyIn(words, conjoined, first, ADVERBS) || anyIn(words, 0, words.length, ["if true"]) ||
    (conjoined === clauseStart && anyIn(words, first, words.length, ["reportedly"]))) return "reported";
  if (anyIn(words, Math.max(clauseStart, first - 6), first, cues.planned) || anyIn(words, clauseStart, words.length, ["in process", "in the process of"])) return "planned";
  return "asserted";
}
