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

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`api/${path}`, { credentials: "same-origin", ...init });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const message =
      (body as { error?: { message?: string } } | null)?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message);
  }
  return body as T;
}

const get = <T>(path: string, params: Params = {}) => call<T>(`${path}${query(params)}`);

export type NamedActor = ActorRow & { readonly name: string | null };
export interface AddedArticle {
  readonly created: boolean;
  readonly id: number;
  readonly events: readonly StoredEvent[];
  readonly warnings?: readonly string[];
}
export type ArticleWithSlant = ArticleDetail & { readonly slant: readonly Slant[] };

export const api = {
  stats: () => get<Stats>("stats"),
  actors: (limit = 300) => get<NamedActor[]>("actors", { limit }),
  events: (params: Params) => get<StoredEvent[]>("events", params),
  series: (a: string, b: string, by: Period, merged: boolean) =>
    get<DyadSeries>(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, {
      by,
      merged: merged ? "true" : undefined,
    }),
  network: (params: Params) => get<NetworkEdge[]>("network", params),
  clusters: (params: Params) => get<ClusterRecord[]>("clusters", params),
  cluster: (id: string) => get<ClusterDetail>(`clusters/${encodeURIComponent(id)}`),
  conflicts: (params: Params) => get<Conflict[]>("conflicts", params),
  sources: (dyad: string) => get<SourcesReport>("sources", { dyad }),
  articles: (limit: number, offset: number) => get<ArticleSummary[]>("articles", { limit, offset }),
  article: (id: number) => get<ArticleWithSlant>(`articles/${id}`),
  search: (q: string) => get<SearchHit[]>("search", { q, limit: 20 }),
  addJson: (body: Record<string, string>) =>
    call<AddedArticle>("articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  addForm: (form: FormData) => call<AddedArticle>("articles", { method: "POST", body: form }),
};
