/**
 * What is stored and read back: articles with their events, clusters of reports, conflicts, series.
 * Plain records in the domain, so that merging, slant and ingest can use them without the store.
 */
import type { Article, ArticleSlant, Block, EventRecord, Mention, MentionForm } from "./types.js";
import type { Modality, Quad, Role, Sector, UndatedMode } from "./vocabulary.js";
export type { ArticleSlant, SlantDriver } from "./types.js";

/** The key of an unordered pair of actors: "CHN-IND" for either direction. */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** One cleaned article and what the extractor found in it, written in one transaction. */
export interface ArticleRecord {
  readonly hash: string;
  readonly origin: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly text: string;
  readonly format: string;
  readonly blocks: readonly Block[];
  readonly mentions: readonly Mention[];
  readonly events: readonly EventRecord[];
  readonly slants: readonly ArticleSlant[];
  readonly extractorVersion: string;
}

/** Filters shared by every query command (`--actor`, `--dyad`, `--since`…). */
export interface EventFilter {
  readonly actors?: readonly string[];
  readonly dyad?: readonly [string, string];
  /** YYYY[-MM[-DD]]: events that can fall on or after it. */
  readonly since?: string;
  readonly until?: string;
  /** Undated events beside the date range: see UNDATED_MODES. */
  readonly undated?: UndatedMode;
  /** CAMEO root or sub-code prefix ("06", "062"). */
  readonly code?: string;
  readonly quad?: Quad;
  readonly modality?: Modality;
  /** Any of these modalities (the dyad series counts asserted and reported events by default). */
  readonly modalities?: readonly Modality[];
  /** Outlet name. */
  readonly source?: string;
  /** Count clusters (one per real-world event) instead of raw records. */
  readonly merged?: boolean;
}

export interface StoredEvent {
  readonly id: number;
  readonly articleId: number;
  readonly article: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly source: string;
  readonly target: string;
  readonly sourceRole: Role;
  readonly targetRole: Role;
  readonly code: string;
  readonly cameo: string;
  readonly quad: Quad;
  readonly symmetric: boolean;
  readonly date: string | null;
  readonly modality: Modality;
  readonly sector: Sector;
  readonly amountValue: number | null;
  readonly amountUnit: string | null;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly goldstein: number;
  readonly extractorVersion: string;
  /** The cluster of reports of the same real-world event this record belongs to (null until clustered). */
  readonly clusterId: string | null;
}

/** One real-world event as told by one or more records: the canonical values are the best-supported ones. */
export interface ClusterRecord {
  /** Stable across rebuilds and ingest order: derived from the content of its first member. */
  readonly id: string;
  readonly dyad: string;
  readonly source: string;
  readonly target: string;
  readonly symmetric: boolean;
  readonly code: string;
  readonly cameo: string;
  readonly quad: Quad;
  readonly goldstein: number;
  readonly date: string | null;
  readonly modality: Modality;
  readonly sector: Sector;
  readonly amountValue: number | null;
  readonly amountUnit: string | null;
  /** Evidence of the member that best supports the canonical values. */
  readonly evidence: string;
  readonly members: number;
  readonly articles: number;
  /** Distinct outlets; articles with no outlet count once per distinct wording (syndicated copies count once). */
  readonly outlets: number;
  readonly conflicts: number;
}

export interface ClusterDetail extends ClusterRecord {
  readonly events: readonly StoredEvent[];
}

export const CONFLICT_ATTRIBUTES = ["date", "amount", "count", "actor", "place"] as const;
export type ConflictAttribute = (typeof CONFLICT_ATTRIBUTES)[number];

/** One source's value for a disputed attribute, with its exact words. */
export interface Claim {
  readonly value: string;
  readonly eventId: number;
  readonly articleId: number;
  readonly article: string;
  readonly outlet: string | null;
  readonly evidence: string;
  /** The whole sentence the evidence sits in, where the disputed value usually is. */
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
}

export interface Conflict {
  readonly cluster: string;
  readonly dyad: string;
  readonly attribute: ConflictAttribute;
  readonly claims: readonly Claim[];
  readonly note: string;
}

