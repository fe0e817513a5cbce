// Benchmark (not a test): ingest rate on the news corpus, and query latency on 1 million synthetic events.
//   npm run bench
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { SqliteStore } from "../dist/store/sqlite/sqlite-store.js";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "dyad.js");
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
const corpus = new URL("../../shared/corpus/news/articles.jsonl", import.meta.url).pathname;

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
async function time(fn, runs = 7) { const t = []; for (let i = 0; i < runs; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); } return median(t); }

if (existsSync(corpus) && !process.env.BENCH_SKIP_INGEST) {
  const db = join(dir, "news.db");
  const t0 = performance.now();
  const out = execFileSync("node", [bin, "ingest", corpus, "--db", db, "--no-progress"], { encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  const n = Number(/(\d+) new article/.exec(out)?.[1] ?? 0);
  const t1 = performance.now();
  execFileSync("node", [bin, "ingest", corpus, "--db", db, "--no-progress"]);
  console.log("| ingest (news corpus) | articles | seconds | articles/s |");
  console.log("|---|---:|---:|---:|");
  console.log(`| first run, 2 worker threads | ${n} | ${seconds.toFixed(1)} | ${(n / seconds).toFixed(0)} |`);
  console.log(`| second run (all already present) | ${n} | ${((performance.now() - t1) / 1000).toFixed(1)} | ${(n / ((performance.now() - t1) / 1000)).toFixed(0)} |`);
  console.log();
} else {
  console.log(process.env.BENCH_SKIP_INGEST ? "ingest benchmark skipped (BENCH_SKIP_INGEST is set)\n" : `ingest benchmark skipped: no corpus at ${corpus}\n`);
}

// 1M events over 60 actors; a few dyads are much denser than the rest, as in real corpora.
const path = join(dir, "synthetic.db");
(await SqliteStore.open(path)).close();
const raw = new BetterSqlite3(path);
const ACTORS = ["RUS", "PAK", "IND", "CHN", "USA", "AFG", "IRN", "TUR", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "UKR", "POL", "SAU", "ISR", "EGY", "BRA",
  "MEX", "CAN", "AUS", "IDN", "NGA", "ZAF", "KEN", "ETH", "ARG", "CHL", "PER", "COL", "VEN", "CUB", "ESP", "ITA", "NLD", "BEL", "SWE", "NOR", "FIN", "DNK",
  "GRC", "ROU", "HUN", "CZE", "AUT", "CHE", "KAZ", "UZB", "TJK", "BGD", "LKA", "NPL", "MMR", "THA", "VNM", "PHL", "MYS", "SGP"];
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = () => ACTORS[Math.floor(Math.pow(rand(), 2.5) * ACTORS.length)];
const CODES = [["042", 1, 1.9], ["057", 1, 8], ["062", 2, 7.4], ["071", 2, 7.4], ["111", 3, -2], ["130", 3, -6], ["163", 4, -8], ["190", 4, -10]];
const insertArticle = raw.prepare("insert into articles (hash, origin, title, url, published, source_id, text, format, blocks, ingested_at, extractor_version) values (?, ?, null, null, null, null, ?, 'text', '[]', '2026-01-01', 'bench')");
const insertEvent = raw.prepare(`insert into events (article_id, source, target, dyad, source_role, target_role, code, cameo, quad, symmetric, date, date_start, date_end, sort_date,
  modality, sector, amount_value, amount_unit, evidence, start_offset, end_offset, rule, goldstein, extractor_version)
  values (?, ?, ?, ?, 'GOV', 'GOV', ?, ?, ?, 0, ?, ?, ?, ?, ?, 'diplomacy', null, null, ?, 0, 40, 'bench', ?, 'bench')`);
const t0 = performance.now();
raw.transaction(() => {
  for (let a = 1; a <= 20000; a++) insertArticle.run(`h${a}`, `bench-${a}`, `article ${a}`);
  for (let i = 0; i < 1_000_000; i++) {
    let s = pick(), t = pick();
    if (s === t) t = ACTORS[(ACTORS.indexOf(s) + 1) % ACTORS.length];
    const [cameo, quad, g] = CODES[Math.floor(rand() * CODES.length)];
    const y = 1990 + Math.floor(rand() * 36), m = 1 + Math.floor(rand() * 12);
    const precise = rand() < 0.6;
    const date = precise ? `${y}-${String(m).padStart(2, "0")}` : String(y);
    const start = precise ? `${date}-01` : `${y}-01-01`, end = precise ? `${date}-28` : `${y}-12-31`;
    const dyad = s < t ? `${s}-${t}` : `${t}-${s}`;
    insertEvent.run(1 + (i % 20000), s, t, dyad, cameo.slice(0, 2), cameo, quad, date, start, end, start, rand() < 0.9 ? "asserted" : "reported", `${s} did ${cameo} to ${t}`, g);
  }
})();
raw.pragma("optimize");
raw.close();
const build = (performance.now() - t0) / 1000;

const store = await SqliteStore.open(path);
const c0 = performance.now();
const clustered = await store.updateClusters();
const clusterSeconds = (performance.now() - c0) / 1000;
const c1 = performance.now();
await store.updateClusters(["PAK-RUS"]);
const oneDyadSeconds = (performance.now() - c1) / 1000;
const clusterCount = (await store.clusters({}, { limit: 10_000_000, offset: 0 })).length;
const dyadCount = (await store.dyadSeries("RUS", "PAK", "year", {})).rows.reduce((n, r) => n + r.combined.events, 0);
const rows = [
  ["dyad series RUS-PAK by year (store API)", await time(() => store.dyadSeries("RUS", "PAK", "year", {}))],
  ["dyad series RUS-PAK by month (store API)", await time(() => store.dyadSeries("RUS", "PAK", "month", {}))],
  ["dyad series SGP-MYS by year (sparse dyad)", await time(() => store.dyadSeries("SGP", "MYS", "year", {}))],
  ["merged dyad series RUS-PAK by year (clusters, store API)", await time(() => store.dyadSeries("RUS", "PAK", "year", { merged: true }))],
  ["clusters --dyad RUS-PAK, first 50 (store API)", await time(() => store.clusters({ dyad: ["RUS", "PAK"] }, { limit: 50, offset: 0 }))],
  ["events --dyad RUS-PAK, first 50 (store API)", await time(() => store.events({ dyad: ["RUS", "PAK"] }, { limit: 50, offset: 0 }))],
  ["events --dyad RUS-PAK --since 2020, first 50", await time(() => store.events({ dyad: ["RUS", "PAK"], since: "2020" }, { limit: 50, offset: 0 }))],
];
await store.close();
const cli = await time(() => execFileSync("node", [bin, "dyad", "RUS", "PAK", "--db", path]), 3);
const cliRaw = await time(() => execFileSync("node", [bin, "dyad", "RUS", "PAK", "--raw", "--db", path]), 3);
console.log(`| query on 1,000,000 synthetic events (built in ${build.toFixed(0)}s; RUS-PAK has ${dyadCount} dated events) | median ms |`);
console.log("|---|---:|");
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(1)} |`);
console.log(`| re-cluster every dyad (${clustered} dyads, 1,000,000 events into ${clusterCount} clusters) | ${(clusterSeconds * 1000).toFixed(0)} |`);
console.log(`| re-cluster RUS-PAK alone, as an ingest touching it does | ${(oneDyadSeconds * 1000).toFixed(0)} |`);
console.log(`| \`dyad dyad RUS PAK\` (merged) whole command, including Node start-up | ${cli.toFixed(0)} |`);
console.log(`| \`dyad dyad RUS PAK --raw\` whole command, including Node start-up | ${cliRaw.toFixed(0)} |`);
