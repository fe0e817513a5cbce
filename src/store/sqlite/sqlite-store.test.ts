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
