// The store queries behind the web app: the relations graph, the article list and one article with what was found in it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../ingest/ingest.js";
import { contentHash } from "../../ingest/code-item.js";
import { SqliteStore } from "../sqlite/sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-web-queries-"));
let store: SqliteStore;

beforeAll(async () => {
  writeFileSync(
    join(dir, "corpus.jsonl"),
    [
      {
        text: "Chile and Peru\n\nIn March 2015, Chile signed a trade agreement with Peru. In July 2016, Chile accused Peru of spying.",
        title: "Chile and Peru",
        published: "2016-08-01",
        source: "Andes Wire",
      },
      {
        text: "Kenya\n\nIn 2016, the Ghanaian President visited Nairobi.",
        title: "Kenya",
        published: "2016-02-01",
      },
      { text: "Nothing here\n\nThe weather was fine all week.", title: "Weather" },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n"),
  );
  store = await SqliteStore.open(join(dir, "q.db"));
  await ingest(store, [join(dir, "corpus.jsonl")], { progress: false });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("network", () => {
  it("has one edge per dyad with quad counts and the mean Goldstein score, narrowed by the filters", async () => {
    // 057 Sign formal agreement (+8) and 112 Accuse (-2); 042 Make a visit (+1.9).
    expect(await store.network({})).toEqual([
      { dyad: "CHL-PER", a: "CHL", b: "PER", events: 2, quad: [1, 0, 1, 0], goldsteinMean: 3 },
      { dyad: "GHA-KEN", a: "GHA", b: "KEN", events: 1, quad: [1, 0, 0, 0], goldsteinMean: 1.9 },
    ]);
    expect((await store.network({ since: "2016" })).map((e) => [e.dyad, e.events])).toEqual([
      ["CHL-PER", 1],
      ["GHA-KEN", 1],
    ]);
    expect(await store.network({ until: "2010" })).toEqual([]);
  });
});

describe("articles", () => {
  it("lists articles newest first, undated last, with outlet and event count", async () => {
    const list = await store.articleList({ limit: 10, offset: 0 });
    expect(list.map((a) => [a.title, a.published, a.outlet, a.events])).toEqual([
      ["Chile and Peru", "2016-08-01", "Andes Wire", 2],
      ["Kenya", "2016-02-01", null, 1],
      ["Weather", null, null, 0],
    ]);
    expect((await store.articleList({ limit: 1, offset: 1 })).map((a) => a.title)).toEqual(["Kenya"]);
  });

  it("gives one article with its mentions and events at their offsets, and finds it by content hash", async () => {
    const [first] = await store.articleList({ limit: 1, offset: 0 });
    const a = (await store.articleDetail(first!.id))!;
    expect(a.mentions.map((m) => m.code)).toEqual(expect.arrayContaining(["CHL", "PER"]));
    for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    expect(a.eventList.map((e) => e.cameo)).toEqual(["057", "112"]);
    for (const e of a.eventList) expect(a.text.slice(e.start, e.end)).toBe(e.evidence);
    expect(await store.articleIdByHash(contentHash(a.text))).toBe(a.id);
    expect(await store.articleIdByHash("0".repeat(64))).toBeNull();
    expect(await store.articleDetail(9999)).toBeNull();
  });
});
