/** The storage interface: what ingest and the queries need, whatever the database behind it. */
import type { Article, EventRecord, Mention } from "../domain/types.js";
import type { Block } from "../read/clean-text.js";

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
  readonly extractorVersion: string;
}

/** Filters shared by every query command (`--actor`, `--dyad`, `--since`…). */
export interface EventFilter {
  readonly actors?: readonly string[];
  readonly dyad?: readonly [string, string];
  /** YYYY[-MM[-DD]]: events that can fall on or after it. */
  readonly since?: string;
  readonly until?: string;
  /** CAMEO root or sub-code prefix ("06", "062"). */
  readonly code?: string;
  readonly quad?: number;
  readonly modality?: string;
  /** Any of these modalities (the dyad series counts asserted and reported events by default). */
  readonly modalities?: readonly string[];
  /** Outlet name. */
  readonly source?: string;
}

export interface StoredEvent {
  readonly id: number;
  readonly articleId: number;
  readonly article: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly source: string;
  readonly target: string;
  readonly sourceRole: string;
  readonly targetRole: string;
  readonly code: string;
  readonly cameo: string;
  readonly quad: number;
  readonly symmetric: boolean;
  readonly date: string | null;
  readonly modality: string;
  readonly sector: string;
  readonly amountValue: number | null;
  readonly amountUnit: string | null;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly goldstein: number;
  readonly extractorVersion: string;
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

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** What every backend provides; callers never see SQL or the dialect. */
export interface Store {
  readonly location: string;
  /** Hashes of every stored article, to skip known ones before extracting. */
  knownHashes(): Promise<Set<string>>;
  /** Writes one article with its mentions and events in one transaction; false if its hash was already stored. */
  addArticle(record: ArticleRecord): Promise<boolean>;
  /** Replaces an article's mentions and events in one transaction. */
  replaceExtraction(articleId: number, mentions: readonly Mention[], events: readonly EventRecord[], extractorVersion: string): Promise<void>;
  /** Ids of articles coded by another extractor version (all when `version` is null). */
  staleArticles(version: string | null): Promise<number[]>;
  article(id: number): Promise<StoredArticle | null>;
  events(filter: EventFilter, page: Page): Promise<StoredEvent[]>;
  dyadSeries(a: string, b: string, by: Period, filter: EventFilter): Promise<DyadSeries>;
  actors(filter: EventFilter, limit: number): Promise<ActorRow[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}
