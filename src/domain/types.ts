/** The domain of dyad in one place: articles, their language layer, actors, mentions and events. */
import type { Modality, Quad, Role, Sector } from "./vocabulary.js";

export type { Modality, Quad, Role, Sector } from "./vocabulary.js";

/**
 * ISO 3166-1 alpha-3 code, an organisation code (NATO, UN...) or a non-state group code.
 * A plain alias, not a brand: codes come from dictionary files and stored rows, which no constructor
 * could check more than the dictionary loader already does.
 */
export type ActorCode = string;

/** A cleaned article ready for analysis; offsets of every later stage point into `text`. */
export interface Article {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly format: "text" | "markdown" | "html";
}

export interface Token {
  readonly index: number;
  readonly text: string;
  /** Lower-cased lemma ("signed" -> "sign"). */
  readonly lemma: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Index of the syntactic head in the sentence's tokens, -1 for the root (and for every token of an unparsed sentence). */
  readonly head: number;
  /** Universal Dependencies relation to the head ("nsubj", "obj", "obl"…); "" in an unparsed sentence. */
  readonly rel: string;
  /** Penn Treebank tag from the syntax model ("VBD", "VBN", "MD"…), in parsed sentences only: tense and aspect. */
  readonly tag?: string;
}

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Whether the dependency parser has filled the tokens' `head` and `rel`. */
  readonly parsed: boolean;
}

/** Where a mention sits among actors: scored states and organisations, or out-of-scope groups. */
export type ActorScope = "state" | "igo" | "nonstate";

export interface ActorRef {
  readonly code: ActorCode;
  readonly role: Role;
  readonly scope: ActorScope;
  /** Set when the mention names an office holder. */
  readonly person?: string;
}

/** How an actor was named: drives which slots it can fill ("Russian helicopters" is not a subject). */
/** A `city` (not a capital) only says where something happened: "travelled to Jeddah". */
export type MentionForm =
  "name" | "adjective" | "capital" | "city" | "body" | "person" | "title" | "coreference";

export interface Mention {
  readonly sentence: number;
  /** Token range [first, last] inclusive within the sentence. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly form: MentionForm;
  /** One actor, or several for "the two countries" / "both sides". */
  readonly actors: readonly ActorRef[];
}

/**
 * An act told in the article, for a later noun to refer back to: "North Korea fired a missile. Japan
 * condemned the launch." Kept per sentence by the extractor.
 */
export interface Act {
  /** Index of the sentence in the article, and of the act's head word in it. */
  readonly sentence: number;
  readonly token: number;
  /** Lemma of the head word ("fire", "launch"). */
  readonly lemma: string;
  /** Who did it. */
  readonly doers: readonly ActorRef[];
  /** Whether it is a deed rather than words (CAMEO 06-09, 14-20, or a verb of the event-noun list): what "the move" can mean. */
  readonly deed: boolean;
  /** When it was done, as its sentence dates it; null where the sentence gives no date. */
  readonly date?: string | null;
}

export interface Amount {
  readonly value: number;
  readonly unit: string;
}

/** What an event's sentence names besides its actors; what merging compares across reports. */
export interface EventContext {
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** People who act or are acted upon in this event, as "ACTOR:Name" ("RUS:Sergey Lavrov" in "Lavrov visited Islamabad"). */
  readonly agents: readonly string[];
  /** Every office holder or named person in the sentence, as resolved by the actor dictionary. */
  readonly persons: readonly string[];
  /** Places named after a locative preposition near the evidence ("in Cherat", "at Karachi"). */
  readonly places: readonly string[];
  /** Proper names and model designations near the evidence ("mi-35", "aman"), lower-cased. */
  readonly named: readonly string[];
  /** Lemmas of the content nouns near the evidence. */
  readonly terms: readonly string[];
}

/** A coded event as printed by `dyad extract --format jsonl` (spec: shared/spec/events.md). */
export interface EventRecord {
  article: string;
  source: ActorCode;
  target: ActorCode;
  source_role: Role;
  target_role: Role;
  code: string;
  quad: Quad;
  symmetric: boolean;
  date: string | null;
  modality: Modality;
  sector: Sector;
  amount?: Amount;
  evidence: string;
  start: number;
  end: number;
  rule: string;
  goldstein: number;
  /** Not part of the printed record: people who fill the source and target slots, as "ACTOR:Name". */
  agents?: string[];
  /** Not part of the printed record: the specifics stored for merging. */
  context?: EventContext;
}

/** A sentence that moved an article's slant, and the words or events that moved it. */
export interface SlantDriver {
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly weight: number;
  readonly cues: readonly string[];
}

/** How one article frames one dyad: -1 hostile .. +1 warm, overall and toward each actor. */
export interface ArticleSlant {
  readonly dyad: string;
  readonly score: number;
  readonly toward: Readonly<Record<string, number>>;
  readonly events: number;
  readonly drivers: readonly SlantDriver[];
}

/** A problem found in the input: reported, never thrown, so the other files still run. */
export interface Message {
  readonly file: string;
  readonly level: "error" | "warning" | "info";
  readonly reason: string;
}

/** A stretch of text, by character offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Something extraction noticed in an article that a user can act on: which stage saw it, where, and why. */
export interface ExtractionMessage {
  /** The stage or rule that noticed it ("read", "dates"). */
  readonly rule: string;
  /** Where in the cleaned text, when it has a place. */
  readonly span: Span | null;
  readonly reason: string;
}

export type BlockKind = "title" | "heading" | "body";

/** A paragraph of the cleaned text; headings and captions are kept but no events are coded in them. */
export interface Block {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
}
