/** Query-string filters and pages, validated by the same rules as the CLI's options. */
import { FilterError, parseFilter } from "../store/event-filter.js";
import { UNDATED_MODES } from "../domain/vocabulary.js";
import type { FastifyReply, FastifyRequest } from "fastify";
import { nextCursor } from "../store/cursor.js";
import {
  LIST_ORDERS,
  type EventFilter,
  type ListOrder,
  type FixedOrderPage,
  type Page,
  type Store,
} from "../store/store.js";
import { actorNames } from "./actor-names.js";
import { HttpError } from "./http-error.js";

/** The filter parameters every event query takes; the same names as the CLI options. */
export interface FilterQuery {
  actor?: string;
  dyad?: string;
  since?: string;
  until?: string;
  undated?: string;
  code?: string;
  quad?: string;
  modality?: string;
  source?: string;
  merged?: boolean;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
  /** The cursor of the page before, from its Link header. */
  after?: string;
  order?: ListOrder;
}

export const MAX_LIMIT = 1000;

export const filterQuerySchema = {
  actor: { type: "string", description: "events involving any of these actors, comma-separated (RUS,PAK)" },
  dyad: { type: "string", description: "events between two actors, either direction (RUS-PAK)" },
  since: { type: "string", description: "events that can fall on or after YYYY[-MM[-DD]]" },
  until: { type: "string", description: "events that can fall on or before YYYY[-MM[-DD]]" },
  code: { type: "string", description: "CAMEO root or sub-code (06, 042)" },
  quad: { type: "string", description: "quad class 1..4" },
  modality: { type: "string", description: "asserted, reported, planned, negated or hypothetical" },
  source: { type: "string", description: "outlet name, as stored at ingest" },
  merged: {
    type: "boolean",
    description: "count clusters (one per real-world event) instead of raw records",
  },
} as const;

/** What to do with undated events; taken by the routes whose counts the web app shows beside a date range. */
export const undatedQuerySchema = {
  undated: {
    type: "string",
    description: `${UNDATED_MODES.join(" | ")}: undated events as well as the dated ones in range, dated only, or undated only (default: include without since/until, exclude with them)`,
  },
} as const;

/** Pages by position, for lists no index keeps in order (articles). */
export const offsetPageQuerySchema = {
  limit: { type: "integer", minimum: 0, maximum: MAX_LIMIT, default: 50 },
  offset: { type: "integer", minimum: 0, default: 0 },
} as const;

const afterSchema = {
  type: "string",
  maxLength: 200,
  description:
    "where the page before ended: the cursor in its Link header (rel=next); any depth costs the same",
} as const;

/** Pages of a list with one order of its own (articles): by position or by cursor. */
export const fixedOrderPageQuerySchema = { ...offsetPageQuerySchema, after: afterSchema } as const;

export const pageQuerySchema = {
  ...fixedOrderPageQuerySchema,
  order: {
    type: "string",
    enum: LIST_ORDERS,
    default: "oldest",
    description: "oldest first, or newest first with undated rows after every dated one",
  },
} as const;

/** A bad filter value as a 400 naming the parameter. */
export function asBadRequest<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof FilterError) throw new HttpError(400, e.message);
    throw e;
  }
}

/** Actor codes that no dictionary lists and no stored event uses: a typo, answered with 404. */
export async function checkActors(store: Store, codes: readonly string[]): Promise<void> {
  const names = actorNames();
  const unknown = codes.filter((c) => !names.has(c));
  if (unknown.length === 0) return;
  const stored = new Set((await store.actors({ actors: unknown }, unknown.length)).map((r) => r.actor));
  const missing = unknown.find((c) => !stored.has(c));
  if (missing)
    throw new HttpError(
      404,
      `unknown actor "${missing}": not in the actor dictionaries and in no stored event (codes are like RUS, PAK, NATO)`,
    );
}

/** Parses and checks the filter parameters. */
export async function parseFilterQuery(store: Store, q: FilterQuery): Promise<EventFilter> {
  const { merged, ...options } = q;
  const filter = asBadRequest(() => parseFilter(options));
  await checkActors(store, [...(filter.actors ?? []), ...(filter.dyad ?? [])]);
  return merged ? { ...filter, merged } : filter;
}

export function parsePage(q: PageQuery): Page {
  return { ...parseFixedOrderPage(q), order: q.order ?? "oldest" };
}

export function parseFixedOrderPage(q: Omit<PageQuery, "order">): FixedOrderPage {
  const limit = q.limit ?? 50;
  if (q.after === undefined) return { limit, offset: q.offset ?? 0 };
  if (q.offset) throw new HttpError(400, "give after or offset, not both");
  return { limit, after: q.after };
}

/** How many rows the whole list holds, whichever page this is (as many APIs say it: X-Total-Count). */
export const TOTAL_HEADER = "x-total-count";

export function withTotal<T>(reply: FastifyReply, rows: T, total: number): T {
  void reply.header(TOTAL_HEADER, String(total));
  return rows;
}

/**
 * Names the next page in a Link header (RFC 8288, as GitHub's API pages) when this one was full: the same
 * request with `after` set to the cursor of its last row.
 */
export function linkNext<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  rows: readonly T[],
  page: { readonly limit: number },
  cursorOf: (row: T) => string,
): readonly T[] {
  const cursor = nextCursor(rows, page.limit, cursorOf);
  if (cursor !== null) {
    const url = new URL(req.url, "http://localhost");
    url.searchParams.delete("offset");
    url.searchParams.set("after", cursor);
    void reply.header("link", `<${url.pathname}${url.search}>; rel="next"`);
  }
  return rows;
}
