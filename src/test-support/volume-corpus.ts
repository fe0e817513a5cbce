/**
 * The news corpus and the seeds in one SQLite file, as a user who ingested them would have it: built once
 * per test run by the CLI, then copied for each test file that serves it (ingesting 2,500 articles takes a
 * minute; copying the file, a moment).
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppOptions } from "../server/app.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { serveStore, type Served } from "./served-corpus.js";
import { HAS_SHARED, SHARED, volumeDir } from "./shared.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TEMPLATE = () => join(volumeDir(), "news-and-seeds.db");
const LOCK = () => join(volumeDir(), "building");

export const HAS_VOLUME = HAS_SHARED;
/** Relative to the repository, as a user in their clone would type them: stored origins stay relative. */
export const VOLUME_INPUTS = [`${SHARED}corpus/seeds`, `${SHARED}corpus/news/articles.jsonl`].map((p) =>
  relative(ROOT, p),
);

function ingestTemplate(): Promise<void> {
  const building = join(volumeDir(), "template-building.db");
  rmSync(building, { force: true });
  // A child process: ingest keeps a thread busy, and the test worker must keep answering vitest meanwhile.
  const child = spawn(
    process.execPath,
    ["bin/dyad.js", "ingest", ...VOLUME_INPUTS, "--db", building, "--no-progress"],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) {
        reject(new Error(`ingest of the news corpus failed (${status}): ${stderr}`));
        return;
      }
      copyFileSync(building, TEMPLATE());
      rmSync(building, { force: true });
      resolve();
    });
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The path of the built database, building it first if no other test file of this run has. */
export async function volumeDatabase(): Promise<string> {
  mkdirSync(volumeDir(), { recursive: true });
  if (existsSync(TEMPLATE())) return TEMPLATE();
  let builder = false;
  try {
    mkdirSync(LOCK());
    builder = true;
  } catch {
    // Another test file is building it: wait below.
  }
  if (builder) {
    try {
      await ingestTemplate();
    } finally {
      rmSync(LOCK(), { recursive: true, force: true });
    }
    return TEMPLATE();
  }
  while (existsSync(LOCK())) await wait(250);
  if (!existsSync(TEMPLATE())) throw new Error("the test file building the news-corpus database failed");
  return TEMPLATE();
}

/** A real server on 127.0.0.1 over a private copy of the news-and-seeds database. */
export async function serveVolume(options: AppOptions = {}): Promise<Served> {
  const template = await volumeDatabase();
  const dir = mkdtempSync(join(tmpdir(), "dyad-volume-"));
  const db = join(dir, "news.db");
  copyFileSync(template, db);
  return serveStore(await SqliteStore.open(db), dir, options);
}
