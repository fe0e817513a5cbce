/**
 * The event filters as both faces take them (CLI options, query-string parameters), validated into an
 * EventFilter. A bad value is a FilterError naming the parameter; each face says it in its own way.
 */
import { MODALITIES, QUADS, UNDATED_MODES, isOneOf } from "../domain/vocabulary.js";
import type { EventFilter } from "../domain/records.js";
import { isCalendarDate } from "../domain/calendar.js";

export interface FilterOptions {
  actor?: string;
  dyad?: string;
  since?: string;
  until?: string;
  undated?: string;
  code?: string;
  quad?: string;
  modality?: string;
  source?: string;
}

export class FilterError extends Error {
  override name = "FilterError";
  constructor(
    readonly parameter: keyof FilterOptions,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${parameter} "${value}": ${expected}`);
  }
}

const ACTOR = /^[A-Z][A-Z0-9]{1,11}$/;

/** Validates filter options into an EventFilter. */
export function parseFilter(o: FilterOptions): EventFilter {
  const f: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (o.actor) {
    const codes = o.actor
      .split(",")
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    const bad = codes.find((c) => !ACTOR.test(c));
    if (bad || codes.length === 0)
      throw new FilterError("actor", o.actor, "expected actor codes such as RUS,PAK");
    f.actors = codes;
  }
  if (o.dyad) {
    const parts = o.dyad.toUpperCase().split("-");
    if (parts.length !== 2 || !parts.every((p) => ACTOR.test(p)) || parts[0] === parts[1])
      throw new FilterError(
        "dyad",
        o.dyad,
        'expected two different actor codes joined by "-", such as RUS-PAK',
      );
    f.dyad = [parts[0]!, parts[1]!];
  }
  for (const key of ["since", "until"] as const) {
    const v = o[key];
    if (v !== undefined) {
      if (!isCalendarDate(v)) throw new FilterError(key, v, "expected a date YYYY, YYYY-MM or YYYY-MM-DD");
      f[key] = v;
    }
  }
  if (o.undated !== undefined) {
    if (!isOneOf(UNDATED_MODES, o.undated))
      throw new FilterError("undated", o.undated, `expected one of ${UNDATED_MODES.join(", ")}`);
    f.undated = o.undated;
  }
  if (o.code !== undefined) {
    if (!/^\d{2,4}$/.test(o.code) || Number(o.code.slice(0, 2)) < 1 || Number(o.code.slice(0, 2)) > 20)
      throw new FilterError("code", o.code, "expected a CAMEO code from 01 to 20, or a sub-code such as 042");
    f.code = o.code;
  }
  if (o.quad !== undefined) {
    const quad = QUADS.find((q) => String(q) === o.quad);
    if (quad === undefined) throw new FilterError("quad", o.quad, "expected 1, 2, 3 or 4");
    f.quad = quad;
  }
  if (o.modality !== undefined) {
    if (!isOneOf(MODALITIES, o.modality))
      throw new FilterError("modality", o.modality, `expected one of ${MODALITIES.join(", ")}`);
    f.modality = o.modality;
  }
  if (o.source) f.source = o.source;
  return f;
}
