/** The document every extraction stage reads and adds to, and the shape of a stage. */
import type {
  ActorRef,
  Article,
  ArticleSlant,
  Block,
  EventRecord,
  ExtractionMessage,
  Mention,
  Sentence,
} from "../domain/types.js";
import type { Coded, Skipped } from "../events/code-sentence.js";
import type { SportsReading } from "../read/sports-report.js";
import type { AmountMention } from "../language/amounts.js";
import type { DateMention } from "../language/dates.js";
import type { Extractor } from "./extractor.js";
import type { QuoteRegion } from "./quotes.js";

/** What was learned about one sentence, for --explain. */
export interface SentenceReport {
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  readonly events: readonly EventRecord[];
  readonly skipped: readonly Skipped[];
  /** How each coded trigger got its rule and participants; `events` index into this report's events. */
  readonly coded: readonly Coded[];
  readonly heading: boolean;
}

/**
 * One article on its way through the stages. Per-sentence fields are indexed like `sentences`; a stage
 * replaces a field whole rather than editing another stage's arrays.
 */
export interface Doc {
  readonly article: Article;
  readonly blocks: readonly Block[];
  /** Lines cleaning removed as clutter. */
  readonly removed: readonly string[];
  /** Sentences and tokens; after the parse stage, those that name an actor carry their tree. */
  sentences: Sentence[];
  /** Dates each sentence names, with offsets into the article's text. */
  dates: DateMention[][];
  /** Actors each sentence names: found, then surnames, antecedents and quotations' "we" added. */
  mentions: Mention[][];
  /** Token indices where each sentence names a commentator or outlet instead of an actor. */
  voices: number[][];
  /** The day of the news the article reports, when it has one. */
  day: string | null;
  /** The article's sports words: a sports report is coded for no events, and only an article that uses any has a sentence that can tell a match. */
  sports: SportsReading;
  quotes: QuoteRegion[];
  /** Each quotation's speaker, in the order of `quotes`. */
  speakers: readonly (ActorRef | null)[];
  amounts: AmountMention[];
  reports: SentenceReport[];
  events: EventRecord[];
  slants: ArticleSlant[];
  /** What the stages noticed in the input that a user can act on; `--explain` prints them. */
  messages: ExtractionMessage[];
}

/** A pipeline stage: reads what earlier stages put on the document and adds its own. */
export interface Stage {
  readonly name: string;
  readonly run: (doc: Doc, extractor: Extractor) => void;
}

/** A document before any stage has run. */
export function newDoc(
  article: Article,
  blocks: readonly Block[],
  removed: readonly string[],
  messages: readonly ExtractionMessage[] = [],
): Doc {
  return {
    article,
    blocks,
    removed,
    sentences: [],
    dates: [],
    mentions: [],
    voices: [],
    day: null,
    sports: { report: null, anyWord: false },
    quotes: [],
    speakers: [],
    amounts: [],
    reports: [],
    events: [],
    slants: [],
    messages: [...messages],
  };
}
