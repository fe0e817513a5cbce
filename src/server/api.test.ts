// The JSON API over a real server on 127.0.0.1 and a real SQLite file holding the bundled example corpus.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, serveCorpus, type Served } from "../test-support/served-corpus.js";
import type { ArticleDetail, DyadSeries, Slant, Stats } from "../store/store.js";
import type { Added } from "./add-article.js";

const LIMIT = 64 * 1024;
let served: Served;

beforeAll(async () => {
  served = await serveCorpus([EXAMPLES], { maxUploadBytes: LIMIT });
}, 60_000);
afterAll(async () => {
  await served.stop();
});

/** An answer of the API; `T` is what the route sends on success. */
interface Answer<T> {
  status: number;
  body: T;
}

async function get<T = unknown>(path: string): Promise<Answer<T>> {
  const res = await fetch(new URL(path, served.url));
  return { status: res.status, body: (await res.json()) as T };
}

// ?wait=true: answered once the article is stored (add-job.test.ts follows the job without it).
async function post<T = unknown>(body: BodyInit, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const res = await fetch(new URL("api/articles?wait=true", served.url), { method: "POST", body, headers });
  return { status: res.status, body: (await res.json()) as T };
}

const postJson = <T = unknown>(value: unknown) =>
  post<T>(JSON.stringify(value), { "content-type": "application/json" });

/** One article as its route sends it: the stored detail and its slant per dyad. */
type ArticleAnswer = ArticleDetail & { slant: Slant[] };

/** What the tests read of the OpenAPI document. */
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, { post?: { requestBody: { content: Record<string, unknown> } } }>;
}

