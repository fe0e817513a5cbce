/**
 * A speaker's judgement of an act or a state as criticism (CAMEO 111): "X said the launch was
 * reckless", "X called the test a grave threat", "X branded Y irresponsible". The cue lists are
 * data (data/cues/judgements.json, and the strong negative words of slant/evaluative.json).
 */
import { dictionaryFile, dictionaryObject, readJson, wordList } from "../dictionaries/files.js";
import type { Sentence } from "../domain/types.js";
import type { Trigger } from "./find-triggers.js";
import type { LexiconRule } from "./lexicon.js";
import { judgedOf, judgementScope } from "./tree-slots.js";
import { dependents, type Tree } from "./tree.js";

export interface JudgementCues {
  /** Verbs that report a clause, whose subject is judged ("said the launch was reckless"). */
  readonly speech: ReadonlySet<string>;
  /** Verbs whose object is judged ("called the launch deplorable"). */
  readonly naming: ReadonlySet<string>;
  /** Words that make what is said of something a criticism. */
  readonly words: ReadonlySet<string>;
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
): JudgementCues {
  const speech = new Set<string>();
  const naming = new Set<string>();
  const words = new Set<string>();
  for (const file of files) {
    const raw = dictionaryObject(
      file,
      readJson(file),
      '{"speech": [verbs], "naming": [verbs], "words": [words]}',
    );
    for (const w of wordList(file, raw.speech, '"speech"')) speech.add(w.toLowerCase());
    for (const w of wordList(file, raw.naming, '"naming"')) naming.add(w.toLowerCase());
    for (const w of wordList(file, raw.words, '"words"')) words.add(w.toLowerCase());
  }
  for (const w of condemning) words.add(w.toLowerCase());
  return { speech, naming, words, file: "judgements.json" };
}

function ruleFor(verb: string, word: string, cues: JudgementCues): LexiconRule {
  return {
    id: "disapprove.judgement",
    code: "111",
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
    if (cue === undefined) continue;
    out.push({
      rule: ruleFor(lemma, tree.lower[cue] ?? "", cues),
      first: t.index,
      last: t.index,
      head: t.index,
    });
  }
  return out;
}
