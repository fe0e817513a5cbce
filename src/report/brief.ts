/**
 * The dyad brief as one plain record: what the renderers (Markdown, HTML, PDF) print, gathered from the
 * same store queries as the dyad and sources views, so that the figures agree with them.
 */
import type { Modality, Quad } from "../domain/vocabulary.js";
import type { Flow, Period } from "../store/store.js";

/** Where a statement comes from: one stored article and the exact words of it that support the statement. */
export interface Citation {
  readonly articleId: number;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** The file (or corpus line) the article was ingested from. */
  readonly origin: string;
  /** The quoted evidence: the article's stored text from `start` to `end`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** One coded event as the brief states it: who did what to whom, when, and where it was read. */
export interface CitedEvent {
  readonly source: string;
  readonly target: string;
  readonly symmetric: boolean;
  readonly cameo: string;
  readonly date: string | null;
  readonly modality: Modality;
  readonly goldstein: number;
  readonly citation: Citation;
}

/** One period of the trend: the dyad series' row, with its most cooperative and most conflictual event. */
export interface TrendPeriod {
  readonly period: string;
  readonly combined: Flow;
  readonly forward: Flow;
  readonly backward: Flow;
  readonly mostCooperative: CitedEvent | null;
  readonly mostConflictual: CitedEvent | null;
}

/** One real-world event (a cluster of reports), with a citation per article that reports it (up to a few). */
export interface MainEvent {
  readonly clusterId: string;
  readonly source: string;
  readonly target: string;
  readonly symmetric: boolean;
  readonly cameo: string;
  readonly quad: Quad;
  readonly goldstein: number;
  readonly date: string | null;
  readonly modality: Modality;
  readonly outlets: number;
  readonly articles: number;
  readonly citations: readonly Citation[];
}

/** One attribute that the sources of one event report differently, with each source's claim. */
export interface BriefConflict {
  readonly clusterId: string;
  readonly attribute: string;
  readonly note: string;
  readonly claims: readonly { readonly value: string; readonly citation: Citation }[];
}

/**
 * How one outlet frames the dyad: its articles' mean slant (-1 hostile .. +1 warm) and the sentence that
 * moved it most. Articles without an outlet are each their own row, named by their origin.
 */
export interface OutletFraming {
  readonly outlet: string | null;
  /** Where the lone article of a row without an outlet came from. */
  readonly origin: string | null;
  readonly articles: number;
  /** Mean over its articles that have a slant, rounded as the sources view rounds it; null when none has. */
  readonly slant: number | null;
  readonly toward: Readonly<Record<string, number>>;
  /** The evaluative words or events of the strongest sentence. */
  readonly cues: readonly string[];
  readonly weight: number | null;
  readonly citation: Citation | null;
}

export interface Brief {
  readonly a: string;
  readonly b: string;
  /** Display names from the actor dictionaries ("Russia"), when known. */
  readonly names: { readonly a: string | null; readonly b: string | null };
  readonly since: string | null;
  readonly until: string | null;
  /** The day the brief was made (YYYY-MM-DD). */
  readonly generated: string;
  readonly by: Period;
  /** Counted as the dyad view's chart counts: asserted and reported events, one per cluster of reports. */
  readonly totals: Flow;
  readonly trend: readonly TrendPeriod[];
  /** Events with no date: in no period and in no date range, but counted here. */
  readonly undated: number;
  /** Planned, negated and hypothetical events in the range: left out of the counts. */
  readonly notHappened: number;
  /** Reports of the dyad in the range that no cluster holds yet (an ingest stopped before clustering). */
  readonly unclustered: number;
  readonly mostCooperative: CitedEvent | null;
  readonly mostConflictual: CitedEvent | null;
  readonly mainEvents: readonly MainEvent[];
  /** How many events the main ones were chosen from. */
  readonly eventCount: number;
  readonly conflicts: readonly BriefConflict[];
  /** All conflicts in the range; `conflicts` lists at most MAX_CONFLICTS of them. */
  readonly conflictCount: number;
  readonly framing: readonly OutletFraming[];
  /** Outlets (and unnamed articles) reporting on the dyad; `framing` lists the busiest of them. */
  readonly outletCount: number;
}

/** How the main events are chosen, as the brief says it. */
export const MAIN_EVENTS = 10;
export const MAIN_EVENTS_RULE =
  "the events reported by the most outlets, then those with the most extreme Goldstein score (cooperation or conflict), listed by date";
export const MAX_CONFLICTS = 20;
export const MAX_OUTLETS = 12;
/** Citations under one main event: one per article, outlets first. */
export const CITATIONS_PER_EVENT = 3;
