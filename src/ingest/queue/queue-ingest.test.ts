// Distributed ingest: two worker processes on one queue, one killed mid-run and restarted, end where one SQLite ingest does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresStore } from "../../store/postgres/postgres-store.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import type { Store } from "../../store/store.js";
import { POSTGRES_SERVER, dropDatabases, freshDatabase } from "../../test-support/postgres.js";
import { writeSyntheticCorpus } from "../../test-support/synthetic-corpus.js";
import { ingest } from "../ingest.js";

const BIN = fileURLToPath(new URL("../../../bin/dyad.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-queue-"));

const dyad = (args: string[], db: string) =>
  spawnSync(process.execPath, [BIN, ...args, "--db", db], { encoding: "utf8" });
const worker = (db: string): ChildProcess =>
  spawn(process.execPath, [BIN, "worker", "--db", db, "--job-timeout", "4", "--until-empty"], {
    stdio: "ignore",
  });
const exited = (p: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    p.exitCode !== null ? resolve(p.exitCode) : p.once("exit", (code) => resolve(code)),
  );

/** What two stores hold, without the ids each assigned in its own order. */
async function contents(store: Store) {
  const events = (await store.events({}, { limit: 100_000, offset: 0 }))
    .map((e) =>
      [e.article, e.source, e.target, e.cameo, e.date, e.modality, e.start, e.evidence, e.clusterId].join(
        "|",
      ),
    )
    .sort();
  const clusters = (await store.clusters({}, { limit: 100_000, offset: 0 }))
    .map((c) => `${c.id} ${c.members} ${c.articles}`)
    .sort();
  // The extractor version digests the code it runs: src/ in this process, dist/ in the workers.
  const { location: _, extractorVersions, ...stats } = await store.stats();
  return { events, clusters, stats, versions: extractorVersions.map((v) => v.articles) };
}

describe.skipIf(!POSTGRES_SERVER)("ingest through the job queue", () => {
  afterAll(dropDatabases, 120_000);

  it("two workers, one killed with SIGKILL midway and restarted, store what a single SQLite ingest stores", async () => {
    const corpus = join(dir, "corpus.jsonl");
    writeSyntheticCorpus(corpus, 40);
    const url = await freshDatabase();
    const queued = dyad(["ingest", "--queue", corpus, "--job-timeout", "4"], url);
    expect(queued.stderr).toBe("");
    expect(queued.stdout).toMatch(/queued 40 article\(s\)/);

    const first = worker(url);
    let second = worker(url);
    // Kill the second worker once articles are being stored, mid-job as likely as not.
    const watcher = await PostgresStore.open(url);
    while ((await watcher.stats()).articles < 5) await new Promise((r) => setTimeout(r, 200));
    second.kill("SIGKILL");
    await exited(second);
    second = worker(url);
    expect(await exited(first)).toBe(0);
    expect(await exited(second)).toBe(0);

    const status = JSON.parse(dyad(["queue", "--format", "json"], url).stdout) as {
      queue: string;
      counts: Record<string, number>;
    }[];
    expect(
      status.map((s) => [s.queue, s.counts.created, s.counts.retry, s.counts.active, s.counts.failed]),
    ).toEqual([
      ["dyad-article", 0, 0, 0, 0],
      ["dyad-cluster", 0, 0, 0, 0],
    ]);

    const sqlite = await SqliteStore.open(join(dir, "single.db"));
    await ingest(sqlite, [corpus], { progress: false, threads: 1 });
    const [a, b] = [await contents(sqlite), await contents(watcher)];
    await sqlite.close();
    await watcher.close();
    expect(a.stats.articles).toBe(40);
    expect(b).toEqual(a);
  }, 300_000);

  it("refuses to queue into a SQLite file, saying why", () => {
    const r = dyad(["ingest", "--queue", join(dir, "x.jsonl")], join(dir, "x.db"));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/needs a PostgreSQL database/);
  });
});
