/** The JSON API client: one typed function per route, errors as ApiError with the server's message. */
import type {
  ActorRow,
  ArticleDetail,
  ArticleSummary,
  ClusterDetail,
  ClusterRecord,
  Conflict,
  DyadSeries,
  NetworkEdge,
  Period,
  SearchHit,
  Slant,
  SourceRow,
  SourcesReport,
  Stats,
  StoredEvent,
} from "../../src/store/store.js";
import type { JobView as AddJob, Queued as QueuedArticle } from "../../src/server/job-view.js";

export type {
  ActorRow,
  ArticleDetail,
  ArticleSummary,
  ClusterDetail,
  ClusterRecord,
  Conflict,
  DyadSeries,
  NetworkEdge,
  Period,
  SearchHit,
  Slant,
  SourceRow,
  SourcesReport,
  Stats,
  StoredEvent,
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Fetches an API route; a failure becomes an ApiError with the server's message. */
async function request(path: string, init?: RequestInit): Promise<{ body: unknown; res: Response }> {
  const res = await fetch(`api/${path}`, { credentials: "same-origin", ...init });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const message =
      (body as { error?: { message?: string } } | null)?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message);
  }
  return { body, res };
}

const call = async <T>(path: string, init?: RequestInit): Promise<T> => (await request(path, init)).body as T;

const get = <T>(path: string, params: Params = {}) => call<T>(`${path}${query(params)}`);

/** One page of a list, with how many rows the whole list holds and the cursor of the next page (null on the last). */
export interface ListPage<T> {
  readonly rows: readonly T[];
  readonly total: number;
  readonly next: string | null;
}

async function list<T>(path: string, params: Params): Promise<ListPage<T>> {
  const { body, res } = await request(`${path}${query(params)}`);
  const rows = body as T[];
  const total = Number(res.headers.get("x-total-count") ?? rows.length);
  const next = /<[^>]*[?&]after=([^&>]+)[^>]*>;\s*rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
  return { rows, total, next: next ? decodeURIComponent(next) : null };
}

/** Where the API serves every matching event as one file (the CLI's `dyad export` columns). */
export const exportUrl = (params: Params, format: "csv" | "jsonl") =>
  `api/export${query({ ...params, format })}`;

export type NamedActor = ActorRow & { readonly name: string | null };
export interface AddedArticle {
  readonly created: boolean;
  readonly id: number;
  readonly events: readonly StoredEvent[];
  readonly warnings?: readonly string[];
}
/** A network edge as the API sends it: with both actors' display names. */
export type NamedEdge = NetworkEdge & { readonly aName: string | null; readonly bName: string | null };
/** What adding an article answers at once, and its job as it runs. */
export type { AddJob, QueuedArticle };
export type ArticleWithSlant = ArticleDetail & { readonly slant: readonly Slant[] };

export const api = {
  stats: () => get<Stats>("stats"),
  actors: (limit = 300) => get<NamedActor[]>("actors", { limit }),
  series: (a: string, b: string, by: Period, merged: boolean) =>
    get<DyadSeries>(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, {
      by,
      merged: merged ? "true" : undefined,
    }),
  network: (params: Params) => get<NamedEdge[]>("network", params),
  eventPage: (params: Params) => list<StoredEvent>("events", params),
  clusterPage: (params: Params) => list<ClusterRecord>("clusters", params),
  articlePage: (limit: number, after?: string) => list<ArticleSummary>("articles", { limit, after }),
  searchPage: (q: string, limit: number, offset: number) => list<SearchHit>("search", { q, limit, offset }),
  cluster: (id: string) => get<ClusterDetail>(`clusters/${encodeURIComponent(id)}`),
  conflicts: (params: Params) => get<Conflict[]>("conflicts", params),
  sources: (dyad: string) => get<SourcesReport>("sources", { dyad }),
  article: (id: number) => get<ArticleWithSlant>(`articles/${id}`),
  addJson: (body: Record<string, string>) =>
    call<QueuedArticle>("articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  addForm: (form: FormData) => call<QueuedArticle>("articles", { method: "POST", body: form }),
  /** Actors ranked by events under the filters (`undated` and `limit` too). */
  actorsMatching: (params: Params) => get<NamedActor[]>("actors", params),
  /** An added article's job: how far it has got, then its events or why it failed. */
  job: (id: string) => get<AddJob>(`jobs/${encodeURIComponent(id)}`),
};
