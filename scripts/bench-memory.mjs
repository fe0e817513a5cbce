// Benchmark (not a test): peak memory of ingest as the corpus grows. The news corpus is written out 1 and
// 40 times (each copy's articles made distinct by a line naming the copy, so every one is coded and
// stored), and `dyad ingest` runs over each under /usr/bin/time; with PostgreSQL, `dyad ingest --queue`
// (which streams the corpus into jobs) is measured at 40× too.
//   npm run build && node scripts/bench-memory.mjs [--times 40] [--admin postgres://postgres@127.0.0.1:5432/test]
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { dropDatabase, freshDatabase } from "./bench/postgres.mjs";
import { arg } from "./script-args.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "dyad.js");
const corpus = arg("corpus", join(root, "../shared/corpus/news/articles.jsonl"));
const times = Number(arg("times", "40"));
const admin = arg("admin", process.env.DYAD_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/test");
if (!existsSync(corpus)) {
  console.error(`${corpus}: no corpus; nothing to measure`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-memory-"));

/** The corpus `n` times over, as one .jsonl file. */
async function multiply(n) {
  const path = join(dir, `corpus-${n}x.jsonl`);
  const out = createWriteStream(path);
  let articles = 0;
  for (let copy = 1; copy <= n; copy++) {
    for await (const line of createInterface({ input: createReadStream(corpus) })) {
      if (!line.trim()) continue;
      const a = JSON.parse(line);
      const record =
        n === 1
          ? a
          : { ...a, id: `${a.id}-copy${copy}`, text: `${a.text}\n\n(Copy ${copy} of the benchmark corpus.)` };
      if (!out.write(JSON.stringify(record) + "\n")) await once(out, "drain");
      articles++;
    }
  }
  out.end();
  await once(out, "finish");
  return { path, articles, mb: statSync(path).size / 2 ** 20 };
}

/** Wall seconds and peak resident memory (MB) of one dyad command. */
function measure(args) {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 << 20,
  });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  if (r.status !== 0 || !rss)
    throw new Error(
      `dyad ${args[0]} failed (exit ${r.status}): ${r.stderr.split("\n").find((l) => l.startsWith("dyad")) ?? r.stderr.slice(0, 300)}`,
    );
  return { seconds: (performance.now() - t0) / 1000, rss: Number(rss) / 1024 };
}
const error = (e) =>
  String(e.stderr ?? e.message)
    .split("\n")
    .find((l) => l.trim()) ?? String(e);

const rows = [];
for (const n of [1, times]) {
  const c = await multiply(n);
  const m = measure(["ingest", c.path, "--db", join(dir, `ingest-${n}x.db`), "--no-progress"]);
  rows.push([`\`dyad ingest\` into SQLite, ${n}× the news corpus`, c, m]);
}
const big = await multiply(times);
try {
  const url = await freshDatabase(admin, "dyad_bench_memory");
  rows.push([
    `\`dyad ingest --queue\` into PostgreSQL, ${times}× the news corpus`,
    big,
    measure(["ingest", "--queue", big.path, "--db", url]),
  ]);
  await dropDatabase(admin, "dyad_bench_memory");
} catch (e) {
  console.log(`PostgreSQL part skipped: ${error(e)}`);
}
console.log("| command | articles | corpus MB | seconds | peak RSS MB |");
console.log("|---|---:|---:|---:|---:|");
for (const [what, c, m] of rows)
  console.log(
    `| ${what} | ${c.articles} | ${c.mb.toFixed(0)} | ${m.seconds.toFixed(0)} | ${m.rss.toFixed(0)} |`,
  );
