/** The port re-clustering works through: what a store reads and writes for merge (types only, so faces can name them). */
import type { ClusterRecord, Conflict } from "../domain/records.js";
import type { Report } from "./report.js";

/** A report as stored, with the cluster it is in now (null until first clustered). */
export type StoredReport = Report & { readonly clusterId: string | null };

/** One cluster as merging built it, with its conflicts in full. */
export interface BuiltCluster extends Omit<ClusterRecord, "conflicts"> {
  readonly conflicts: readonly Conflict[];
}

/** A dyad's clusters, or those of the part of it that was rebuilt, and the cluster each of their events belongs to. */
export interface DyadClustering {
  readonly dyad: string;
  readonly clusters: readonly BuiltCluster[];
  /** Every report of the dyad when it was rebuilt whole; the part's reports otherwise. */
  readonly membership: ReadonlyMap<number, string>;
  /** The stored clusters these replace: all of the dyad's, or only those the rebuilt part's reports were in. */
  readonly replaces:
    { readonly kind: "dyad" } | { readonly kind: "clusters"; readonly ids: ReadonlySet<string> };
}

/** What re-clustering reads and writes inside one write transaction of the store. */
export interface ClusterTransaction {
  /** Every stored report of the dyad. */
  reportsOf(dyad: string): Promise<StoredReport[]>;
  /** The stored size of each of the dyad's clusters. */
  clusterSizes(dyad: string): Promise<ReadonlyMap<string, number>>;
  /** The texts of these articles (claims quote whole sentences from them). */
  articleTexts(articleIds: readonly number[]): Promise<ReadonlyMap<number, string>>;
  /** Stores the dyad's clustering; `reports` are what reportsOf gave, so only what changed is written. */
  writeClusters(clustering: DyadClustering, reports: readonly StoredReport[]): Promise<void>;
}

/** Dyads rebuilt in one write transaction, and how many events they hold. */
export interface PlannedSlice {
  readonly dyads: readonly string[];
  readonly events: number;
}

/** The store side of re-clustering (implemented by every store; merge never imports the store). */
export interface ClusterStore {
  /**
   * The dyads to rebuild, grouped into slices that are each written in one transaction: the given
   * dyads plus any holding events no cluster took in yet, or every dyad when none are given.
   */
  clusterPlan(dyads?: readonly string[]): Promise<readonly PlannedSlice[]>;
  /**
   * Runs a rebuild of every dyad (`work`, which calls withDyads). A store may set aside meanwhile the
   * indexes that rewriting every event would update at random, and build them once at the end.
   */
  rebuildingAll(work: () => Promise<void>): Promise<void>;
  /** Runs `work` in one write transaction that holds the re-clustering lock of each of `dyads`. */
  withDyads(dyads: readonly string[], work: (tx: ClusterTransaction) => Promise<void>): Promise<void>;
}
