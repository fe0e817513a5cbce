/** Decides whether an event is asserted, reported, planned, negated or hypothetical: from the tree, else from cue words. */
import type { Mention, Modality, Sentence } from "../domain/types.js";
import { cueWord, phraseIn, type ModalityCues } from "./modality-cues.js";
import { treeModality } from "./modality-tree.js";
import type { Tree } from "./tree.js";

export { loadModalityCues, type ModalityCues } from "./modality-cues.js";

export interface ModalityInput {
  readonly sentence: Sentence;
  readonly first: number;
  readonly last: number;
  /** Token index of the word that carries the event. */
  readonly head: number;
  /** Tokens of commentators or outlets named in the sentence ("Indian media"). */
  readonly voices: readonly number[];
  /** Date expressions of the sentence (article offsets). */
  readonly dates: readonly { readonly start: number; readonly end: number }[];
  /** The sentence's tree; null when it has no parse. */
  readonly tree: Tree | null;
  /** The sentence's actor mentions, to tell who is speaking. */
  readonly mentions: readonly Mention[];
  /** Codes of the event's source actors: their own words about their own acts are not hearsay. */
  readonly source: readonly string[];
}

/** The sentence's words, compared as cues are; words of a date are none ("On May 1" holds no modal "may"). */
export function cueWords(input: Pick<ModalityInput, "sentence" | "dates">): string[] {
  const inDate = (t: { start: number }) => input.dates.some((d) => d.start <= t.start && t.start < d.end);
  return input.sentence.tokens.map((t) => (inDate(t) ? "" : cueWord(t.text)));
}

export function modalityOf(input: ModalityInput, cues: ModalityCues): Modality {
  if (!input.tree || !input.sentence.parsed) return windowModality(input, cues);
  const words = cueWords(input);
  const read = treeModality({ ...input, tree: input.tree }, cues, words);
  // Lexical phrases ("pave the way for the sale", "in the process of working out") are no function words of the clause: the window still reads them.
  return read === "asserted" && plannedPhraseBefore(input, cues, words) ? "planned" : read;
}

function plannedPhraseBefore(input: ModalityInput, cues: ModalityCues, words: readonly string[]): boolean {
  const start = clauseStartOf(words, input.first);
  return (
    phraseIn(
      words,
      cues.planned.filter((p) => p.includes(" ")),
      Math.max(start, input.first - 6),
      input.first,
    ) || phraseIn(words, ["in process", "in the process of"], start)
  );
}

/** Where the trigger's clause starts, by the words that open or separate clauses. */
function clauseStartOf(words: readonly string[], first: number): number {
  for (let i = first - 1; i >= 0; i--) if (STOPS.has(words[i]!)) return i + 1;
  return 0;
}

const STOPS = new Set([
  ";",
  ":",
  "while",
  "whereas",
  "but",
  "because",
  "which",
  "that",
  "who",
  "when",
  "since",
  "although",
  "though",
  "despite",
  "however",
]);

/** Without a parse: cues close before the trigger govern it; reporting cues anywhere before it in the sentence. */
export function windowModality(
  input: Pick<ModalityInput, "sentence" | "first" | "last" | "voices" | "dates">,
  cues: ModalityCues,
): Modality {
  const { first, last, voices } = input;
  const words = cueWords(input);
  const clauseStart = clauseStartOf(words, first);
  const near = Math.max(clauseStart, first - 4);
  if (phraseIn(words, cues.negation, near, first) || phraseIn(words, ["not", "n't"], first, last))
    return "negated";
  if (
    phraseIn(words, cues.conditional, clauseStart, first) ||
    phraseIn(words, ["whether"], clauseStart, first) ||
    phraseIn(words, cues.hypothetical, Math.max(clauseStart, first - 6), first)
  )
    return "hypothetical";
  const voiceBefore = voices.some((v) => v < first);
  // "Iran allegedly supplied drones, and Iranian tankers delivered fuel": a hedging adverb covers its own clause only.
  let conjoined = clauseStart;
  for (let i = first - 1; i > clauseStart; i--)
    if (words[i] === "and" && words[i - 1] === ",") {
      conjoined = i + 1;
      break;
    }
  const sentenceWide = cues.reported.filter((c) => !cues.hedges.includes(c));
  if (
    voiceBefore ||
    phraseIn(words, sentenceWide, 0, first) ||
    phraseIn(words, cues.hedges, conjoined, first) ||
    phraseIn(words, ["if true"]) ||
    (conjoined === clauseStart && phraseIn(words, ["reportedly"], first))
  )
    return "reported";
  if (
    phraseIn(words, cues.planned, Math.max(clauseStart, first - 6), first) ||
    phraseIn(words, ["in process", "in the process of"], clauseStart)
  )
    return "planned";
  return "asserted";
}
