// Lists of the API over a real server and SQLite file: totals, both orders, cursors, export, and the headers of every answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, serveCorpus, type Served } from "../test-support/served-corpus.js";
import type { ClusterRecord, SearchHit, Stats, StoredEvent } from "../store/store.js";

let served: Served;

beforeAll(async () => {
  served = await serveCorpus([EXAMPLES]);
}, 60_000);
afterAll(async () => {
  await served.stop();
});

const fetchPath = (path: string) => fetch(new URL(path, served.url));

/** Every page of a cursor-paged route, following its Link headers; with the total each page announced. */
interface Walked<T> {
  rows: T[];
  totals: Set<number>;
  pages: number;
}

async function walk<T>(path: string): Promise<Walked<T>> {
  const rows: T[] = [];
  const totals = new Set<number>();
  let next: string | null = path;
  let pages = 0;
  while (next !== null) {
    const res = await fetchPath(next);
    expect(res.status).toBe(200);
    rows.push(...((await res.json()) as T[]));
    totals.add(Number(res.headers.get("x-total-count")));
    pages++;
    const link: string | undefined = /<\/([^>]+)>; rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
    next = link ?? null;
  }
  return { rows, totals, pages };
}

describe("lists say how many rows they hold", () => {
  it.each([
    ["every event", "api/events?limit=1000", "api/events?limit=7"],
    ["one dyad", "api/events?dyad=IND-CHN&limit=1000", "api/events?dyad=IND-CHN&limit=3"],
    [
      "a date range",
      "api/events?since=2020&until=2021&limit=1000",
      "api/events?since=2020&until=2021&limit=2",
    ],
    ["clusters", "api/clusters?limit=1000", "api/clusters?limit=5"],
    ["articles", "api/articles?limit=1000", "api/articles?limit=2"],
  ])("%s: the total of each page is the number of rows of all pages", async (_, whole, paged) => {
    const all = await walk<{ id: number | string }>(whole);
    const pages = await walk<{ id: number | string }>(paged);
    expect(all.rows.length).toBeGreaterThan(0);
    expect(pages.pages).toBeGreaterThan(1);
    expect([...pages.totals]).toEqual([all.rows.length]);
    expect(pages.rows.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
  });

  it("counts stored articles beside each page of them", async () => {
    const stats = (await (await fetchPath("api/stats")).json()) as Stats;
    const res = await fetchPath("api/articles?limit=2");
    expect(res.headers.get("x-total-count")).toBe(String(stats.articles));
  });

  it("pages search hits by offset and counts them all", async () => {
    const all = await fetchPath("api/search?q=talks&limit=100");
    const hits = (await all.json()) as SearchHit[];
    expect(hits.length).toBeGreaterThan(2);
    expect(all.headers.get("x-total-count")).toBe(String(hits.length));
    const second = await fetchPath("api/search?q=talks&limit=2&offset=2");
    expect(second.headers.get("x-total-count")).toBe(String(hits.length));
    expect(((await second.json()) as SearchHit[]).map((h) => h.articleId)).toEqual(
      hits.slice(2, 4).map((h) => h.articleId),
    );
  });
});

describe("newest first", () => {
  it.each([
    ["events", "api/events"],
    ["clusters", "api/clusters"],
  ])("gives the %s of the oldest-first list in the other order, undated last", async (_, route) => {
    const oldest = (await walk<StoredEvent | ClusterRecord>(`${route}?limit=1000`)).rows;
    const newest = await walk<StoredEvent | ClusterRecord>(`${route}?limit=4&order=newest`);
    const expected = [
      ...oldest.filter((r) => r.date !== null).reverse(),
      ...oldest.filter((r) => r.date === null).reverse(),
    ];
    expect(newest.pages).toBeGreaterThan(1);
    expect(newest.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it("refuses a newest-first cursor for the oldest-first list, naming the parameter", async () => {
    const res = await fetchPath("api/events?limit=1&order=newest");
    const after = /after=([^&>]+)/.exec(res.headers.get("link") ?? "")?.[1];
    expect(after).toBeDefined();
    const wrong = await fetchPath(`api/events?limit=1&after=${after ?? ""}`);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(/^after /);
  });

  it.each([
    ["an event's cursor for the article list", "api/events?limit=1", "api/articles?limit=1&after="],
    ["an article's cursor for the event list", "api/articles?limit=1", "api/events?limit=1&after="],
    ["a cursor beside an offset", "api/articles?limit=1", "api/articles?limit=1&offset=3&after="],
  ])("refuses %s with a 400 naming the parameter", async (_, from, to) => {
    const res = await fetchPath(from);
    const after = /after=([^&>]+)/.exec(res.headers.get("link") ?? "")?.[1];
    expect(after).toBeDefined();
    const wrong = await fetchPath(`${to}${after ?? ""}`);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(/after/);
  });

  it("refuses an order it does not know", async () => {
    expect((await fetchPath("api/events?order=sideways")).status).toBe(400);
  });
});

describe("export", () => {
  it.each([
    ["csv", "", "text/csv"],
    ["jsonl", "&dyad=IND-CHN", "application/x-ndjson"],
  ])("serves every matching event as %s, one row per event of the list", async (format, filter, type) => {
    const events = (await walk<StoredEvent>(`api/events?limit=1000${filter}`)).rows;
    const res = await fetchPath(`api/export?format=${format}${filter}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename=".+\\.${format}"$`),
    );
    const body = await res.text();
    const ids =
      format === "csv"
        ? body
            .trim()
            .split("\n")
            .slice(1)
            .map((line) => Number(line.split(",")[0]))
        : body
            .trim()
            .split("\n")
            .map((line) => (JSON.parse(line) as { GLOBALEVENTID: number }).GLOBALEVENTID);
    expect(ids).toEqual(events.map((e) => e.id));
  });

  it("answers a bad filter with 400 before anything is sent", async () => {
    const res = await fetchPath("api/export?since=2021-13");
    expect(res.status).toBe(400);
  });
});

describe("headers of every answer", () => {
  it.each([["/"], ["/api/stats"], ["/api/events?limit=1"]])(
    "%s carries a Content-Security-Policy that allows no script from elsewhere",
    async (path) => {
      const res = await fetchPath(path.slice(1));
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );

  it("names the database without the server's folders", async () => {
    const stats = (await (await fetchPath("api/stats")).json()) as Stats;
    expect(stats.location).toBe("test.db");
  });
});
