/** What an event's sentence names besides its actors: the specifics two reports of one event share. */
import type { EventContext, Mention, Sentence, Token } from "../domain/types.js";
import type { DateMention } from "../language/dates.js";
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";

/** Words too general to tell two events apart (merge/light-nouns.json). */
export interface LightNouns {
  /** Nouns that say nothing specific ("officials", "talks"): never a specific of an event. */
  readonly nouns: ReadonlySet<string>;
  /** Nouns that name the kind of event ("exercise", "drill"): two reports sharing one are alike, but it is not a specific. */
  readonly kinds: ReadonlySet<string>;
}

/** The bundled list, with `merge/light-nouns.json` of each extra dictionary folder added. */
export function loadLightNouns(
  files: readonly string[] = dictionaryFile("merge/light-nouns.json"),
): LightNouns {
  const nouns = new Set<string>(),
    kinds = new Set<string>();
  for (const file of files) {
    const json = dictionaryObject(file, readJson(file), '{"nouns": [...], "kinds": [...]}');
    for (const n of wordList(file, json.nouns, '"nouns"')) nouns.add(n.toLowerCase());
    for (const n of wordList(file, json.kinds, '"kinds"')) kinds.add(n.toLowerCase());
  }
  return { nouns, kinds };
}

// "Mi-35", "T-90", "S-400", "F-16", "JF-17": model designations name one thing wherever they appear.
const MODEL = /^(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;
const LOCATIVE = new Set(["in", "at", "near", "to", "from"]);
const WORDY = /[\p{L}\d]/u;

const inside = (t: Token, spans: readonly { start: number; end: number }[]) =>
  spans.some((s) => t.start >= s.start && t.end <= s.end);

/** Joins adjacent proper-noun tokens ("Raheel Sharif", "Khyber Pakhtunkhwa") into one name. */
function properRuns(
  tokens: readonly Token[],
  skip: (t: Token) => boolean,
): { first: number; last: number; text: string }[] {
  const runs: { first: number; last: number; text: string }[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length)
      runs.push({
        first: run[0]!.index,
        last: run[run.length - 1]!.index,
        text: run.map((t) => t.text).join(" "),
      });
    run = [];
  };
  for (const t of tokens) {
    if (t.pos === "PROPN" && !skip(t) && WORDY.test(t.text)) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

/** Tokens this far either side of an event's evidence count as its surroundings. */
const WINDOW = 12;

/**
 * The specifics of one event: people (office holders resolved by date), places after a locative
 * preposition, named things (proper nouns, model designations) and the lemmas of its content nouns.
 * Actor mentions and dates are left out: actors and dates are compared on their own.
 */
export function eventContext(
  sentence: Sentence,
  mentions: readonly Mention[],
  dates: readonly DateMention[],
  span: { start: number; end: number },
  light: LightNouns,
): Omit<EventContext, "agents"> {
  const skipSpans = [...mentions, ...dates];
  const skip = (t: Token) => inside(t, skipSpans);
  // People are specific enough to count anywhere in the sentence; other words only near the evidence.
  const first = Math.max(0, sentence.tokens.findIndex((t) => t.end > span.start) - WINDOW);
  let last = sentence.tokens.length - 1;
  while (last > 0 && sentence.tokens[last]!.start >= span.end) last--;
  const near = sentence.tokens.slice(first, last + WINDOW + 1);
  const persons = new Set<string>();
  for (const m of mentions) for (const a of m.actors) if (a.person) persons.add(a.person);
  const places = new Set<string>();
  const named = new Set<string>();
  const stop = light.nouns;
  for (const run of properRuns(near, skip)) {
    const before = sentence.tokens[run.first - 1];
    const general = run.text
      .toLowerCase()
      .split(" ")
      .every((w) => stop.has(w));
    if (before && LOCATIVE.has(before.lemma)) {
      if (!general) places.add(run.text);
    } else if (!general) named.add(run.text.toLowerCase());
  }
  const terms = new Set<string>();
  for (const t of near) {
    if (skip(t)) continue;
    if (MODEL.test(t.text)) named.add(t.text.toLowerCase());
    if (
      (t.pos === "NOUN" || t.pos === "PROPN") &&
      t.lemma.length > 2 &&
      !stop.has(t.lemma) &&
      WORDY.test(t.lemma)
    )
      terms.add(t.lemma);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    persons: sorted(persons),
    places: sorted(places),
    named: sorted(named),
    terms: sorted(terms),
  };
}
