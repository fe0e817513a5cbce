/** Every compiled resource extraction reads, loaded once and shared by the articles one extractor codes. */
import { MentionFinder } from "../actors/find-mentions.js";
import { loadDictionary, type Dictionary } from "../actors/dictionary.js";
import { DictionaryError, extraDictionaryDirs, folderFiles } from "../dictionaries/files.js";
import {
  condemningWords,
  praisingWords,
  loadEvaluativeLexicon,
  type EvaluativeLexicon,
} from "../slant/evaluative-lexicon.js";
import { loadLightNouns, type LightNouns } from "../events/context.js";
import { loadEventNouns, type EventNouns } from "../events/event-nouns.js";
import { loadJudgementCues, type JudgementCues } from "../events/judgements.js";
import { loadLexicon, type LexiconRule } from "../events/lexicon.js";
import { loadModalityCues, type ModalityCues } from "../events/modality.js";
import { loadVerbDictionary, type VerbDictionary } from "../events/verb-dictionary.js";
import { loadNominals, type NominalDictionary } from "../events/nominal-dictionary.js";
import { loadReciprocalVerbs } from "../events/reciprocal-verbs.js";
import { loadSyntaxModel } from "../language/syntax/load-syntax-model.js";
import type { SyntaxModel } from "../language/syntax/model-file.js";
import { loadSportsWords, type SportsWords } from "../read/sports-report.js";

/**
 * Dictionaries, lexicon and models. Nothing of these is cached in a module, so two extractors with
 * different dictionaries can live in one process. wink-nlp's engine is the one exception, shared by the
 * process (`language/analyse.ts`): each load of its model holds on to about 50 MB, and the twentieth fails.
 */
export interface Extractor {
  readonly finder: MentionFinder;
  readonly rules: readonly LexiconRule[];
  readonly cues: ModalityCues;
  /** Tagger and dependency parser of the language stage. */
  readonly syntax: SyntaxModel;
  /** The verb dictionary (data/verbs): CAMEO verb patterns matched on the parse. */
  readonly verbs: VerbDictionary;
  /** Nouns that name acts (data/cues/event-nouns.json): "condemned the launch". */
  readonly nouns: EventNouns;
  /** Event nouns (data/nominals) and the verbs they nominalise: "sanctions on X". */
  readonly nominals: NominalDictionary;
  /** Words too general to be an event's specifics (data/merge/light-nouns.json). */
  readonly light: LightNouns;
  /** Evaluative words for slant (data/slant/evaluative.json). */
  readonly evaluative: EvaluativeLexicon;
  /** What makes a speaker's judgement a criticism (data/cues/judgements.json, and the strong evaluative words). */
  readonly judgements: JudgementCues;
  /** Words of sports reporting (data/cues/sports.json): a sports report is coded for no events. */
  readonly sports: SportsWords;
  /** Verbs of acts done with each other (data/cues/reciprocal.json): "Kenya and Uganda discussed…". */
  readonly reciprocal: ReadonlySet<string>;
}

/** Builds an extractor: every dictionary read now, from the bundled data and the extra folders (DYAD_DICTIONARIES). */
export function createExtractor(dictionary?: Dictionary): Extractor {
  // A file no loader reads is a dictionary the user believes is in use: say so rather than drop it.
  for (const root of extraDictionaryDirs()) {
    const stray = folderFiles(root).unread[0];
    if (stray)
      throw new DictionaryError(
        stray,
        "no dictionary is read from this place (data/README.md lists where each kind goes)",
      );
  }
  const verbs = loadVerbDictionary();
  const evaluative = loadEvaluativeLexicon();
  return {
    finder: new MentionFinder(dictionary ?? loadDictionary()),
    rules: loadLexicon(),
    cues: loadModalityCues(),
    syntax: loadSyntaxModel(),
    verbs,
    nominals: loadNominals(verbs),
    nouns: loadEventNouns(),
    light: loadLightNouns(),
    evaluative,
    judgements: loadJudgementCues(condemningWords(evaluative), undefined, praisingWords(evaluative)),
    sports: loadSportsWords(),
    reciprocal: loadReciprocalVerbs(),
  };
}
