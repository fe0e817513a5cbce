// Benchmark (not a test): ingest of the news corpus into SQLite (one process, worker threads) and into
// PostgreSQL through the job queue with 1 and 2 `dyad worker` processes, in one run on one machine.
//   npm run build && node scripts/bench-queue.mjs [--admin postgres://postgres@127.0.0.1:5432/test]
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropDatabase, freshDatabase } from "./bench/postgres.mjs";
import { arg } from "./script-args.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "dyad.js");
const corpus = arg("corpus", join(root, "../shared/corpus/news/articles.jsonl"));
const admin = arg("admin", process.env.DYAD_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/test");
if (!existsSync(corpus)) {
  console.error(`${corpus}: no corpus; nothing to measure`);
  process.exit(2);
}

const run = (args) =>
  execFileSync(process.execPath, [bin, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
const articles = (db) => Number(/articles:\s+(\d+)/.exec(run(["stats", "--db", db]))?.[1] ?? 0);

const rows = [];
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-queue-"));
let t0 = performance.now();
run(["ingest", corpus, "--db", join(dir, "news.db"), "--no-progress"]);
rows.push([
  "SQLite, one process, 2 worker threads",
  articles(join(dir, "news.db")),
  (performance.now() - t0) / 1000,
]);

for (const workers of [1, 2]) {
  const db = await freshDatabase(admin, `dyad_bench_${workers}`);
  run(["ingest", "--queue", corpus, "--db", db]);
  t0 = performance.now();
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise((resolve, reject) => {
          const p = spawn(process.execPath, [bin, "worker", "--db", db, "--until-empty"], {
            stdio: "ignore",
          });
          p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
  rows.push([
    `PostgreSQL, ${workers} dyad worker process${workers > 1 ? "es" : ""} (queued first)`,
    articles(db),
    (performance.now() - t0) / 1000,
  ]);
  await dropDatabase(admin, `dyad_bench_${workers}`);
}
console.log("| ingest of the news corpus | articles stored | seconds | articles/s |");
console.log("|---|---:|---:|---:|");
for (const [what, n, s] of rows) console.log(`| ${what} | ${n} | ${s.toFixed(1)} | ${(n / s).toFixed(1)} |`);
