/**
 * CAMEO codes: names, quad classes and Goldstein scores (Goldstein 1992 as adapted to CAMEO).
 * The table is data/cameo/codes.json (every 2-, 3- and 4-digit code of the CAMEO 1.1b3 codebook),
 * imported once at module load so that lookups do no I/O and the web bundle gets the same table.
 */
import rows from "../../data/cameo/codes.json" with { type: "json" };

import type { Quad } from "./vocabulary.js";
export type { Quad } from "./vocabulary.js";

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: Quad;
  /** Why a name or score is less certain than the rest (see data/README.md). */
  readonly note?: string;
}

/** Quad class of a CAMEO code: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict. */
export function quadOf(code: string): Quad {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/** The JSON as typed rows; a malformed row fails at load, not at the first lookup of that code. */
function load(
  raw: readonly { code: string; name: string; goldstein: number; quad: number; note?: string }[],
): readonly CameoCode[] {
  return raw.map((r) => {
    if (
      !/^(0[1-9]|1\d|20)\d{0,2}$/.test(r.code) ||
      r.quad !== quadOf(r.code) ||
      Math.abs(r.goldstein) > 10 ||
      !r.name
    ) {
      throw new Error(`data/cameo/codes.json: bad row ${JSON.stringify(r)}`);
    }
    return r.note === undefined
      ? { code: r.code, name: r.name, goldstein: r.goldstein, quad: quadOf(r.code) }
      : { code: r.code, name: r.name, goldstein: r.goldstein, quad: quadOf(r.code), note: r.note };
  });
}

/** Every CAMEO code, sorted by code (a parent comes right before its children). */
export const CAMEO_CODES: readonly CameoCode[] = load(rows);

const BY_CODE = new Map(CAMEO_CODES.map((c) => [c.code, c]));

/** Looks up a CAMEO code; a code outside the table (an old record, a PETRARCH extension) falls back to its nearest ancestor. */
export function cameo(code: string): CameoCode {
  for (let n = code.length; n >= 2; n--) {
    const hit = BY_CODE.get(code.slice(0, n));
    if (hit) return hit;
  }
  throw new Error(`unknown CAMEO code "${code}"`);
}

/** Whether a string is one of the codebook's codes (exactly the table's). */
export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}
