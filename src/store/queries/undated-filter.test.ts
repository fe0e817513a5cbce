// Undated events beside a date range: kept, dropped or alone, the same way in every query the filter reaches.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../ingest/ingest.js";
import type { EventFilter } from "../store.js";
import { parseFilter } from "../event-filter.js";
import { SqliteStore } from "../sqlite/sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-undated-"));
let store: SqliteStore;

beforeAll(async () => {
  writeFileSync(
    join(dir, "corpus.jsonl"),
    [
      {
        text: "Chile and Peru\n\nIn March 2015, Chile signed a trade agreement with Peru. In July 2016, Chile accused Peru of spying.",
        title: "Chile and Peru",
        published: "2016-08-01",
      },
      // No publication date and no date in the text: its event is undated.
      { text: "Chile\n\nChile accused Peru of spying.", title: "Undated" },
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

describe("the undated filter", () => {
  it("the fixture holds two dated events and one undated", async () => {
    const dates = (await store.events({}, { limit: 10, offset: 0 })).map((e) => e.date);
    expect(dates).toEqual(["2015-03", "2016-07", null]);
  });

  // Expected counts of CHL-PER events, from the fixture: 2015 and 2016 dated, one undated.
  it.each<[string, EventFilter, number]>([
    ["no range, no mode: all", {}, 3],
    ["no range, include", { undated: "include" }, 3],
    ["no range, exclude", { undated: "exclude" }, 2],
    ["no range, only", { undated: "only" }, 1],
    ["a range alone drops undated", { since: "2016" }, 1],
    ["a range, include", { since: "2016", undated: "include" }, 2],
    ["a range, exclude", { since: "2016", undated: "exclude" }, 1],
    ["a range, only: the range is for dated events", { since: "2016", undated: "only" }, 1],
    ["an empty range, include", { until: "2010", undated: "include" }, 1],
  ])("%s", async (_, filter, events) => {
    const edge = (await store.network(filter)).find((e) => e.dyad === "CHL-PER");
    expect(edge?.events ?? 0).toBe(events);
    const chile = (await store.actors({ ...filter, actors: ["CHL"] }, 10))[0];
    expect(chile?.events ?? 0).toBe(events);
  });
});

describe("the undated parameter", () => {
  it.each(["include", "exclude", "only"])("takes %s", (mode) => {
    expect(parseFilter({ undated: mode }).undated).toBe(mode);
  });

  it("names the parameter and the values it takes when given another", () => {
    expect(() => parseFilter({ undated: "maybe" })).toThrow(
      'undated "maybe": expected one of include, exclude, only',
    );
  });
});