/** How one article frames one dyad (see ArticleSlant), with the article it belongs to. */
export interface Slant extends ArticleSlant {
  readonly articleId: number;
}

export interface SourceRow {
  readonly articleId: number;
  readonly origin: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly slant: Slant | null;
  /** Cluster ids this article reports, and those of the dyad that other articles report and it leaves out. */
  readonly reports: readonly string[];
  readonly omits: readonly string[];
  /** Conflicts in which this article holds one of the claims. */
  readonly contradicted: readonly Conflict[];
}

export interface SourcesReport {
  readonly dyad: string;
  readonly clusters: readonly ClusterRecord[];
  readonly articles: readonly SourceRow[];
  readonly outlets: readonly {
    readonly outlet: string;
    readonly articles: number;
    readonly slant: number | null;
  }[];
}

export const PERIODS = ["year", "quarter", "month"] as const;
export type Period = (typeof PERIODS)[number];

/** Counts and Goldstein totals of one direction (or both) in one period. */
export interface Flow {
  readonly events: number;
  readonly quad: readonly [number, number, number, number];
  readonly goldsteinSum: number;
  readonly goldsteinMean: number | null;
}

export interface SeriesRow {
  readonly period: string;
  readonly forward: Flow;
  readonly backward: Flow;
  readonly combined: Flow;
  readonly mostCooperative: StoredEvent | null;
  readonly mostConflictual: StoredEvent | null;
}

export interface DyadSeries {
  readonly a: string;
  readonly b: string;
  readonly by: Period;
  readonly rows: readonly SeriesRow[];
  /** Events of the dyad with no date, which no period can hold. */
  readonly undated: number;
}

export interface ActorRow {
  readonly actor: string;
  readonly events: number;
  readonly asSource: number;
  readonly asTarget: number;
  readonly partners: readonly { readonly actor: string; readonly events: number }[];
}

export interface SearchHit {
  readonly articleId: number;
  readonly origin: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly snippet: string;
  readonly events: readonly StoredEvent[];
}

export interface Stats {
  readonly location: string;
  readonly schemaVersion: number;
  readonly articles: number;
  readonly sources: number;
  readonly mentions: number;
  readonly events: number;
  readonly firstEvent: string | null;
  readonly lastEvent: string | null;
  readonly extractorVersions: readonly { readonly version: string; readonly articles: number }[];
  readonly topDyads: readonly { readonly dyad: string; readonly events: number }[];
}

/** A stored article, enough to code it again. */
export interface StoredArticle {
  readonly id: number;
  readonly origin: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly format: Article["format"];
  readonly blocks: readonly Block[];
}

/** One dyad as an edge of the relations graph. */
export interface NetworkEdge {
  readonly dyad: string;
  readonly a: string;
  readonly b: string;
  readonly events: number;
  readonly quad: readonly [number, number, number, number];
  readonly goldsteinMean: number;
}

/** A stored article in a list: no text. */
export interface ArticleSummary {
  readonly id: number;
  readonly origin: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly events: number;
}

/** An actor mention with its offsets in the stored text. */
export interface StoredMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly form: MentionForm;
  readonly code: string;
  readonly role: Role;
  readonly person: string | null;
}

/** One article with its text, layout, mentions and events, for reading it with what was found. */
export interface ArticleDetail extends ArticleSummary {
  readonly text: string;
  readonly format: string;
  readonly blocks: readonly Block[];
  readonly mentions: readonly StoredMention[];
  readonly eventList: readonly StoredEvent[];
}

/**
 * Which rows of a list: from a position, or after a cursor (the last row of the page before). A page
 * after a cursor costs the same however deep it lies; an offset skips every row before it.
 */
export type Page = FixedOrderPage & {
  /** Lists of dated rows: oldest first (the default), or newest first with undated rows after every dated one. */
  readonly order?: ListOrder;
};
/** A page of a list with one order of its own (articles: newest published first). */
export type FixedOrderPage =
  { readonly limit: number; readonly offset: number } | { readonly limit: number; readonly after: string };
/** A page by position: for lists no index keeps in order. */
export type OffsetPage = Extract<Page, { readonly offset: number }>;

export const LIST_ORDERS = ["oldest", "newest"] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];
