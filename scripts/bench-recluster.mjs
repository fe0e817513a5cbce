// Benchmark (not a test): re-clustering, this checkout against another commit, in one run on one machine.
// Both re-cluster the same databases: 1M synthetic events (every dyad, then the densest dyad alone), and the
// seeds, the news corpus and its real-news cross-source set as ingested by this checkout; the clusters
// they write must be identical, or the run fails.
//   npm run build && node scripts/bench-recluster.mjs --baseline <git-ref> [--events 1000000]
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { arg } from "./script-args.mjs";
import { buildSqlite } from "./bench/synthetic.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "dyad.js");
const baseline = arg("baseline", null);
const eventCount = Number(arg("events", "1000000"));
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-recluster-"));

/** A built checkout of `ref` beside this one, sharing its node_modules. */
function checkout(ref) {
  const tree = join(dir, "baseline");
  execFileSync("git", ["-C", root, "worktree", "add", "--detach", tree, ref], { stdio: "ignore" });
  symlinkSync(join(root, "node_modules"), join(tree, "node_modules"));
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", join(tree, "tsconfig.build.json")],
    { stdio: "inherit" },
  );
  return tree;
}

const impls = [["this checkout", root]];
if (baseline) {
  impls.unshift([`baseline ${baseline}`, checkout(baseline)]);
  process.on("exit", () =>
    execFileSync("git", ["-C", root, "worktree", "remove", "--force", join(dir, "baseline")], {
      stdio: "ignore",
    }),
  );
}
const stores = await Promise.all(
  impls.map(async ([name, tree]) => [
    name,
    (await import(join(tree, "dist/store/sqlite/sqlite-store.js"))).SqliteStore,
    (await import(join(tree, "dist/store/migrations.js"))).SCHEMA_VERSION,
    // Re-clustering moved from a store method to merge/recluster.js; an older baseline has only the method.
    existsSync(join(tree, "dist/merge/recluster.js"))
      ? (await import(join(tree, "dist/merge/recluster.js"))).updateClusters
      : (store, dyads) => store.updateClusters(dyads),
    await wholeRebuild(tree),
  ]),
);

/**
 * Rebuilding one dyad whole, as `dyad recluster` does each dyad. A checkout that updates only the part of
 * a dyad that new reports reach (changed-part.js) is made to rebuild it whole; an older one always did.
 */
async function wholeRebuild(tree) {
  if (!existsSync(join(tree, "dist/merge/changed-part.js")))
    return (store, dyad) =>
      existsSync(join(tree, "dist/merge/recluster.js"))
        ? import(join(tree, "dist/merge/recluster.js")).then((m) => m.updateClusters(store, [dyad]))
        : store.updateClusters([dyad]);
  const module = ["dyad-clusters.js", "recluster.js"].find((f) => existsSync(join(tree, "dist/merge", f)));
  const { clusterDyad } = await import(join(tree, "dist/merge", module));
  return (store, dyad) =>
    store.withDyads([dyad], async (tx) => {
      const reports = await tx.reportsOf(dyad);
      await tx.writeClusters(await clusterDyad(dyad, reports, (ids) => tx.articleTexts(ids)), reports);
    });
}

/** Everything clustering wrote: each cluster row and each event's cluster. */
function digest(path) {
  const db = new BetterSqlite3(path, { readonly: true });
  const h = createHash("sha256");
  for (const r of db.prepare("select * from clusters order by id").raw().iterate())
    h.update(JSON.stringify(r));
  for (const r of db.prepare("select id, cluster_id from events order by id").raw().iterate())
    h.update(JSON.stringify(r));
  db.close();
  return h.digest("hex").slice(0, 16);
}

/**
 * A copy of `source` with no clusters, for one implementation to rebuild. An older checkout gets the
 * schema version it knows: the migrations after version 2 change nothing in a SQLite file.
 */
function unclustered(source, name, schemaVersion) {
  const path = join(dir, `${name}.db`);
  for (const s of ["", "-wal", "-shm"]) rmSync(path + s, { force: true });
  copyFileSync(source, path);
  const db = new BetterSqlite3(path);
  db.exec("delete from clusters; update events set cluster_id = null;");
  // Indexes a checkout's migrations never made would cost it writes it never chose (migration 5: clusters by actor).
  if (schemaVersion < 5)
    db.exec("drop index if exists clusters_source; drop index if exists clusters_target;");
  db.prepare("update meta set value = ? where key = 'schema_version' and cast(value as integer) > ?").run(
    String(Math.max(2, schemaVersion)),
    Math.max(2, schemaVersion),
  );
  db.close();
  return path;
}

