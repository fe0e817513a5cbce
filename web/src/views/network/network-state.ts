/**
 * What the network view shows, read from and written to the URL's hash parameters so a link reproduces it.
 * The names are the CLI's where it has one (since, until, quad, actor); `min`, `undated`, `q`, `sort` and
 * `focus` are the view's own.
 */
import { QUADS, type Quad } from "../../../../src/domain/vocabulary.js";

/** The table's sortable columns, in their order. */
export const SORT_KEYS = ["dyad", "events", "q1", "q2", "q3", "q4", "goldstein"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Filters the API answers: changing one asks the server again. */
export interface ServerFilters {
  readonly since: number;
  readonly until: number;
  readonly quad: Quad | null;
  /** Actor codes, as the CLI's --actor takes them. */
  readonly actors: readonly string[];
  readonly undated: "include" | "exclude";
}

/** Everything the view shows; all but the server filters are applied in the page. */
export interface NetworkState extends ServerFilters {
  /** Dyads with fewer events are left out of the graph and the table. */
  readonly min: number;
  /** The table's filter box. */
  readonly q: string;
  readonly sort: SortKey;
  readonly descending: boolean;
  /** The actor whose neighbourhood is highlighted and whose dyads the table lists. */
  readonly focus: string | null;
}

/** The years the data spans: the sliders' ends, where a range means no date filter at all. */
export interface Years {
  readonly first: number;
  readonly last: number;
}

const ACTOR = /^[A-Z][A-Z0-9]{1,11}$/;

/** Numbers sort most first; the dyad's names, A to Z. */
export const defaultDescending = (key: SortKey) => key !== "dyad";

/** The state a hash's parameters name; a value out of range or malformed falls back to the default. */
export function readState(params: URLSearchParams, years: Years): NetworkState {
  const year = (name: string, fallback: number) => {
    const v = params.get(name);
    return v && /^\d{4}$/.test(v) ? Math.min(years.last, Math.max(years.first, Number(v))) : fallback;
  };
  const since = year("since", years.first);
  const until = Math.max(since, year("until", years.last));
  const quad = QUADS.find((q) => String(q) === params.get("quad")) ?? null;
  const min = Number(params.get("min"));
  const actors = (params.get("actor") ?? "")
    .split(",")
    .map((c) => c.trim().toUpperCase())
    .filter((c) => ACTOR.test(c));
  const rawSort = params.get("sort") ?? "";
  const sortName = rawSort.replace(/^-/, "");
  const sort = SORT_KEYS.find((k) => k === sortName) ?? "events";
  const focus = (params.get("focus") ?? "").toUpperCase();
  return {
    since,
    until,
    quad,
    actors,
    undated: params.get("undated") === "exclude" ? "exclude" : "include",
    min: Number.isInteger(min) && min > 1 ? min : 1,
    q: params.get("q") ?? "",
    sort,
    descending: rawSort ? rawSort.startsWith("-") : defaultDescending(sort),
    focus: ACTOR.test(focus) ? focus : null,
  };
}

/** The hash parameters of a state, defaults left out so the plain view keeps its plain link. */
export function stateParams(s: NetworkState, years: Years): Record<string, string | number | undefined> {
  return {
    since: s.since > years.first ? s.since : undefined,
    until: s.until < years.last ? s.until : undefined,
    quad: s.quad ?? undefined,
    min: s.min > 1 ? s.min : undefined,
    actor: s.actors.join(",") || undefined,
    undated: s.undated === "exclude" ? "exclude" : undefined,
    q: s.q || undefined,
    sort: s.sort === "events" && s.descending ? undefined : `${s.descending ? "-" : ""}${s.sort}`,
    focus: s.focus ?? undefined,
  };
}

/** The API's query for the server filters: the whole year span sends no dates, and undated events are said outright. */
export function apiParams(s: ServerFilters, years: Years): Record<string, string | number | undefined> {
  return {
    since: s.since > years.first ? s.since : undefined,
    until: s.until < years.last ? s.until : undefined,
    quad: s.quad ?? undefined,
    actor: s.actors.join(",") || undefined,
    undated: s.undated,
  };
}

/** Whether two states ask the server the same question. */
export const sameServerFilters = (a: ServerFilters, b: ServerFilters) =>
  a.since === b.since &&
  a.until === b.until &&
  a.quad === b.quad &&
  a.undated === b.undated &&
  a.actors.join(",") === b.actors.join(",");
