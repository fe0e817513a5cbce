/** The evaluative words of data/slant/evaluative.json, compiled for whole-word phrase matching. */
import { dictionaryFile, readJson } from "../dictionaries/files.js";

export interface EvaluativeLexicon {
  /** Phrase (words joined by one space) -> weight, -3 hostile .. +3 warm. */
  readonly cues: ReadonlyMap<string, number>;
  readonly negators: ReadonlySet<string>;
  readonly intensifiers: ReadonlyMap<string, number>;
  /** Longest phrase, in words. */
  readonly longest: number;
}

/** Lower case, with every run of punctuation (hyphens, apostrophes) turned into one space, as the data is written. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

interface LexiconFile {
  cues?: { text?: unknown; weight?: unknown; forms?: unknown }[];
  negators?: unknown;
  intensifiers?: unknown;
}

let cached: EvaluativeLexicon | null = null;

/** The bundled lexicon plus any slant/evaluative.json in $DYAD_DICTIONARIES folders (later entries win). */
export function evaluativeLexicon(): EvaluativeLexicon {
  if (cached) return cached;
  const cues = new Map<string, number>();
  const negators = new Set<string>();
  const intensifiers = new Map<string, number>();
  const files = dictionaryFile("slant/evaluative.json");
  for (const file of files) {
    const json = readJson(file) as LexiconFile;
    for (const c of json.cues ?? []) {
      if (typeof c.text !== "string" || typeof c.weight !== "number") continue;
      const forms = Array.isArray(c.forms) ? c.forms.filter((f): f is string => typeof f === "string") : [];
      for (const f of [c.text, ...forms]) cues.set(normaliseWords(f).join(" "), c.weight);
    }
    if (Array.isArray(json.negators))
      for (const n of json.negators) if (typeof n === "string") negators.add(normaliseWords(n).join(" "));
    if (json.intensifiers && typeof json.intensifiers === "object") {
      for (const [k, v] of Object.entries(json.intensifiers))
        if (typeof v === "number") intensifiers.set(normaliseWords(k).join(" "), v);
    }
  }
  const longest = Math.max(1, ...[...cues.keys(), ...negators].map((k) => k.split(" ").length));
  cached = { cues, negators, intensifiers, longest };
  return cached;
}