/** An error answer: only a status and a message, never a stack. */
function expectError(r: Answer<unknown>, status: number, message: RegExp): void {
  expect(r.status).toBe(status);
  const matchesMessage: unknown = expect.stringMatching(message);
  expect(r.body).toEqual({ error: { status, message: matchesMessage } });
  expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

const ARTICLE =
  "Moscow and Islamabad agree on gas pipeline\n\nIn March 2015, Russia signed a trade agreement with Pakistan, officials in Islamabad said on Monday.\n";

describe("queries", () => {
  it("stats count what the corpus holds", async () => {
    const r = await get<Stats>("api/stats");
    expect(r.status).toBe(200);
    const anyNumber: unknown = expect.any(Number);
    expect(r.body).toMatchObject({ articles: 6, schemaVersion: anyNumber });
    expect(r.body.events).toBeGreaterThan(10);
  });

  it("events take the CLI's filters and pages", async () => {
    const all = (await get("api/events?dyad=IND-CHN&limit=100")).body as {
      source: string;
      target: string;
      id: number;
      date: string | null;
    }[];
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) expect([e.source, e.target].sort()).toEqual(["CHN", "IND"]);
    const first = (await get("api/events?dyad=CHN-IND&limit=2")).body as { id: number }[];
    const second = (await get("api/events?dyad=CHN-IND&limit=2&offset=2")).body as { id: number }[];
    expect(first.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    expect(second.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    const since = (await get("api/events?dyad=IND-CHN&since=2024&limit=100")).body as { date: string }[];
    expect(since.length).toBeGreaterThan(0);
    expect(since.length).toBeLessThan(all.length);
    for (const e of since) expect(e.date >= "2024").toBe(true);
  });

  it.each(["events", "clusters"])(
    "%s: a full page links the next one, and following the links gives the whole list",
    async (list) => {
      const all = (await get<{ id: unknown }[]>(`api/${list}?dyad=IND-CHN&limit=1000`)).body;
      expect(all.length).toBeGreaterThan(3);
      const ids: unknown[] = [];
      let next: string | null = `/api/${list}?dyad=IND-CHN&limit=2`;
      while (next !== null) {
        const res: Response = await fetch(new URL(next, served.url));
        ids.push(...((await res.json()) as { id: unknown }[]).map((e) => e.id));
        next = /^<([^>]+)>; rel="next"$/.exec(res.headers.get("link") ?? "")?.[1] ?? null;
      }
      expect(ids).toEqual(all.map((e) => e.id));
    },
  );

  it("malformed filters are 400s naming the parameter", async () => {
    expectError(await get("api/events?since=2024-13"), 400, /^since "2024-13": expected a date/);
    expectError(await get("api/events?until=yesterday"), 400, /^until "yesterday"/);
    expectError(await get("api/events?quad=7"), 400, /^quad "7"/);
    expectError(await get("api/events?dyad=IND"), 400, /^dyad "IND"/);
    expectError(await get("api/events?limit=-1"), 400, /limit/);
    expectError(await get("api/events?modality=sure"), 400, /^modality "sure"/);
    expectError(await get("api/events?after=nonsense"), 400, /^after "nonsense": not a cursor/);
    expectError(await get("api/events?after=x&offset=2"), 400, /^give after or offset, not both/);
  });

  it("an unknown actor is a 404 that says so", async () => {
    expectError(await get("api/events?actor=ZZQ"), 404, /unknown actor "ZZQ"/);
    expectError(await get("api/dyads/IND/ZZQ/series"), 404, /unknown actor "ZZQ"/);
    expectError(await get("api/sources?dyad=ZZQ-IND"), 404, /unknown actor "ZZQ"/);
    // A real state with no events is no error, just nothing.
    expect(await get("api/events?actor=FRA")).toEqual({ status: 200, body: [] });
  });

  it("the dyad series groups by period", async () => {
    const r = await get<DyadSeries>("api/dyads/IND/CHN/series?by=year");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ a: "IND", b: "CHN", by: "year" });
    expect(r.body.rows.map((x: { period: string }) => x.period)).toContain("2024");
    const q = await get<DyadSeries>("api/dyads/IND/CHN/series?by=quarter");
    expect(q.body.rows.every((x: { period: string }) => /^\d{4}(-Q[1-4])?$/.test(x.period))).toBe(true);
    expectError(await get("api/dyads/IND/CHN/series?by=week"), 400, /by/);
    expectError(await get("api/dyads/IND/IND/series"), 400, /two different actor codes/);
  });

  it("actors carry their names; the network has one edge per dyad", async () => {
    const actors = (await get("api/actors")).body as { actor: string; name: string | null; events: number }[];
    expect(actors.find((a) => a.actor === "IND")).toMatchObject({ name: "India" });
    const edges = (await get("api/network")).body as {
      dyad: string;
      events: number;
      quad: number[];
      goldsteinMean: number;
    }[];
    const main = edges.find((e) => e.dyad === "CHN-IND")!;
    expect(main.events).toBe(main.quad.reduce((s, n) => s + n, 0));
    const later = (await get("api/network?since=2025")).body as { dyad: string; events: number }[];
    expect(later.find((e) => e.dyad === "CHN-IND")?.events ?? 0).toBeLessThan(main.events);
    expectError(await get("api/network?since=2025-02-30x"), 400, /since/);
  });

  it("articles are listed, and one article has its text, mentions and events at their offsets", async () => {
    const list = (await get("api/articles?limit=3")).body as { id: number; events: number }[];
    expect(list).toHaveLength(3);
    const rest = (await get("api/articles?limit=10&offset=3")).body as { id: number }[];
    expect(rest.length).toBeGreaterThanOrEqual(3);
    const withEvents = list.find((a) => a.events > 0)!;
    const a = (await get<ArticleAnswer>(`api/articles/${withEvents.id}`)).body;
    expect(a.eventList.length).toBe(withEvents.events);
    for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    for (const e of a.eventList) {
      expect(a.text.slice(e.start, e.end)).toBe(e.evidence);
      expect(e.rule).toMatch(/:\d{3}$/);
    }
    expect(Array.isArray(a.slant)).toBe(true);
    expectError(await get("api/articles/99999"), 404, /no article with id 99999/);
    expectError(await get("api/articles/abc"), 400, /id/);
  });

  it("search finds articles with their events", async () => {
    const hits = (await get("api/search?q=Galwan")).body as { articleId: number; snippet: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toMatch(/Galwan/);
    expect(await get("api/search?q=zzyzx")).toEqual({ status: 200, body: [] });
    expectError(await get("api/search"), 400, /q/);
  });

  it("cross-source routes answer (empty until clustering is implemented) and check their input", async () => {
    expect(Array.isArray((await get("api/clusters?dyad=IND-CHN")).body)).toBe(true);
    expect(Array.isArray((await get("api/conflicts?dyad=IND-CHN")).body)).toBe(true);
    expect((await get("api/sources?dyad=IND-CHN")).body).toMatchObject({ dyad: "CHN-IND" });
    expectError(await get("api/clusters/no-such-cluster"), 404, /no cluster "no-such-cluster"/);
    expectError(await get("api/sources"), 400, /dyad/);
    expectError(await get("api/sources?dyad=IND_CHN"), 400, /dyad/);
    expectError(await get("api/conflicts?until=2024-1"), 400, /until/);
  });

  it("documents every route in the OpenAPI document", async () => {
    const doc = (await get<OpenApiDoc>("api/openapi.json")).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/stats",
      "/api/events",
      "/api/dyads/{a}/{b}/series",
      "/api/actors",
      "/api/network",
      "/api/articles",
      "/api/articles/{id}",
      "/api/search",
      "/api/clusters",
      "/api/clusters/{id}",
      "/api/conflicts",
      "/api/sources",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(Object.keys(doc.paths["/api/articles"]!.post!.requestBody.content)).toEqual([
      "application/json",
      "multipart/form-data",
    ]);
  });

  it("unknown API routes are JSON 404s; other paths get the app", async () => {
    expectError(await get("api/nothing-here"), 404, /no API route GET \/api\/nothing-here/);
    const page = await fetch(new URL("some/deep/link", served.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<main id="view"/);
  });
});

describe("POST /api/articles", () => {
  it("codes and stores a pasted article, once", async () => {
    const first = await postJson<Added>({
      text: ARTICLE,
      title: "Pipeline",
      published: "2015-03-10",
      source: "Test Wire",
    });
    expect(first.status).toBe(201);
    expect(first.body.created).toBe(true);
    expect(first.body.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: "RUS", target: "PAK", cameo: "057", outlet: "Test Wire" }),
      ]),
    );
    const again = await postJson({ text: ARTICLE });
    expect(again).toMatchObject({ status: 200, body: { created: false, id: first.body.id } });
    const events = (await get("api/events?dyad=RUS-PAK&source=Test%20Wire")).body as { articleId: number }[];
    expect(events.map((e) => e.articleId)).toContain(first.body.id);
  });

  it("stores an uploaded file, with the format its name gives", async () => {
    const form = new FormData();
    form.set("title", "Uploaded");
    form.set(
      "file",
      new Blob(
        [
          "<html><body><article><h1>Talks</h1><p>In May 2016, India signed a trade agreement with Brazil in New Delhi.</p></article></body></html>",
        ],
        { type: "text/html" },
      ),
      "talks.html",
    );
    const r = await post<Added>(form);
    expect(r.status).toBe(201);
    const article = (await get<ArticleAnswer>(`api/articles/${r.body.id}`)).body;
    expect(article).toMatchObject({ format: "html", origin: "web: talks.html" });
    expect(article.text).not.toMatch(/<p>/);
  });

  it("refuses empty, binary, oversized and malformed input with the CLI's reasons", async () => {
    expectError(await postJson({ text: "" }), 400, /file is empty/);
    expectError(await postJson({ text: "  \n " }), 400, /no text/);
    expectError(await postJson({ title: "no text" }), 400, /text/);
    expectError(await postJson({ text: ARTICLE, published: "10/03/2015" }), 400, /published "10\/03\/2015"/);
    expectError(await postJson({ text: ARTICLE, published: "2021-13-45" }), 400, /published "2021-13-45"/);
    expectError(await postJson({ text: ARTICLE, published: "2021-02-29" }), 400, /published "2021-02-29"/);
    expectError(await post("{not json", { "content-type": "application/json" }), 400, /JSON/i);
    expectError(await postJson({ text: `${"x".repeat(LIMIT)} Russia` }), 413, /over the .* limit/);
    const big = new FormData();
    big.set("file", new Blob(["Russia and Pakistan. ".repeat(LIMIT / 10)]), "big.txt");
    expectError(await post(big), 413, /.+/);
    const png = new FormData();
    png.set(
      "file",
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]),
      "photo.txt",
    );
    expectError(await post(png), 400, /binary file \(PNG image\)/);
    expectError(await post(new FormData()), 400, /no article/);
  });

  it("keeps markup in a pasted article as text", async () => {
    const text = `Scripts in the news\n\n<script>window.__pwned=1</script> In June 2016, Russia accused Pakistan of spying. <img src=x onerror="window.__pwned=1"> Officials said so.\n`;
    const r = await postJson<Added>({ text, title: '<img src=x onerror="window.__pwned=1">' });
    expect(r.status).toBe(201);
    const a = (await get<ArticleAnswer>(`api/articles/${r.body.id}`)).body;
    expect(a.text).toContain("<script>window.__pwned=1</script>");
    expect(a.text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(a.title).toBe('<img src=x onerror="window.__pwned=1">');
  });
});
