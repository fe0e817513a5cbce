/** One record per distinct event per article: an act told again is not a second act. */
import { disputedActors } from "../domain/agents.js";
import type { EventRecord } from "../domain/types.js";

/** Dates that may name the same time: equal, or one of them unknown (the year is compared beside it). */
const sameTime = (a: string | null, b: string | null) => !a || !b || a === b;

const subCode = (e: EventRecord) => e.rule.split(":")[1] ?? e.code;

/**
 * One record per distinct event per article (spec): the same actors and code at the same time told twice
 * count once; on two different days of a year ("welcomed … on Tuesday", "welcomed … on Wednesday") they are two acts.
 */
export function dedupe(events: readonly EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  for (const e of events) {
    const year = e.date?.slice(0, 4) ?? null;
    // Same CAMEO sub-code: expelling an envoy (161) and revoking a treaty (160) in one year are two acts.
    const twin = out.find(
      (o) =>
        o.code === e.code &&
        subCode(o) === subCode(e) &&
        o.modality === e.modality &&
        ((o.source === e.source && o.target === e.target) ||
          (e.symmetric && o.source === e.target && o.target === e.source)) &&
        (o.date?.slice(0, 4) ?? null) === year &&
        sameTime(o.date, e.date) &&
        // Naming another person for the same actor is kept apart, so the disagreement shows.
        disputedActors(o.agents ?? [], e.agents ?? []).length === 0,
    );
    if (!twin) out.push(e);
  }
  return out;
}
