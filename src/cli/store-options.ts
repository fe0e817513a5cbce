/** Options shared by the commands that use the database: where it is, and the event filters. */
import type { Command } from "commander";
import { MODALITIES, isOneOf } from "../domain/vocabulary.js";
import { DATE_PATTERN } from "../store/date-range.js";
import type { EventFilter } from "../store/store.js";
import { UsageError } from "./usage-error.js";

export const DEFAULT_DB = "dyad.db";

export interface DbOptions { db?: string }

/** --db, else DYAD_DB, else ./dyad.db. */
export function dbPath(o: DbOptions): string {
  return o.db ?? process.env.DYAD_DB ?? DEFAULT_DB;
}

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <path>", `SQLite database file or postgres://user@host/db URL (default: $DYAD_DB or ./${DEFAULT_DB})`);
}

export function addFilterOptions(cmd: Command): Command {
  return addDbOption(cmd)
    .option("--actor <codes>", "events involving any of these actors (comma-separated, e.g. RUS,PAK)")
    .option("--dyad <A-B>", "events between two actors, either direction (e.g. RUS-PAK)")
    .option("--since <date>", "events that can fall on or after YYYY[-MM[-DD]]")
    .option("--until <date>", "events that can fall on or before YYYY[-MM[-DD]]")
    .option("--code <cameo>", "CAMEO root or sub-code (e.g. 06, 042)")
    .option("--quad <n>", "quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    .option("--modality <m>", MODALITIES.join(" | "))
    .option("--source <outlet>", "outlet name, as stored at ingest");
}

export interface FilterOptions extends DbOptions {
  actor?: string; dyad?: string; since?: string; until?: string; code?: string; quad?: string; modality?: string; source?: string;
}

const ACTOR = /^[A-Z][A-Z0-9]{1,11}$/;

/** Validates filter options into an EventFilter; bad values are usage errors naming the option. */
export function parseFilter(o: FilterOptions): EventFilter {
  const f: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (o.actor) {
    const codes = o.actor.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
    const bad = codes.find((c) => !ACTOR.test(c));
    if (bad || codes.length === 0) throw new UsageError(`--actor "${o.actor}": expected actor codes such as RUS,PAK`);
    f.actors = codes;
  }
  if (o.dyad) {
    const parts = o.dyad.toUpperCase().split("-");
    if (parts.length !== 2 || !parts.every((p) => ACTOR.test(p)) || parts[0] === parts[1]) throw new UsageError(`--dyad "${o.dyad}": expected two different actor codes joined by "-", such as RUS-PAK`);
    f.dyad = [parts[0]!, parts[1]!];
  }
  for (const key of ["since", "until"] as const) {
    const v = o[key];
    if (v !== undefined) {
      if (!DATE_PATTERN.test(v)) throw new UsageError(`--${key} "${v}": expected a date YYYY, YYYY-MM or YYYY-MM-DD`);
      f[key] = v;
    }
  }
  if (o.code !== undefined) {
    if (!/^\d{2,4}$/.test(o.code) || Number(o.code.slice(0, 2)) < 1 || Number(o.code.slice(0, 2)) > 20) throw new UsageError(`--code "${o.code}": expected a CAMEO code from 01 to 20, or a sub-code such as 042`);
    f.code = o.code;
  }
  if (o.quad !== undefined) {
    if (!/^[1-4]$/.test(o.quad)) throw new UsageError(`--quad "${o.quad}": expected 1, 2, 3 or 4`);
    f.quad = Number(o.quad);
  }
  if (o.modality !== undefined) {
    if (!isOneOf(MODALITIES, o.modality)) throw new UsageError(`--modality "${o.modality}": expected one of ${MODALITIES.join(", ")}`);
    f.modality = o.modality;
  }
  if (o.source) f.source = o.source;
  return f;
}

/** Parses a positive whole number option. */
export function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} "${value}": expected a whole number`);
  return Number(value);
}
