import BetterSqlite3 from "better-sqlite3";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../ingest/ingest.js";
import { HAS_SHARED, SHARED } from "../../test-support/shared.js";
import { writeSyntheticCorpus } from "../../test-support/synthetic-corpus.js";
import { SchemaVersionError } from "../migrations.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));

describe("SqliteStore with written articles", () => {
  const path = join(dir, "own.db");
  let store: SqliteStore;
  beforeAll(async () => {
    writeFileSync(join(dir, "a.txt"), "Chile and Peru\n\nIn March 2015, Chile signed a trade agreement with Peru. In July 2016, Chile accused Peru of spying.");
    writeFileSync(join(dir, "b.md"), "# Kenya hosts\n\nIn 2016, the Ghanaian President visited Nairobi. Peru did not criticize Chile.");
    store = await SqliteStore.open(path);
    await ingest(store, [join(dir, "a.txt"), join(dir, "b.md")], { progress: false });
  });
  afterAll(() => store.close());

  it("stores each article once, however often it is ingested", async () => {
    writeFileSync(join(dir, "a-copy.txt"), "Chile and Peru\n\nIn March 2015, Chile signed a trade agreement with Peru. In July 2016, Chile accused Peru of spying.");
    const again = await ingest(store, [join(dir, "a.txt"), join(dir, "a-copy.txt"), join(dir, "b.md")], { progress: false });
    expect(again).toMatchObject({ added: 0, present: 3, failed: [] });
    expect((await store.stats()).articles).toBe(2);
  });

  it("filters events by dyad, dates, code, quad and modality", async () => {
    const all = await store.events({ dyad: ["PER", "CHL"] }, { limit: 50, offset: 0 });
    expect(all.map((e) => [e.source, e.target, e.cameo, e.date, e.modality])).toEqual([
      ["CHL", "PER", "057", "2015-03", "asserted"], ["CHL", "PER", "112", "2016-07", "asserted"], ["PER", "CHL", "111", null, "negated"]]);
    expect((await store.events({ dyad: ["CHL", "PER"], since: "2016" }, { limit: 50, offset: 0 })).map((e) => e.cameo)).toEqual(["112"]);
    expect((await store.events({ until: "2015-03-31" }, { limit: 50, offset: 0 })).map((e) => e.cameo)).toEqual(["057"]);
    expect((await store.events({ code: "11" }, { limit: 50, offset: 0 })).map((e) => e.cameo)).toEqual(["112", "111"]);
    expect((await store.events({ quad: 1 }, { limit: 50, offset: 0 })).map((e) => e.source)).toEqual(["CHL", "GHA"]);
    expect((await store.events({ modality: "negated" }, { limit: 50, offset: 0 })).length).toBe(1);
    expect((await store.events({ actors: ["KEN"] }, { limit: 50, offset: 0 })).map((e) => `${e.source}>${e.target}`)).toEqual(["GHA>KEN"]);
  });

  it("builds the dyad series per direction, leaving out negated events", async () => {
    const s = await store.dyadSeries("CHL", "PER", "year", {});
    expect(s.rows.map((r) => [r.period, r.forward.events, r.backward.events, r.combined.quad])).toEqual([["2015", 1, 0, [1, 0, 0, 0]], ["2016", 1, 0, [0, 0, 1, 0]]]);
    expect(s.rows[0]!.mostCooperative?.cameo).toBe("057");
    expect(s.rows[1]!.mostConflictual?.cameo).toBe("112");
    expect(s.rows[0]!.combined.goldsteinSum).toBe(8);
    expect(s.undated).toBe(0);
    expect((await store.dyadSeries("CHL", "PER", "month", {})).rows.map((r) => r.period)).toEqual(["2015-03", "2016-07"]);
    expect((await store.dyadSeries("CHL", "PER", "quarter", {})).rows.map((r) => r.period)).toEqual(["2015-Q1", "2016-Q3"]);
  });

  it("ranks actors, searches text and counts what it holds", async () => {
    expect((await store.actors({}, 2)).map((a) => [a.actor, a.events])).toEqual([["CHL", 3], ["PER", 3]]);
    const hits = await store.search("spying", 5);
    expect(hits.map((h) => h.origin)).toEqual([join(dir, "a.txt")]);
    expect(hits[0]!.snippet).toContain("[spying]");
    expect(hits[0]!.events.map((e) => e.cameo)).toEqual(["057", "112"]);
    expect(await store.search('"OR" NEAR( *', 5)).toEqual([]);
    expect(await store.stats()).toMatchObject({ articles: 2, events: 4, schemaVersion: 2 });
  });
});

describe("schema versions", () => {
  it("refuses a database written by a newer dyad", async () => {
    const path = join(dir, "newer.db");
    (await SqliteStore.open(path)).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("update meta set value = '99' where key = 'schema_version'").run();
    raw.close();
    await expect(SqliteStore.open(path)).rejects.toThrow(SchemaVersionError);
    await expect(SqliteStore.open(path)).rejects.toThrow(/schema version 99, newer than this dyad understands/);
  });
});

