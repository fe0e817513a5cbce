// Every read route of the JSON API answers the same over PostgreSQL as over SQLite, on the bundled example corpus.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresStore } from "../store/postgres/postgres-store.js";
import { POSTGRES_SERVER, dropDatabases, freshDatabase } from "../test-support/postgres.js";
import { EXAMPLES, serveCorpus, type Served } from "../test-support/served-corpus.js";
import type { SearchHit, Stats } from "../store/store.js";

interface Answer<T> {
  status: number;
  body: T;
}

describe.skipIf(!POSTGRES_SERVER)("the API over PostgreSQL and over SQLite", () => {
  let sqlite: Served;
  let postgres: Served;
  beforeAll(async () => {
    sqlite = await serveCorpus([EXAMPLES]);
    postgres = await serveCorpus([EXAMPLES], {}, async () => PostgresStore.open(await freshDatabase()));
  }, 120_000);
  afterAll(async () => {
    await sqlite.stop();
    await postgres.stop();
    await dropDatabases();
  }, 120_000);

  /** `T` is what the route sends. */
  const get = async <T = unknown>(served: Served, path: string): Promise<Answer<T>> => {
    const res = await fetch(new URL(path, served.url));
    return { status: res.status, body: (await res.json()) as T };
  };

  it.each([
    "api/events?limit=500",
    "api/events?dyad=CHN-IND&since=2020&quad=4",
    "api/actors?limit=5",
    "api/network",
    "api/dyads/CHN/IND/series?by=quarter",
    "api/dyads/IND/CHN/series?merged=true",
    "api/clusters?limit=200",
    "api/conflicts",
    "api/sources?dyad=CHN-IND",
    "api/articles",
    "api/articles/3",
  ])("GET /%s", async (path) => {
    const [a, b] = [await get(sqlite, path), await get(postgres, path)];
    expect(a.status).toBe(200);
    expect(b).toEqual(a);
  });

  // Ranking (bm25 against ts_rank) and snippet windows are each engine's own; what matches, and the events shown, are not.
  it.each([
    ["border%20talks", true],
    ["%22Tibet%20pilgrimages%22", true],
    ["%22NEAR(%20*", false],
  ])("GET /api/search?q=%s finds the same articles", async (q, some) => {
    const [a, b] = [
      await get<SearchHit[]>(sqlite, `api/search?q=${q}&limit=50`),
      await get<SearchHit[]>(postgres, `api/search?q=${q}&limit=50`),
    ];
    const found = (r: { body: readonly SearchHit[] }) => r.body.map((h) => [h.origin, h.events]).sort();
    expect(found(b)).toEqual(found(a));
    if (some) {
      expect(a.body.length).toBeGreaterThan(0);
      // Both mark the matched words the same way.
      expect([...a.body, ...b.body].every((h: { snippet: string }) => /\[[^\]]+\]/.test(h.snippet))).toBe(
        true,
      );
    }
  });

  it("GET /api/stats differs only in where the database is", async () => {
    const [a, b] = [await get<Stats>(sqlite, "api/stats"), await get<Stats>(postgres, "api/stats")];
    expect(b.body.location).toMatch(/^postgres:\/\//);
    expect({ ...b.body, location: "" }).toEqual({ ...a.body, location: "" });
    expect(a.body.articles).toBeGreaterThan(0);
  });
});
