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

export const ROLES = ["GOV", "MIL", "BUS", "MED", "OPP", "REB", "IGO", "CVL", "SPY"] as const;
export type Role = (typeof ROLES)[number];

export const OUTPUT_FORMATS = ["jsonl", "json", "table"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Narrows an unknown string to a member of a closed vocabulary. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
