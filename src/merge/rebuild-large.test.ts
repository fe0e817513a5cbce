// A rebuild of every dyad past LARGE_REBUILD events sets indexes aside and clusters on a thread of its
// own; it must write what updating each dyad in place writes. Both run from dist/ (built by the vitest
// global setup), since a thread loads built code, on generated stores of 30,000 events.
import BetterSqlite3 from "better-sqlite3";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "dyad-rebuild-"));

/** Every cluster row and every event's cluster; and the indexes on clusters and events. */
function written(path: string) {
  const raw = new BetterSqlite3(path, { readonly: true });
  try {
    return {
      clusters: raw.prepare("select * from clusters order by id").all(),
      membership: raw.prepare("select id, cluster_id from events order by id").all(),
      indexes: raw.prepare("select name from sqlite_master where type = 'index' order by name").pluck().all(),
    };
  } finally {
    raw.close();
  }
}

it("writes the same clusters as updating each dyad in place, and leaves every index", async () => {
  const { buildSqlite } = (await import(
    /* @vite-ignore */ new URL("../../scripts/bench/synthetic.mjs", import.meta.url).href
  )) as {
    buildSqlite: (path: string, events: number, articles: number) => Promise<void>;
  };
  const { SqliteStore } = (await import(
    /* @vite-ignore */ dist("store/sqlite/sqlite-store.js")
  )) as typeof import("../store/sqlite/sqlite-store.js");
  const { updateClusters } = (await import(
    /* @vite-ignore */ dist("merge/recluster.js")
  )) as typeof import("./recluster.js");
  const whole = join(dir, "whole.db");
  await buildSqlite(whole, 30_000, 600);
  const inPlace = join(dir, "in-place.db");
  copyFileSync(whole, inPlace);

  const a = await SqliteStore.open(whole);
  const dyads = await updateClusters(a);
  await a.close();
  const b = await SqliteStore.open(inPlace);
  const raw = new BetterSqlite3(inPlace, { readonly: true });
  const all = raw.prepare("select distinct dyad from events").pluck().all() as string[];
  raw.close();
  expect(await updateClusters(b, all)).toBe(dyads);
  await b.close();

  const rebuilt = written(whole);
  expect(rebuilt).toEqual(written(inPlace));
  // Not vacuous: every event was clustered, and some clusters have several members.
  expect(rebuilt.membership.every((e) => (e as { cluster_id: string | null }).cluster_id !== null)).toBe(
    true,
  );
  expect(rebuilt.clusters.some((c) => (c as { members: number }).members > 1)).toBe(true);
  expect(rebuilt.indexes).toEqual(
    expect.arrayContaining(["clusters_source", "clusters_sort", "events_cluster"]),
  );
}, 120_000);
