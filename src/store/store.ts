/** The storage interface: what ingest and the queries need, whatever the database behind it. */
import type {
  ActorRow,
  ArticleDetail,
  ArticleRecord,
  ArticleSummary,
  ClusterDetail,
  ClusterRecord,
  Conflict,
  DyadSeries,
  EventFilter,
  NetworkEdge,
  FixedOrderPage,
  OffsetPage,
  Page,
  Period,
  SearchHit,
  Slant,
  SourcesReport,
  Stats,
  StoredArticle,
  StoredEvent,
} from "../domain/records.js";
export * from "../domain/records.js";
import type { ArticleSlant, EventRecord, Mention } from "../domain/types.js";
import type { ClusterStore } from "../merge/cluster-store.js";

/**
 * What every backend provides; callers never see SQL or the dialect. Re-clustering goes through
 * `updateClusters(store, dyads)` of merge/recluster.ts.
 */
export interface Store extends ClusterStore {
  readonly location: string;
  /** Hashes of every stored article, to skip known ones before extracting. */
  knownHashes(): Promise<Set<string>>;
  /** Writes one article with its mentions and events in one transaction; false if its hash was already stored. */
  addArticle(record: ArticleRecord): Promise<boolean>;
  /** Replaces an article's mentions and events in one transaction. */
  replaceExtraction(
    articleId: number,
    mentions: readonly Mention[],
    events: readonly EventRecord[],
    slants: readonly ArticleSlant[],
    extractorVersion: string,
  ): Promise<void>;
  /** Ids of articles coded by another extractor version (all when `version` is null). */
  staleArticles(version: string | null): Promise<number[]>;
  article(id: number): Promise<StoredArticle | null>;
  events(filter: EventFilter, page: Page): Promise<StoredEvent[]>;
  /** How many events match: the M of "N of M" beside any page of them. */
  countEvents(filter: EventFilter): Promise<number>;
  dyadSeries(a: string, b: string, by: Period, filter: EventFilter): Promise<DyadSeries>;
  actors(filter: EventFilter, limit: number): Promise<ActorRow[]>;
  /** Articles matching what a user typed, best first, with their events. */
  search(query: string, page: OffsetPage): Promise<SearchHit[]>;
  searchCount(query: string): Promise<number>;
  stats(): Promise<Stats>;
  /** Every dyad with events matching the filter, most events first. */
  network(filter: EventFilter): Promise<NetworkEdge[]>;
  /** Stored articles, newest first. */
  articleList(page: FixedOrderPage): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  articleDetail(id: number): Promise<ArticleDetail | null>;
  /** The id of the article stored with this content hash, if any. */
  articleIdByHash(hash: string): Promise<number | null>;
  clusters(filter: EventFilter, page: Page): Promise<ClusterRecord[]>;
  countClusters(filter: EventFilter): Promise<number>;
  cluster(id: string): Promise<ClusterDetail | null>;
  conflicts(filter: EventFilter): Promise<Conflict[]>;
  /** Slant of one article toward each dyad it discusses. */
  slant(articleId: number): Promise<Slant[]>;
  sources(a: string, b: string): Promise<SourcesReport>;
  close(): Promise<void>;
}
