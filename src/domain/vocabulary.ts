/** Closed vocabularies of the event record; types derive from the arrays, input is checked against them. */

export const MODALITIES = ["asserted", "reported", "planned", "negated", "hypothetical"] as const;
export type Modality = (typeof MODALITIES)[number];

export const SECTORS = [
  "diplomacy",
  "defense",
  "energy",
  "economy",
  "security",
  "space",
  "nuclear",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

/** CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUADS = [1, 2, 3, 4] as const;
export type Quad = (typeof QUADS)[number];

export const ROLES = ["GOV", "MIL", "BUS", "MED", "OPP", "REB", "IGO", "CVL", "SPY"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a filter does with undated events: keep them beside the dated ones in range, drop them, or keep only
 * them. Without it, a date range drops them (an undated event cannot be said to fall in it) and no range keeps them.
 */
export const UNDATED_MODES = ["include", "exclude", "only"] as const;
export type UndatedMode = (typeof UNDATED_MODES)[number];

export const OUTPUT_FORMATS = ["jsonl", "json", "table"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Narrows an unknown string to a member of a closed vocabulary. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
