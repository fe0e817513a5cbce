/**
 * One suite every Store backend must pass (as kysely and hono run one suite against each implementation):
 * every method, on articles written here and, where ../shared is present, on the seed articles.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventRecord } from "../domain/types.js";
import { ingest } from "../ingest/ingest.js";
import { articleCursor, clusterCursor, CursorError, eventCursor, nextCursor } from "../store/cursor.js";
import type {
  ArticleRecord,
  ClusterRecord,
  EventFilter,
  ListOrder,
  Page,
  Store,
  StoredEvent,
} from "../store/store.js";
import { HAS_SHARED, SHARED } from "./shared.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";
import { updateClusters } from "../merge/recluster.js";
import { SCHEMA_VERSION } from "../store/migrations.js";

export interface StoreFixture {
  readonly name: string;
  /** A new, empty store of its own for each call. */
  readonly open: () => Promise<Store>;
}

const page = { limit: 50, offset: 0 };

function record(hash: string, events: Partial<EventRecord>[]): ArticleRecord {
  const text = "Ruritania paid Freedonia for the ships. Freedonia and Ruritania held talks.";
  return {
    hash,
    origin: `${hash}.txt`,
    title: `Article ${hash}`,
    url: null,
    published: "2020-05-04",
    source: "The Courier",
    text,
    format: "text",
    blocks: [{ kind: "body", start: 0, end: text.length }],
    mentions: [],
    slants: [],
    extractorVersion: "contract-1",
    events: events.map(
      (e) =>
        ({
          article: `${hash}.txt`,
          source: "RUR",
          target: "FRE",
          source_role: "GOV",
          target_role: "GOV",
          code: "06",
          quad: 2,
          symmetric: false,
          date: "2020-05",
          modality: "asserted",
          sector: "trade",
          evidence: text.slice(0, 38),
          start: 0,
          end: 38,
          rule: "test:061",
          goldstein: 6,
          ...e,
        }) as EventRecord,
    ),
  };
}

/** A walk that has not ended after this many pages has a cursor that does not move on. */
const MAX_PAGES = 1000;

/** Every page from the first, each asked after the cursor of the one before, until a short page. */
async function walk<T>(
  list: (page: Page) => Promise<T[]>,
  cursorOf: (row: T) => string,
  limit: number,
  order: ListOrder = "oldest",
): Promise<T[]> {
  const rows: T[] = [];
  let p: Page = { limit, offset: 0, order };
  // Bounded: a cursor that fails to move on must fail the test, not loop for ever.
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const got = await list(p);
    rows.push(...got);
    const next = nextCursor(got, limit, cursorOf);
    if (next === null) return rows;
    p = { limit, after: next, order };
  }
  throw new Error(`still paging after ${MAX_PAGES} pages: the cursor does not move on`);
}

/** Every page from the first by offset, until a short page. */
async function byOffset<T>(
  list: (page: Page) => Promise<T[]>,
  limit: number,
  order: ListOrder = "oldest",
): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += limit) {
    const got = await list({ limit, offset, order });
    rows.push(...got);
    if (got.length < limit) return rows;
  }
}

