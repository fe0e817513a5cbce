/** Whether two reports tell the same real-world event, as a score built from what they share. */
import { compatibleDates, monthsApart, precise, yearsApart } from "./dates.js";
import { disputedActors, splitAgent } from "../domain/agents.js";
import type { Report } from "./report.js";
import { eventKindNouns } from "../events/context.js";

/** Reports scoring at least this much, and sharing a specific, are the same event. */
export const SAME_EVENT = 3;

// An intention (CAMEO 03) and the act it announces (06-08) are one event told at two stages:
// "promised to invest $2 billion" and "invested $2 billion".
const STAGES: Readonly<Record<string, readonly string[]>> = { "03": ["06", "07", "08"], "06": ["03"], "07": ["03"], "08": ["03"] };

/** Figures within 2% are one figure written two ways ("$2.5 billion", "2.5bn USD", "$2,499 million"). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
}

function actorsAgree(a: Report, b: Report): boolean {
  if (a.source === b.source && a.target === b.target) return true;
  return (a.symmetric || b.symmetric) && a.source === b.target && a.target === b.source;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

export interface Likeness {
  readonly score: number;
  /** Specifics both reports name: a merge needs at least one, or the same precise date. */
  readonly specifics: readonly string[];
}

/**
 * null when the two cannot be one event (other actors, codes, negation, dates years apart).
 * Two records of one article are never one event for merging (`within` false): the extractor
 * already folded an article's retellings; with `within`, an article's own retellings are compared.
 */
export function likeness(a: Report, b: Report, within = false): Likeness | null {
  if (!actorsAgree(a, b)) return null;
  if (a.modality === "hypothetical" || b.modality === "hypothetical") return null;
  if ((a.modality === "negated") !== (b.modality === "negated")) return null;
  // The extractor keeps one record per distinct event per article (spec), so two records of one article are two events.
  if (a.articleId === b.articleId && (!within || a.context.sentenceStart === b.context.sentenceStart)) return null;
  const staged = a.code !== b.code;
  if (staged && !STAGES[a.code]?.includes(b.code)) return null;
  let score = a.cameo === b.cameo ? 2 : staged ? 0 : 1;
  let sameDate = false;
  let datesDiffer = false;
  if (a.date && b.date) {
    if (compatibleDates(a.date, b.date)) {
      sameDate = a.date === b.date && precise(a.date);
      score += a.date === b.date ? (precise(a.date) ? 3 : 1) : 1;
    } else if (precise(a.date) && precise(b.date) ? monthsApart(a.date, b.date) <= 2 : yearsApart(a.date, b.date) <= 1) {
      // Sources misdate events by a day, a month, or a year when one only gives the year ("in 2014" vs
      // "in July 2015"); strong specifics can still tie them. Two precise dates further apart are two events.
      score -= 2;
      datesDiffer = true;
    } else return null;
  }
  const specifics: string[] = [];
  const agents = shared(a.context.agents, b.context.agents).map((x) => splitAgent(x)[1]);
  if (disputedActors(a.context.agents, b.context.agents).length) score -= 4;
  // A person merely named in both sentences counts only if one of the reports has them acting.
  const acting = [...a.context.agents, ...b.context.agents].map((x) => splitAgent(x)[1]);
  const persons = agents.length ? agents : shared(a.context.persons, b.context.persons).filter((p) => acting.includes(p));
  if (persons.length) score += 4;
  specifics.push(...persons);
  const named = shared(a.context.named, b.context.named);
  score += Math.min(4, 2 * named.length);
  // Different names for the object ("the Druzhba exercise", "the Aman exercise") point at different events.
  if (named.length === 0 && a.context.named.length && b.context.named.length) score -= 2;
  specifics.push(...named);
  const terms = shared(a.context.terms, b.context.terms).filter((t) => !named.includes(t));
  score += Math.min(3, terms.length);
  // "drills" in two reports of exercises says nothing about which exercise.
  const kinds = eventKindNouns();
  specifics.push(...terms.filter((t) => !kinds.has(t)));
  const places = shared(a.context.places, b.context.places);
  score += Math.min(2, places.length);
  specifics.push(...places);
  if (a.amountValue !== null && b.amountValue !== null && a.amountUnit === b.amountUnit) {
    if (sameFigure(a.amountValue, b.amountValue)) {
      score += 3;
      specifics.push(`${a.amountValue} ${a.amountUnit}`);
    } else score -= 1;
  }
  // Officials meet again and again: a person in common is not enough to tie reports dated differently.
  if (datesDiffer && specifics.length === persons.length) return { score, specifics: [] };
  return { score, specifics: sameDate && specifics.length === 0 ? [a.date!] : specifics };
}

/** Whether a likeness is enough to call two reports one event. */
export function isSameEvent(l: Likeness | null): l is Likeness {
  return l !== null && l.score >= SAME_EVENT && l.specifics.length > 0;
}
