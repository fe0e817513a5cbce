import BetterSqlite3 from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runStoreContract } from "../../test-support/store-contract.js";
import { SchemaVersionError } from "../migrations.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
let n = 0;

runStoreContract({ name: "SQLite", open: () => SqliteStore.open(join(dir, `contract-${++n}.db`)) });

describe("SQLite schema versions", () => {
  it("refuses a database written by a newer dyad", async () => {
    const path = join(dir, "newer.db");
    await (await SqliteStore.open(path)).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("update meta set value = '99' where key = 'schema_version'").run();
    raw.close();
    await expect(SqliteStore.open(path)).rejects.toThrow(SchemaVersionError);
    await expect(SqliteStore.open(path)).rejects.toThrow(
      /schema version 99, newer than this dyad understands/,
    );
  });
});

describe("SQLite rebuild of every cluster", () => {
  const ALL = ["clusters_sort", "clusters_source", "clusters_target", "events_cluster"];
  const indexes = (path: string) => {
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      return raw
        .prepare(
          "select name from sqlite_master where type = 'index' and name in ('events_cluster', 'clusters_sort', 'clusters_source', 'clusters_target')",
        )
        .pluck()
        .all();
    } finally {
      raw.close();
    }
  };

  it.each([
    ["finishes", () => Promise.resolve()],
    ["fails", () => Promise.reject(new Error("stopped"))],
  ])(
    "sets aside the indexes it writes at random while it runs, and builds them again when it %s",
    async (_, end) => {
      const path = join(dir, `rebuild-${++n}.db`);
      const store = await SqliteStore.open(path);
      let during: unknown[] = [];
      await store
        .rebuildingAll(async () => {
          during = indexes(path);
          await end();
        })
        .catch(() => {});
      await store.close();
      expect(during).toEqual([]);
      expect(indexes(path).sort()).toEqual(ALL);
    },
  );

  it("makes the indexes again on open when a rebuild stopped without them", async () => {
    const path = join(dir, "stopped-rebuild.db");
    await (await SqliteStore.open(path)).close();
    const raw = new BetterSqlite3(path);
    raw.exec(ALL.map((name) => `drop index ${name};`).join(" "));
    raw.close();
    await (await SqliteStore.open(path)).close();
    expect(indexes(path).sort()).toEqual(ALL);
  });
});
