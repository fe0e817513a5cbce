import { afterAll, describe, expect, it } from "vitest";
import { runStoreContract } from "../../test-support/store-contract.js";
import { POSTGRES_SERVER, freshDatabase, dropDatabases } from "../../test-support/postgres.js";
import { SCHEMA_VERSION, SchemaVersionError } from "../migrations.js";
import { PostgresStore } from "./postgres-store.js";

describe.skipIf(!POSTGRES_SERVER)("PostgreSQL", () => {
  // Dropping waits for a checkpoint per database: slow on a busy machine, not a failure.
  afterAll(dropDatabases, 120_000);

  runStoreContract({ name: "PostgreSQL", open: async () => PostgresStore.open(await freshDatabase()) });

  it("refuses a database written by a newer dyad", async () => {
    const url = await freshDatabase();
    const store = await PostgresStore.open(url);
    await store.close();
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("update meta set value = '99' where key = 'schema_version'");
    await client.end();
    await expect(PostgresStore.open(url)).rejects.toThrow(SchemaVersionError);
  });

  it("runs the migrations once when several processes open a new database at the same time", async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url)));
    expect((await stores[0]!.stats()).schemaVersion).toBe(SCHEMA_VERSION);
    await Promise.all(stores.map((s) => s.close()));
  });

  it("names the server it cannot reach, without the password", async () => {
    await expect(PostgresStore.open("postgres://dyad:secret@127.0.0.1:1/none")).rejects.toThrow(
      /cannot open database postgres:\/\/dyad:\*\*\*@127\.0\.0\.1:1\/none/,
    );
  });
});