describe("a synthetic corpus", () => {
  it("reports bad corpus lines with their line numbers and still ingests the rest", async () => {
    const corpus = join(dir, "mixed.jsonl");
    writeSyntheticCorpus(corpus, 3);
    writeFileSync(corpus, `${"{not json\n"}${'{"title": "no text here"}\n'}`, { flag: "a" });
    const store = await SqliteStore.open(join(dir, "mixed.db"));
    const s = await ingest(store, [corpus, join(dir, "missing.txt")], { progress: false });
    await store.close();
    expect(s.added).toBe(3);
    expect(s.failed).toEqual([
      { origin: `${corpus}:4`, reason: "line is not valid JSON" },
      { origin: `${corpus}:5`, reason: 'record has no "text"' },
      { origin: join(dir, "missing.txt"), reason: "no such file or folder" },
    ]);
  });
});

describe.skipIf(!HAS_SHARED)("the seed articles", () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = await SqliteStore.open(join(dir, "seeds.db"));
    await ingest(store, [`${SHARED}corpus/seeds`], { progress: false });
  });
  afterAll(() => store.close());

  it("merges the two accounts of Raheel Sharif's trip to Moscow and flags their dates, 2014 against July 2015", async () => {
    const conflicts = await store.conflicts({ dyad: ["RUS", "PAK"] });
    const date = conflicts.filter((c) => c.attribute === "date");
    expect(date.length).toBe(1);
    expect(date[0]!.claims.map((c) => [c.article.split("/").pop()!.slice(0, 3), c.value]).sort()).toEqual([["000", "2014"], ["001", "2015-07"]]);
    expect(date[0]!.claims.every((c) => /Raheel Sharif/.test(c.sentence))).toBe(true);
    // Lavrov's April 2021 visit to Pakistan is told by 001 (undated, "arrived in Islamabad") and 002 ("In April 2021"): one event.
    const visit = (await store.clusters({ dyad: ["RUS", "PAK"], code: "042", since: "2021" }, { limit: 10, offset: 0 }));
    expect(visit.map((c) => [c.date, c.articles])).toEqual([["2021-04", 2]]);
  });

  it("shows Russia–Pakistan cooperation in 2014, 2015, 2016, 2017 and 2021", async () => {
    const s = await store.dyadSeries("RUS", "PAK", "year", {});
    const cooperative = s.rows.filter((r) => r.combined.quad[0] + r.combined.quad[1] > 0).map((r) => r.period);
    expect(cooperative).toEqual(expect.arrayContaining(["2014", "2015", "2016", "2017", "2021"]));
  });

  it("finds Raheel Sharif's July 2015 visit and Lavrov's April 2021 visit", async () => {
    const visits = await store.events({ dyad: ["RUS", "PAK"], code: "042" }, { limit: 50, offset: 0 });
    expect(visits.map((e) => `${e.source}>${e.target} ${e.date}`)).toEqual(expect.arrayContaining(["PAK>RUS 2015-07", "RUS>PAK 2021-04"]));
  });

  it("ranks Russia and Pakistan first, the two states every seed article is about", async () => {
    expect((await store.actors({}, 2)).map((a) => a.actor).sort()).toEqual(["PAK", "RUS"]);
    expect((await store.actors({ actors: ["PAK"] }, 5))[0]!.partners[0]!.actor).toBe("RUS");
  });

  it("counts the five articles and filters the 2015 arms deal by code, quad and date", async () => {
    expect(await store.stats()).toMatchObject({ articles: 5, sources: 0 });
    const deals = await store.events({ dyad: ["PAK", "RUS"], code: "057", since: "2015-10", until: "2015-10" }, { limit: 10, offset: 0 });
    expect(deals.map((e) => e.evidence)).toEqual([expect.stringContaining("Pakistan and Russia signed a landmark defence deal")]);
    expect((await store.events({ dyad: ["PAK", "RUS"], quad: 4 }, { limit: 10, offset: 0 })).map((e) => `${e.source}>${e.target} ${e.date}`)).toEqual([
      "PAK>RUS 1980", // the Moscow Olympics boycott (001)
      "RUS>PAK null", // "the only power to keep Pakistan on its negative list for arms sales" (003)
    ]);
  });

  it("searches the seeds for Gwadar and shows the port access Pakistan granted Russia", async () => {
    const [hit] = await store.search("Gwadar", 5);
    expect(hit?.origin).toMatch(/001_3d11baa424c4662a\.txt$/);
    expect(hit?.events.some((e) => e.source === "PAK" && e.target === "RUS" && e.evidence.includes("access"))).toBe(true);
  });
});
