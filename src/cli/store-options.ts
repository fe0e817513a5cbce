/** Options shared by the commands that use the database: where it is, and the event filters. */
import type { Command } from "commander";
import { MODALITIES } from "../domain/vocabulary.js";
import {
  FilterError,
  parseFilter as parseEventFilter,
  type FilterOptions as EventFilterOptions,
} from "../store/event-filter.js";
import { CursorError, nextCursor } from "../store/cursor.js";
import { LIST_ORDERS, type EventFilter, type Page } from "../store/store.js";
import { UsageError } from "./usage-error.js";

export const DEFAULT_DB = "dyad.db";

export interface DbOptions {
  db?: string;
}

/** --db, else DYAD_DB, else ./dyad.db. */
export function dbPath(o: DbOptions): string {
  return o.db ?? process.env.DYAD_DB ?? DEFAULT_DB;
}

export function addDbOption(cmd: Command): Command {
  return cmd.option(
    "--db <path>",
    `SQLite database file or postgres://user@host/db URL (default: $DYAD_DB or ./${DEFAULT_DB})`,
  );
}

export function addFilterOptions(cmd: Command): Command {
  return addDbOption(cmd)
    .option("--actor <codes>", "events involving any of these actors (comma-separated, e.g. RUS,PAK)")
    .option("--dyad <A-B>", "events between two actors, either direction (e.g. RUS-PAK)")
    .option("--since <date>", "events that can fall on or after YYYY[-MM[-DD]]")
    .option("--until <date>", "events that can fall on or before YYYY[-MM[-DD]]")
    .option("--code <cameo>", "CAMEO root or sub-code (e.g. 06, 042)")
    .option(
      "--quad <n>",
      "quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict",
    )
    .option("--modality <m>", MODALITIES.join(" | "))
    .option("--source <outlet>", "outlet name, as stored at ingest")
    .option(
      "--undated <mode>",
      "events without a date beside --since/--until: include | exclude | only (default: a range leaves them out)",
    );
}

export interface FilterOptions extends DbOptions, EventFilterOptions {}

/** Validates filter options into an EventFilter; a bad value is a usage error naming the option. */
export function parseFilter(o: FilterOptions): EventFilter {
  try {
    return parseEventFilter(o);
  } catch (e) {
    if (e instanceof FilterError) throw new UsageError(`--${e.message}`);
    throw e;
  }
}

export interface PageOptions {
  limit?: string;
  offset?: string;
  after?: string;
  order?: string;
}

/** --limit with --offset, or with --after (the cursor a full page names on stderr); --order oldest|newest. */
export function parsePage(o: PageOptions): Page {
  const limit = parseCount("limit", o.limit, 50);
  const order = LIST_ORDERS.find((x) => x === (o.order ?? "oldest"));
  if (!order) throw new UsageError(`--order "${o.order ?? ""}": expected ${LIST_ORDERS.join(" or ")}`);
  if (o.after === undefined) return { limit, offset: parseCount("offset", o.offset, 0), order };
  if (o.offset !== undefined && o.offset !== "0") throw new UsageError("give --after or --offset, not both");
  return { limit, after: o.after, order };
}

/**
 * Runs a paged query; a cursor the store refuses is a usage error, and a full page names the next one on
 * stderr (stdout stays the rows, for pipes).
 */
export async function paged<T>(
  page: Page,
  io: { err: (s: string) => void },
  cursorOf: (row: T) => string,
  query: () => Promise<T[]>,
): Promise<T[]> {
  let rows: T[];
  try {
    rows = await query();
  } catch (e) {
    if (e instanceof CursorError) throw new UsageError(`--${e.message}`);
    throw e;
  }
  const next = nextCursor(rows, page.limit, cursorOf);
  if (next !== null) io.err(`dyad: the next page: --after ${next}\n`);
  return rows;
}

/** Parses a positive whole number option. */
export function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} "${value}": expected a whole number`);
  return Number(value);
}