export function runStoreContract(fixture: StoreFixture): void {
  const dir = mkdtempSync(join(tmpdir(), `dyad-contract-${fixture.name}-`));

  describe(`${fixture.name}: articles written for the contract`, () => {
    let store: Store;
    beforeAll(async () => {
      writeFileSync(
        join(dir, "a.txt"),
        "Chile and Peru\n\nIn March 2015, Chile signed a trade agreement with Peru. In July 2016, Chile accused Peru of spying.",
      );
      writeFileSync(
        join(dir, "b.md"),
        "# Kenya hosts\n\nIn 2016, the Ghanaian President visited Nairobi. Peru did not criticize Chile.",
      );
      store = await fixture.open();
      await ingest(store, [join(dir, "a.txt"), join(dir, "b.md")], { progress: false });
    });
    afterAll(() => store.close());

    it("stores each article once, however often it is ingested", async () => {
      writeFileSync(
        join(dir, "a-copy.txt"),
        "Chile and Peru\n\nIn March 2015, Chile signed a trade agreement with Peru. In July 2016, Chile accused Peru of spying.",
      );
      const again = await ingest(store, [join(dir, "a.txt"), join(dir, "a-copy.txt"), join(dir, "b.md")], {
        progress: false,
      });
      expect(again).toMatchObject({ added: 0, present: 3, failed: [] });
      expect((await store.stats()).articles).toBe(2);
      expect((await store.knownHashes()).size).toBe(2);
    });

    it("filters events by dyad, dates, code, quad and modality", async () => {
      const all = await store.events({ dyad: ["PER", "CHL"] }, page);
      expect(all.map((e) => [e.source, e.target, e.cameo, e.date, e.modality])).toEqual([
        ["CHL", "PER", "057", "2015-03", "asserted"],
        ["CHL", "PER", "112", "2016-07", "asserted"],
        ["PER", "CHL", "111", null, "negated"],
      ]);
      expect((await store.events({ dyad: ["CHL", "PER"], since: "2016" }, page)).map((e) => e.cameo)).toEqual(
        ["112"],
      );
      expect((await store.events({ until: "2015-03-31" }, page)).map((e) => e.cameo)).toEqual(["057"]);
      expect((await store.events({ code: "11" }, page)).map((e) => e.cameo)).toEqual(["112", "111"]);
      expect((await store.events({ quad: 1 }, page)).map((e) => e.source)).toEqual(["CHL", "GHA"]);
      expect((await store.events({ modality: "negated" }, page)).length).toBe(1);
      expect((await store.events({ actors: ["KEN"] }, page)).map((e) => `${e.source}>${e.target}`)).toEqual([
        "GHA>KEN",
      ]);
      expect((await store.events({}, { limit: 2, offset: 2 })).length).toBe(2);
    });

    it("builds the dyad series per direction, leaving out negated events", async () => {
      const s = await store.dyadSeries("CHL", "PER", "year", {});
      expect(s.rows.map((r) => [r.period, r.forward.events, r.backward.events, r.combined.quad])).toEqual([
        ["2015", 1, 0, [1, 0, 0, 0]],
        ["2016", 1, 0, [0, 0, 1, 0]],
      ]);
      expect(s.rows[0]!.mostCooperative?.cameo).toBe("057");
      expect(s.rows[1]!.mostConflictual?.cameo).toBe("112");
      expect(s.rows[0]!.combined.goldsteinSum).toBe(8);
      expect(s.undated).toBe(0);
      // Seen from the other side, the same events run backward.
      expect(
        (await store.dyadSeries("PER", "CHL", "year", {})).rows.map((r) => [
          r.forward.events,
          r.backward.events,
        ]),
      ).toEqual([
        [0, 1],
        [0, 1],
      ]);
      expect((await store.dyadSeries("CHL", "PER", "month", {})).rows.map((r) => r.period)).toEqual([
        "2015-03",
        "2016-07",
      ]);
      expect((await store.dyadSeries("CHL", "PER", "quarter", {})).rows.map((r) => r.period)).toEqual([
        "2015-Q1",
        "2016-Q3",
      ]);
    });

    it("ranks actors, searches text and counts what it holds, as numbers", async () => {
      expect((await store.actors({}, 2)).map((a) => [a.actor, a.events])).toEqual([
        ["CHL", 3],
        ["PER", 3],
      ]);
      const hits = await store.search("spying", { limit: 5, offset: 0 });
      expect(hits.map((h) => h.origin)).toEqual([relative(process.cwd(), join(dir, "a.txt"))]);
      expect(hits[0]!.snippet).toContain("[spying]");
      expect(hits[0]!.events.map((e) => e.cameo)).toEqual(["057", "112"]);
      const stats = await store.stats();
      expect(stats).toMatchObject({
        articles: 2,
        events: 4,
        schemaVersion: SCHEMA_VERSION,
        firstEvent: "2015-03-01",
        lastEvent: "2016-12-31",
      });
      expect(typeof stats.mentions).toBe("number");
      expect(stats.topDyads[0]).toEqual({ dyad: "CHL-PER", events: 3 });
    });

    it.each([['"OR" NEAR( *'], ["'; drop table articles; --"], ["spying:* & !"], ["<b>spying</b> | (("]])(
      "treats the search text %j as words, never as query syntax",
      async (query) => {
        const hits = await store.search(query, { limit: 5, offset: 0 });
        expect(hits.every((h) => h.origin.endsWith("a.txt"))).toBe(true);
        expect((await store.stats()).articles).toBe(2);
      },
    );

    it("lists articles newest first with their events, mentions and layout", async () => {
      const list = await store.articleList(page);
      expect(list.map((a) => [a.origin.split("/").pop(), a.events])).toEqual([
        ["a.txt", 2],
        ["b.md", 2],
      ]);
      const detail = await store.articleDetail(list[0]!.id);
      expect(detail?.eventList.map((e) => e.cameo)).toEqual(["057", "112"]);
      expect(detail?.mentions.map((m) => m.code)).toEqual(expect.arrayContaining(["CHL", "PER"]));
      expect(await store.articleDetail(999_999)).toBeNull();
      const stored = await store.article(list[0]!.id);
      expect(stored?.text).toContain("Chile accused Peru");
      expect(await store.article(999_999)).toBeNull();
    });

    it("draws the network of dyads, busiest first", async () => {
      const edges = await store.network({});
      expect(edges.map((e) => [e.dyad, e.events])).toEqual([
        ["CHL-PER", 3],
        ["GHA-KEN", 1],
      ]);
      expect(edges[0]!.quad).toEqual([1, 0, 2, 0]);
    });

    it("clusters reports, names them stably and shows their members and sources", async () => {
      expect(await updateClusters(store)).toBe(2);
      const clusters = await store.clusters({ dyad: ["CHL", "PER"] }, page);
      expect(clusters.map((c) => [c.cameo, c.members, c.symmetric])).toEqual([
        ["057", 1, true],
        ["112", 1, false],
        ["111", 1, false],
      ]);
      const one = await store.cluster(clusters[0]!.id);
      expect(one?.events.map((e) => e.cameo)).toEqual(["057"]);
      expect(await store.cluster("no-such-cluster")).toBeNull();
      expect(await store.conflicts({})).toEqual([]);
      const report = await store.sources("CHL", "PER");
      expect(report.articles.length).toBe(2);
      expect(
        (await store.dyadSeries("CHL", "PER", "year", { merged: true })).rows.map((r) => r.combined.events),
      ).toEqual([1, 1]);
    });

    it("finds articles by hash, re-codes them in place and lists stale ones", async () => {
      const [first] = await store.articleList({ limit: 1, offset: 0 });
      const stale = await store.staleArticles(null);
      expect(stale.length).toBe(2);
      expect(await store.staleArticles("no-such-version")).toEqual(stale);
      const hashes = [...(await store.knownHashes())];
      const ids = await Promise.all(hashes.map((h) => store.articleIdByHash(h)));
      expect(ids.sort()).toEqual([...stale].sort());
      expect(await store.articleIdByHash("0".repeat(64))).toBeNull();
      await store.replaceExtraction(first!.id, [], [], [], "recoded");
      expect((await store.articleDetail(first!.id))?.eventList).toEqual([]);
      expect(await store.staleArticles("recoded")).toEqual(stale.filter((id) => id !== first!.id));
      expect(await store.slant(first!.id)).toEqual([]);
    });
  });

  describe(`${fixture.name}: values round-trip exactly`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await fixture.open();
    });
    afterAll(() => store.close());

    it("keeps every digit of amounts, Goldstein scores and symmetric flags, and refuses a second copy of a hash", async () => {
      const r = record("exact", [
        { amount: { value: 1_234_567_890.125, unit: "USD" }, goldstein: 7.4 },
        { code: "04", quad: 1, symmetric: true, rule: "test:046", goldstein: 1.9, date: "2020-05-04" },
      ]);
      expect(await store.addArticle(r)).toBe(true);
      expect(await store.addArticle(r)).toBe(false);
      const events = await store.events({}, page);
      expect(events.map((e) => [e.amountValue, e.amountUnit, e.goldstein, e.symmetric])).toEqual([
        [1_234_567_890.125, "USD", 7.4, false],
        [null, null, 1.9, true],
      ]);
      expect(events.every((e) => typeof e.id === "number" && typeof e.quad === "number")).toBe(true);
      const series = await store.dyadSeries("RUR", "FRE", "month", {});
      expect(series.rows.map((x) => [x.period, x.forward.events, x.combined.goldsteinSum])).toEqual([
        ["2020-05", 2, 9.3],
      ]);
      expect((await store.stats()).sources).toBe(1);
    });
  });

  describe(`${fixture.name}: articles by cursor`, () => {
    let store: Store;
    // Stored out of date order, with ties on the day (listed in the order stored) and undated articles (last).
    const days = [
      "2020-05-04",
      null,
      "2019-01-02",
      "2020-05-04",
      "2021-01-02",
      null,
      "2019-01-02",
      "2020-05-05",
    ];
    const expected = [
      ...[...days.keys()]
        .filter((n) => days[n] !== null)
        .sort((a, b) => (days[b] ?? "").localeCompare(days[a] ?? "") || a - b),
      ...[...days.keys()].filter((n) => days[n] === null),
    ].map((n) => `article-${n}.txt`);
    beforeAll(async () => {
      store = await fixture.open();
      for (const [n, published] of days.entries())
        await store.addArticle({ ...record(`article-${n}`, []), published });
    });
    afterAll(() => store.close());

    it.each([1, 2, 3, 7, 8, 9])(
      "gives every article once, newest first, undated last, %i to a page by cursor or by offset",
      async (limit) => {
        const origins = (rows: readonly { origin: string }[]) => rows.map((a) => a.origin);
        expect(origins(await walk((p) => store.articleList(p), articleCursor, limit))).toEqual(expected);
        expect(origins(await byOffset((p) => store.articleList(p), limit))).toEqual(expected);
      },
    );

    it("refuses an event's cursor for articles, and an article's for events", async () => {
      const [article] = await store.articleList({ limit: 1, offset: 0 });
      if (!article) throw new Error("no articles stored");
      const eventLike = Buffer.from('["2020-05-04",1]').toString("base64url");
      await expect(store.articleList({ limit: 5, after: eventLike })).rejects.toBeInstanceOf(CursorError);
      await expect(store.events({}, { limit: 5, after: articleCursor(article) })).rejects.toBeInstanceOf(
        CursorError,
      );
    });
  });

  describe(`${fixture.name}: pages by cursor`, () => {
    let store: Store;
    // Ties on the date (ordered by id), dates of every precision, undated events (last) and two dyads.
    const dates = ["2020-05", "2019", null, "2020-05", "2021-01-02", null, "2019", "2020-05-04", "2018-12"];
    beforeAll(async () => {
      store = await fixture.open();
      for (const [n, date] of dates.entries())
        await store.addArticle(
          record(`page-${n}`, [
            { date, evidence: `first of ${n}` },
            { date, evidence: `second of ${n}`, target: n % 2 ? "FRE" : "OTH" },
          ]),
        );
      await updateClusters(store);
    });
    afterAll(() => store.close());

    /** Newest first, from the oldest-first list: dated rows reversed, then undated ones reversed (newest stored first). */
    const newestFirst = <T extends { date: string | null }>(oldest: readonly T[]) => [
      ...oldest.filter((r) => r.date !== null).reverse(),
      ...oldest.filter((r) => r.date === null).reverse(),
    ];

    it.each([1, 2, 3, 5, 18, 19])(
      "gives every event once newest first, undated last, %i to a page by cursor or by offset",
      async (limit) => {
        for (const filter of [{}, { dyad: ["RUR", "FRE"] as [string, string] }, { since: "2020" }]) {
          const all = await store.events(filter, { limit: 1000, offset: 0 });
          const expected = newestFirst(all).map((e) => e.id);
          const cursorOf = (e: StoredEvent) => eventCursor(e, "newest");
          expect(
            (await walk((p) => store.events(filter, p), cursorOf, limit, "newest")).map((e) => e.id),
          ).toEqual(expected);
          expect((await byOffset((p) => store.events(filter, p), limit, "newest")).map((e) => e.id)).toEqual(
            expected,
          );
        }
      },
    );

    it.each([1, 4, 100])(
      "gives every cluster once newest first, undated last, %i to a page",
      async (limit) => {
        const all = await store.clusters({}, { limit: 1000, offset: 0 });
        expect(all.some((c) => c.date === null) && all.some((c) => c.date !== null)).toBe(true);
        const expected = newestFirst(all).map((c) => c.id);
        const cursorOf = (c: ClusterRecord) => clusterCursor(c, "newest");
        expect(
          (await walk((p) => store.clusters({}, p), cursorOf, limit, "newest")).map((c) => c.id),
        ).toEqual(expected);
        expect((await byOffset((p) => store.clusters({}, p), limit, "newest")).map((c) => c.id)).toEqual(
          expected,
        );
      },
    );

    it.each([
      ["every event", {}],
      ["one dyad", { dyad: ["RUR", "FRE"] as [string, string] }],
      ["a date range", { since: "2019", until: "2020-06" }],
      ["no match", { code: "19" }],
    ])("counts %s as many as the list holds", async (_, filter: EventFilter) => {
      expect(await store.countEvents(filter)).toBe(
        (await store.events(filter, { limit: 1000, offset: 0 })).length,
      );
      expect(await store.countClusters(filter)).toBe(
        (await store.clusters(filter, { limit: 1000, offset: 0 })).length,
      );
    });

    it("counts the articles it lists", async () => {
      expect(await store.countArticles()).toBe((await store.articleList({ limit: 1000, offset: 0 })).length);
    });

    it.each([
      ["oldest", "newest"],
      ["newest", "oldest"],
    ] as const)("refuses a cursor of the %s-first order for the %s-first order", async (given, asked) => {
      const [first] = await store.events({}, { limit: 1, offset: 0, order: given });
      if (!first) throw new Error("no events stored");
      await expect(
        store.events({}, { limit: 5, after: eventCursor(first, given), order: asked }),
      ).rejects.toBeInstanceOf(CursorError);
    });

    it("pages search hits by offset and counts them all", async () => {
      const all = await store.search("Ruritania ships", { limit: 100, offset: 0 });
      expect(all.length).toBe(dates.length);
      expect(await store.searchCount("Ruritania ships")).toBe(all.length);
      expect(await store.searchCount("nowhere-to-be-found")).toBe(0);
      const paged = [];
      for (let offset = 0; offset < all.length; offset += 4)
        paged.push(...(await store.search("Ruritania ships", { limit: 4, offset })));
      expect(paged.map((h) => h.articleId)).toEqual(all.map((h) => h.articleId));
    });

    it.each([1, 2, 3, 5, 18, 19])("gives every event once, in list order, %i to a page", async (limit) => {
      for (const filter of [{}, { dyad: ["RUR", "FRE"] as [string, string] }, { since: "2020" }]) {
        const all = await store.events(filter, { limit: 1000, offset: 0 });
        const paged = await walk((p) => store.events(filter, p), eventCursor, limit);
        expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
      }
    });

    it.each([1, 4, 100])("gives every cluster once, in list order, %i to a page", async (limit) => {
      const all = await store.clusters({}, { limit: 1000, offset: 0 });
      expect(all.length).toBeGreaterThan(limit === 100 ? 0 : limit);
      const paged = await walk((p) => store.clusters({}, p), clusterCursor, limit);
      expect(paged.map((c) => c.id)).toEqual(all.map((c) => c.id));
    });

    it.each([
      ["not base64 JSON", "%%%"],
      ["JSON of another shape", Buffer.from('{"a":1}').toString("base64url")],
      ["a date that is not one", Buffer.from('["tomorrow",1]').toString("base64url")],
      ["a cluster's cursor for events", Buffer.from('["2020-05-01","ev-1"]').toString("base64url")],
    ])("refuses a cursor that is %s", async (_, after) => {
      await expect(store.events({}, { limit: 5, after })).rejects.toBeInstanceOf(CursorError);
    });

    describe("an actor's events, done by it and to it", () => {
      let mixed: Store;
      // Each article has FRE acting, acted on, and absent, on tied, undated and precise dates.
      const days = ["2020-05", null, "2019", "2020-05", "2021-01-02", null, "2018-12", "2020-05-04"];
      beforeAll(async () => {
        mixed = await fixture.open();
        for (const [n, date] of days.entries())
          await mixed.addArticle(
            record(`actor-${n}`, [
              { date, source: "FRE", target: n % 3 ? "RUR" : "OTH", evidence: `by FRE ${n}` },
              { date: days[(n + 3) % days.length] ?? null, target: "FRE", evidence: `to FRE ${n}` },
              { date, target: "OTH", evidence: `without FRE ${n}` },
            ]),
          );
        await updateClusters(mixed);
      });
      afterAll(() => mixed.close());

      it.each([
        [["FRE"], 1],
        [["FRE"], 3],
        [["FRE"], 100],
        [["FRE", "OTH"], 2],
        [["RUR"], 4],
      ] as const)(
        "pages the events of %j as the whole list filtered, %i to a page",
        async (actors, limit) => {
          const codes: readonly string[] = actors;
          const all = await mixed.events({}, { limit: 1000, offset: 0 });
          const oldest = all.filter((e) => codes.includes(e.source) || codes.includes(e.target));
          // Not vacuous: the actors both act and are acted on.
          expect(
            oldest.some((e) => codes.includes(e.source)) && oldest.some((e) => !codes.includes(e.source)),
          ).toBe(true);
          const filter = { actors: codes };
          for (const [order, expected] of [
            ["oldest", oldest],
            ["newest", newestFirst(oldest)],
          ] as const) {
            const ids = expected.map((e) => e.id);
            const cursorOf = (e: StoredEvent) => eventCursor(e, order);
            expect(
              (await walk((p) => mixed.events(filter, p), cursorOf, limit, order)).map((e) => e.id),
            ).toEqual(ids);
            expect((await byOffset((p) => mixed.events(filter, p), limit, order)).map((e) => e.id)).toEqual(
              ids,
            );
          }
        },
      );

      it.each([
        [["FRE"], 1],
        [["FRE"], 5],
        [["RUR", "OTH"], 2],
      ] as const)(
        "pages the clusters of %j as the whole list filtered, %i to a page",
        async (actors, limit) => {
          const codes: readonly string[] = actors;
          const all = await mixed.clusters({}, { limit: 1000, offset: 0 });
          const oldest = all.filter((c) => codes.includes(c.source) || codes.includes(c.target));
          expect(
            oldest.some((c) => codes.includes(c.source)) && oldest.some((c) => !codes.includes(c.source)),
          ).toBe(true);
          for (const [order, expected] of [
            ["oldest", oldest],
            ["newest", newestFirst(oldest)],
          ] as const) {
            const ids = expected.map((c) => c.id);
            const list = (p: Page) => mixed.clusters({ actors: codes }, p);
            expect((await walk(list, (c) => clusterCursor(c, order), limit, order)).map((c) => c.id)).toEqual(
              ids,
            );
            expect((await byOffset(list, limit, order)).map((c) => c.id)).toEqual(ids);
          }
        },
      );
    });

    it("refuses an event's cursor for clusters", async () => {
      const [first] = await store.events({}, { limit: 1, offset: 0 });
      if (!first) throw new Error("no events stored");
      await expect(store.clusters({}, { limit: 5, after: eventCursor(first) })).rejects.toBeInstanceOf(
        CursorError,
      );
    });
  });

  describe(`${fixture.name}: a synthetic corpus`, () => {
    it("reports bad corpus lines with their line numbers and still ingests the rest", async () => {
      const corpus = join(dir, "mixed.jsonl");
      writeSyntheticCorpus(corpus, 3);
      writeFileSync(corpus, `{not json\n{"title": "no text here"}\n`, { flag: "a" });
      const store = await fixture.open();
      const s = await ingest(store, [corpus, join(dir, "missing.txt")], { progress: false });
      await store.close();
      expect(s.added).toBe(3);
      expect(s.failed).toEqual([
        // Lines of a file are named relative to the working folder, as stored origins are; an argument as typed.
        { origin: `${relative(process.cwd(), corpus)}:4`, reason: "line is not valid JSON" },
        { origin: `${relative(process.cwd(), corpus)}:5`, reason: 'record has no "text"' },
        { origin: join(dir, "missing.txt"), reason: "no such file or folder" },
      ]);
    });
  });

  describe.skipIf(!HAS_SHARED)(`${fixture.name}: the seed articles`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await fixture.open();
      await ingest(store, [`${SHARED}corpus/seeds`], { progress: false });
    });
    afterAll(() => store.close());

    it("merges the two accounts of Raheel Sharif's trip to Moscow and flags their dates, 2014 against July 2015", async () => {
      const conflicts = await store.conflicts({ dyad: ["RUS", "PAK"] });
      const date = conflicts.filter((c) => c.attribute === "date");
      expect(date.length).toBe(1);
      expect(date[0]!.claims.map((c) => [c.article.split("/").pop()!.slice(0, 3), c.value]).sort()).toEqual([
        ["000", "2014"],
        ["001", "2015-07"],
      ]);
      expect(date[0]!.claims.every((c) => /Raheel Sharif/.test(c.sentence))).toBe(true);
      // Lavrov's April 2021 visit to Pakistan is told by 001 (undated, "arrived in Islamabad") and 002 ("In April 2021"): one event.
      const visit = await store.clusters({ dyad: ["RUS", "PAK"], code: "042", since: "2021" }, page);
      expect(visit.map((c) => [c.date, c.articles])).toEqual([["2021-04", 2]]);
    });

    it("shows Russia–Pakistan cooperation in 2014, 2015, 2016, 2017 and 2021", async () => {
      const s = await store.dyadSeries("RUS", "PAK", "year", {});
      const cooperative = s.rows
        .filter((r) => r.combined.quad[0] + r.combined.quad[1] > 0)
        .map((r) => r.period);
      expect(cooperative).toEqual(expect.arrayContaining(["2014", "2015", "2016", "2017", "2021"]));
    });

    it("finds Raheel Sharif's July 2015 visit and Lavrov's April 2021 visit", async () => {
      const visits = await store.events({ dyad: ["RUS", "PAK"], code: "042" }, page);
      expect(visits.map((e) => `${e.source}>${e.target} ${e.date}`)).toEqual(
        expect.arrayContaining(["PAK>RUS 2015-07", "RUS>PAK 2021-04"]),
      );
    });

    it("ranks Russia and Pakistan first, the two states every seed article is about", async () => {
      expect((await store.actors({}, 2)).map((a) => a.actor).sort()).toEqual(["PAK", "RUS"]);
      expect((await store.actors({ actors: ["PAK"] }, 5))[0]!.partners[0]!.actor).toBe("RUS");
    });

    it("counts the five articles and filters the 2015 arms deal by code, quad and date", async () => {
      expect(await store.stats()).toMatchObject({ articles: 5, sources: 0 });
      const deals = await store.events(
        { dyad: ["PAK", "RUS"], code: "057", since: "2015-10", until: "2015-10" },
        { limit: 10, offset: 0 },
      );
      expect(deals.map((e) => e.evidence)).toEqual([
        expect.stringContaining("Pakistan and Russia signed a landmark defence deal"),
      ]);
      expect(
        (await store.events({ dyad: ["PAK", "RUS"], quad: 4 }, { limit: 10, offset: 0 })).map(
          (e) => `${e.source}>${e.target} ${e.date}`,
        ),
      ).toEqual([
        "PAK>RUS 1980", // the Moscow Olympics boycott (001)
        "RUS>PAK null", // "the only power to keep Pakistan on its negative list for arms sales" (003)
      ]);
    });

    it("searches the seeds for Gwadar and shows the port access Pakistan granted Russia", async () => {
      const [hit] = await store.search("Gwadar", { limit: 5, offset: 0 });
      expect(hit?.origin).toMatch(/001_3d11baa424c4662a\.txt$/);
      expect(
        hit?.events.some((e) => e.source === "PAK" && e.target === "RUS" && e.evidence.includes("access")),
      ).toBe(true);
    });

    it("reports the slant of each seed article toward Russia–Pakistan", async () => {
      const report = await store.sources("RUS", "PAK");
      expect(report.articles.length).toBe(5);
      expect(report.articles.every((a) => a.reports.length > 0)).toBe(true);
    });
  });
}