const rows = [];
const digests = new Map();
async function measure(what, source, densest) {
  for (const [name, SqliteStore, schemaVersion, updateClusters, rebuildWhole] of stores) {
    const path = unclustered(source, name.replace(/\W+/g, "-"), schemaVersion);
    const store = await SqliteStore.open(path);
    let t0 = performance.now();
    const dyads = await updateClusters(store);
    const full = (performance.now() - t0) / 1000;
    rows.push([`${what}: re-cluster every dyad (${dyads})`, name, full]);
    if (densest) {
      t0 = performance.now();
      await rebuildWhole(store, densest);
      rows.push([`${what}: rebuild ${densest} whole`, name, (performance.now() - t0) / 1000]);
      t0 = performance.now();
      await updateClusters(store, [densest]);
      rows.push([`${what}: update ${densest}, nothing new`, name, (performance.now() - t0) / 1000]);
      // An ingest that adds a report to the dense dyad: its clusters are rebuilt.
      const raw = new BetterSqlite3(path);
      raw.exec(`insert into events (article_id, source, target, dyad, source_role, target_role, code, cameo, quad, symmetric, date, date_start, date_end, sort_date,
        modality, sector, evidence, start_offset, end_offset, rule, goldstein, extractor_version, context)
        select article_id, source, target, dyad, source_role, target_role, code, cameo, quad, symmetric, date, date_start, date_end, sort_date,
        modality, sector, evidence || ' again', start_offset + 100, end_offset + 100, rule, goldstein, extractor_version, context from events where dyad = '${densest}' limit 20`);
      raw.close();
      t0 = performance.now();
      await updateClusters(store, [densest]);
      rows.push([`${what}: update ${densest} after 20 new reports`, name, (performance.now() - t0) / 1000]);
    }
    await store.close();
    const d = digest(path);
    const first = digests.get(what);
    if (first && first !== d)
      throw new Error(`${what}: ${name} wrote other clusters than ${stores[0][0]} (${d} against ${first})`);
    digests.set(what, d);
  }
}

const synthetic = join(dir, "synthetic.db");
await buildSqlite(synthetic, eventCount, 20_000);
await measure(`${eventCount.toLocaleString("en")} synthetic events`, synthetic, "PAK-RUS");

const shared = join(root, "../shared/corpus");
// The cross-source part of the real-news set: the articles drawn as members of news clusters (dev and test).
const crossSource = join(dir, "cross-source");
if (existsSync(join(shared, "news/articles.jsonl"))) {
  const set = JSON.parse(readFileSync(join(root, "test-data/news/set.json"), "utf8"));
  for (const split of ["dev", "test"]) {
    execFileSync(
      process.execPath,
      [join(root, "scripts/news-set/materialise.mjs"), "--split", split, "--out", crossSource],
      { stdio: "ignore" },
    );
  }
  const members = new Set(set.articles.filter((a) => a.stratum === "cluster").map((a) => `${a.id}.txt`));
  for (const f of readdirSync(crossSource)) if (!members.has(f)) rmSync(join(crossSource, f));
}
const real = [
  ["the seeds", join(shared, "seeds")],
  ["the real-news cross-source set", crossSource],
  ["the news corpus", join(shared, "news/articles.jsonl")],
];
for (const [what, input] of real) {
  if (!existsSync(input)) {
    console.log(`${what}: not found at ${input}, skipped`);
    continue;
  }
  const path = join(dir, `${what.replace(/\W+/g, "-")}.db`);
  execFileSync(process.execPath, [bin, "ingest", input, "--db", path, "--no-progress"], { stdio: "ignore" });
  await measure(what, path, null);
}

console.log(`| re-clustering | ${impls.map(([n]) => n).join(" | ")} |${baseline ? " speed-up |" : ""}`);
console.log(`|---|${impls.map(() => "---:").join("|")}|${baseline ? "---:|" : ""}`);
for (const what of [...new Set(rows.map((r) => r[0]))]) {
  const s = rows.filter((r) => r[0] === what).map((r) => r[2]);
  console.log(
    `| ${what} | ${s.map((x) => `${x.toFixed(2)} s`).join(" | ")} |${baseline ? ` ${(s[0] / s[1]).toFixed(1)}× |` : ""}`,
  );
}
console.log(`\nIdentical clusters from both: ${[...digests.keys()].join("; ")}.`);
