/** Whether two reports tell the same real-world event, as a score built from what they share. */
import { compatibleDates, monthsApart, precise, yearsApart } from "./dates.js";
import { disputedActors, splitAgent } from "../domain/agents.js";
import type { Report } from "./report.js";
import { loadLightNouns } from "../events/context.js";

// Merging runs over stored reports, outside any extractor, so it reads the list itself, once.
let kindNouns: ReadonlySet<string> | null = null;
const eventKindNouns = () => (kindNouns ??= loadLightNouns().kinds);

/** Reports scoring at least this much, and sharing a specific, are the same event. */
export const SAME_EVENT = 3;

// An intention (CAMEO 03) and the act it announces (06-08) are one event told at two stages:
// "promised to invest $2 billion" and "invested $2 billion".
const STAGES: Readonly<Record<string, readonly string[]>> = {
  "03": ["06", "07", "08"],
  "06": ["03"],
  "07": ["03"],
  "08": ["03"],
};

/** Figures within 2% are one figure written two ways ("$2.5 billion", "2.5bn USD", "$2,499 million"). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
}

function actorsAgree(a: Report, b: Report): boolean {
  if (a.source === b.source && a.target === b.target) return true;
  return (a.symmetric || b.symmetric) && a.source === b.target && a.target === b.source;
}

const NONE: readonly string[] = [];
const shared = (a: readonly string[], b: readonly string[]) =>
  a.length && b.length ? a.filter((x) => b.includes(x)) : NONE;

export interface Likeness {
  readonly score: number;
  /** Specifics both reports name: a merge needs at least one, or the same precise date. */
  readonly specifics: readonly string[];
}

/** What a comparison notes beyond the score. */
interface Detail {
  /** Collected only when asked for (not null): clustering needs only how many there are. */
  specifics: string[] | null;
  count: number;
  persons: number;
  sameDate: boolean;
  datesDiffer: boolean;
}

/**
 * The likeness score of two reports, or null when they cannot be one event; fills `detail` when given.
 * Clustering compares millions of pairs in a dense dyad, so nothing is allocated unless specifics are asked for.
 */
function compare(a: Report, b: Report, within: boolean, detail: Detail | null): number | null {
  if (!actorsAgree(a, b)) return null;
  if (a.modality === "hypothetical" || b.modality === "hypothetical") return null;
  if ((a.modality === "negated") !== (b.modality === "negated")) return null;
  // The extractor keeps one record per distinct event per article (spec), so two records of one article are two events.
  if (a.articleId === b.articleId && (!within || a.context.sentenceStart === b.context.sentenceStart))
    return null;
  const staged = a.code !== b.code;
  if (staged && !STAGES[a.code]?.includes(b.code)) return null;
  let score = a.cameo === b.cameo ? 2 : staged ? 0 : 1;
  if (a.date && b.date) {
    if (compatibleDates(a.date, b.date)) {
      if (detail) detail.sameDate = a.date === b.date && precise(a.date);
      score += a.date === b.date ? (precise(a.date) ? 3 : 1) : 1;
    } else if (
      precise(a.date) && precise(b.date) ? monthsApart(a.date, b.date) <= 2 : yearsApart(a.date, b.date) <= 1
    ) {
      // Sources misdate events by a day, a month, or a year when one only gives the year ("in 2014" vs
      // "in July 2015"); strong specifics can still tie them. Two precise dates further apart are two events.
      score -= 2;
      if (detail) detail.datesDiffer = true;
    } else return null;
  }
  const bothActing = shared(a.context.agents, b.context.agents);
  const agents = bothActing.length ? bothActing.map((x) => splitAgent(x)[1]) : NONE;
  if (disputedActors(a.context.agents, b.context.agents).length) score -= 4;
  // A person merely named in both sentences counts only if one of the reports has them acting.
  const inBoth = agents.length ? NONE : shared(a.context.persons, b.context.persons);
  const acting = inBoth.length
    ? [...a.context.agents, ...b.context.agents].map((x) => splitAgent(x)[1])
    : NONE;
  const persons = agents.length ? agents : inBoth.length ? inBoth.filter((p) => acting.includes(p)) : NONE;
  if (persons.length) score += 4;
  const named = shared(a.context.named, b.context.named);
  score += Math.min(4, 2 * named.length);
  // Different names for the object ("the Druzhba exercise", "the Aman exercise") point at different events.
  if (named.length === 0 && a.context.named.length && b.context.named.length) score -= 2;
  const inBothTerms = shared(a.context.terms, b.context.terms);
  const terms = inBothTerms.length ? inBothTerms.filter((t) => !named.includes(t)) : NONE;
  score += Math.min(3, terms.length);
  const places = shared(a.context.places, b.context.places);
  score += Math.min(2, places.length);
  const figures = a.amountValue !== null && b.amountValue !== null && a.amountUnit === b.amountUnit;
  const sameAmount = figures && sameFigure(a.amountValue, b.amountValue);
  if (figures) score += sameAmount ? 3 : -1;
  if (detail) {
    // "drills" in two reports of exercises says nothing about which exercise.
    const kinds = terms.length ? eventKindNouns() : null;
    const specificTerms = kinds ? terms.filter((t) => !kinds.has(t)) : NONE;
    detail.count =
      persons.length + named.length + specificTerms.length + places.length + (sameAmount ? 1 : 0);
    detail.specifics?.push(...persons, ...named, ...specificTerms, ...places);
    if (sameAmount) detail.specifics?.push(`${a.amountValue} ${a.amountUnit}`);
    detail.persons = persons.length;
  }
  return score;
}

/** Whether the specifics likeness gives are empty: a person alone across different dates, or nothing and no shared precise date. */
const noSpecifics = (d: Detail) => (d.datesDiffer && d.count === d.persons) || (d.count === 0 && !d.sameDate);

/**
 * null when the two cannot be one event (other actors, codes, negation, dates years apart).
 * Two records of one article are never one event for merging (`within` false): the extractor
 * already folded an article's retellings; with `within`, an article's own retellings are compared.
 */
export function likeness(a: Report, b: Report, within = false): Likeness | null {
  const specifics: string[] = [];
  const detail: Detail = { specifics, count: 0, persons: 0, sameDate: false, datesDiffer: false };
  const score = compare(a, b, within, detail);
  if (score === null) return null;
  // Officials meet again and again: a person in common is not enough to tie reports dated differently.
  if (noSpecifics(detail)) return { score, specifics: [] };
  return { score, specifics: specifics.length === 0 ? [a.date!] : specifics };
}

const scratch: Detail = { specifics: null, count: 0, persons: 0, sameDate: false, datesDiffer: false };

/** isSameEvent(likeness(a, b)) ? its score : null, without collecting what the two share. */
export function sameEventScore(a: Report, b: Report): number | null {
  scratch.count = scratch.persons = 0;
  scratch.sameDate = scratch.datesDiffer = false;
  const score = compare(a, b, false, scratch);
  return score !== null && score >= SAME_EVENT && !noSpecifics(scratch) ? score : null;
}

/** likeness(a, b)?.score, without collecting what the two share. */
export function likenessScore(a: Report, b: Report): number | null {
  return compare(a, b, false, null);
}

/** Whether a likeness is enough to call two reports one event. */
export function isSameEvent(l: Likeness | null): boolean {
  return l !== null && l.score >= SAME_EVENT && l.specifics.length > 0;
}
