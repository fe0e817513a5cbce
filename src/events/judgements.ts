/**
 * A speaker's judgement of an act or a state as criticism (CAMEO 111): "X said the launch was
 * reckless", "X called the test a grave threat", "X branded Y irresponsible". The cue lists are
 * data (data/cues/judgements.json, and the strong negative words of slant/evaluative.json).
 */
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";
import type { Sentence } from "../domain/types.js";
import type { Trigger } from "./find-triggers.js";
import type { LexiconRule } from "./lexicon.js";
import { judgedOf, judgementScope, reportedClause } from "./tree-slots.js";
import { dependents, subtree, type Tree } from "./tree.js";

export interface JudgementCues {
  /** Verbs that report a clause, whose subject is judged ("said the launch was reckless"). */
  readonly speech: ReadonlySet<string>;
  /** Verbs whose object is judged ("called the launch deplorable"). */
  readonly naming: ReadonlySet<string>;
  /** Words that make what is said of something a criticism. */
  readonly words: ReadonlySet<string>;
  /** What makes a reported clause a demand of its subject: a modal ("must") or a verb with an infinitive ("have to"). */
  readonly obligation: ReadonlySet<string>;
  /** Words of praise: a label in quotation marks holding one is not derision. */
  readonly praising: ReadonlySet<string>;
  /** Where the lists came from, for --explain. */
  readonly file: string;
}

/** Dependents only a clause's verb has. */
const CLAUSE_ARGS = new Set(["nsubj", "obj", "ccomp", "xcomp"]);
const NEGATION = new Set(["not", "n't", "n’t", "no", "never", "nothing", "neither", "nor"]);

/**
 * The bundled lists, with `cues/judgements.json` of each extra folder added, and `condemning`: further
 * words of criticism (the pipeline passes slant's strong negative words).
 */
export function loadJudgementCues(
  condemning: Iterable<string> = [],
  files: readonly string[] = dictionaryFile("cues/judgements.json"),
  praising: Iterable<string> = [],
): JudgementCues {
  const speech = new Set<string>();
  const naming = new Set<string>();
  const words = new Set<string>();
  const obligation = new Set<string>();
  for (const file of files) {
    const raw = dictionaryObject(
      file,
      readJson(file),
      '{"speech": [verbs], "naming": [verbs], "words": [words], "obligation": [words]}',
    );
    for (const w of wordList(file, raw.speech, '"speech"')) speech.add(w.toLowerCase());
    for (const w of wordList(file, raw.naming, '"naming"')) naming.add(w.toLowerCase());
    for (const w of wordList(file, raw.words, '"words"')) words.add(w.toLowerCase());
    for (const w of wordList(file, raw.obligation, '"obligation"')) obligation.add(w.toLowerCase());
  }
  for (const w of condemning) words.add(w.toLowerCase());
  return {
    speech,
    naming,
    words,
    obligation,
    praising: new Set([...praising].map((w) => w.toLowerCase())),
    file: "judgements.json",
  };
}

/** A rule for what a speaker says of the judged phrase, coded by its content (criticism 111, demand 100). */
export function statementRule(
  id: string,
  code: string,
  verb: string,
  word: string,
  cues: JudgementCues,
): LexiconRule {
  return {
    id,
    code,
    steps: [],
    headPos: null,
    source: ["subject"],
    target: ["judged"],
    symmetric: false,
    multilateral: false,
    intent: false,
    planned: false,
    spoken: null,
    sector: "diplomacy",
    treeOnly: true,
    origin: { kind: "judgement", verb, word, file: cues.file },
  };
}

const QUOTE = /["“”‘’']$/;

/** The first word of a naming verb's predicate when the whole predicate stands in quotation marks and praises nothing. */
function quotedLabel(sentence: Sentence, tree: Tree, verb: number, cues: JudgementCues): number | null {
  const judged = judgedOf(tree, verb);
  if (judged === null || reportedClause(tree, verb) !== null) return null;
  const object = new Set(subtree(tree, judged));
  const predicate = judgementScope(tree, verb).filter(
    (i) => !object.has(i) && i > judged && sentence.tokens[i]?.pos !== "PUNCT",
  );
  // The label's first word of content: "as a 'little rocket man'" opens its quotation before "little".
  const first = predicate.find((i) => !["DET", "ADP", "SCONJ"].includes(sentence.tokens[i]?.pos ?? ""));
  const token = first === undefined ? undefined : sentence.tokens[first];
  if (!token || predicate.some((i) => cues.praising.has(tree.lower[i] ?? ""))) return null;
  const before = sentence.text
    .slice(0, token.start - sentence.start)
    .trimEnd()
    .replace(/(?:\s+(?:a|an|the|as))+$/i, "");
  return QUOTE.test(before) ? (first ?? null) : null;
}

/** Verbs of speech or naming whose judged phrase is called something critical, with no negation in what is said. */
export function findJudgements(sentence: Sentence, tree: Tree, cues: JudgementCues): Trigger[] {
  const out: Trigger[] = [];
  const listed = (w: string) => cues.speech.has(w) || cues.naming.has(w);
  for (const t of sentence.tokens) {
    const lemma = t.lemma.toLowerCase();
    if (!listed(lemma) && !listed(tree.lower[t.index] ?? "")) continue;
    // The tree decides what is a verb: the tagger may call "branded" an adjective.
    if (t.pos !== "VERB" && !dependents(tree, t.index).some((d) => CLAUSE_ARGS.has(d.rel))) continue;
    if (judgedOf(tree, t.index) === null) continue;
    const scope = judgementScope(tree, t.index);
    const said = [t.index, ...scope].map((i) => tree.lower[i] ?? "");
    if (said.some((w) => NEGATION.has(w))) continue;
    const cue = scope.find(
      (i) =>
        cues.words.has(tree.lower[i] ?? "") || cues.words.has(sentence.tokens[i]?.lemma.toLowerCase() ?? ""),
    );
    // "called Kim 'short and fat'", "dubbed him 'Rocket Man'": a label a naming verb puts in quotation
    // marks keeps the speaker's distance from it, which news reserves for derision.
    const label =
      cue === undefined && cues.naming.has(lemma) ? quotedLabel(sentence, tree, t.index, cues) : null;
    const at = cue ?? label;
    if (at === null) continue;
    out.push({
      rule: statementRule(
        "disapprove.judgement",
        "111",
        lemma,
        cue === undefined ? "a label in quotation marks" : (tree.lower[cue] ?? ""),
        cues,
      ),
      first: t.index,
      last: t.index,
      head: t.index,
    });
  }
  return out;
}
