// Benchmark (not a test): ingest rate on the news corpus, then queries on N synthetic events (default 10 million)
// in SQLite and in PostgreSQL, the same store API calls on the same data.
//   npm run build && node scripts/bench-store.mjs [--events 10000000] [--backends sqlite,postgres] [--admin postgres://…/test]
//   … --sqlite FILE --postgres URL: query stores an earlier run built (the same --events) instead of building them again
// Re-clustering has its own benchmark (bench-recluster.mjs); the synthetic stores here have no clusters.
import { execFileSync, spawnSync } from "node:child_process";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteStore } from "../dist/store/sqlite/sqlite-store.js";
import { eventCursor } from "../dist/store/cursor.js";
import { PostgresStore } from "../dist/store/postgres/postgres-store.js";
import { buildPostgres, buildSqlite, word } from "./bench/synthetic.mjs";
import { arg } from "./script-args.mjs";
import { freshDatabase } from "./bench/postgres.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "dyad.js");
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
const corpus = join(root, "../shared/corpus/news/articles.jsonl");
const eventCount = Number(arg("events", "10000000"));
const articleCount = Math.max(1, Math.round(eventCount / 50));
const backends = arg("backends", "sqlite,postgres").split(",");
const admin = arg("admin", process.env.DYAD_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/test");

/** Seconds and peak RSS (MB) of a command writing everything to /dev/null, by /usr/bin/time. */
function exportRun(argv) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", ...argv], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const [seconds, kb] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { seconds, mb: kb / 1024 };
}

// The sqlite3 shell printing the same rows (the export's columns, joins and order) as CSV: the floor for export.
const SHELL_EXPORT = `select e.id, e.date, e.source, e.source_role, e.target, e.target_role, e.code, e.cameo, e.quad,
  e.goldstein, e.modality, e.sector, e.amount_value, e.amount_unit, e.evidence, e.start_offset, e.end_offset,
  a.origin, s.name, a.url from events e join articles a on a.id = e.article_id
  left join sources s on s.id = a.source_id order by e.sort_date, e.id`;

/** Reads every event's source and target, with nothing grouped or joined. */
async function plainScan(backend, location) {
  if (backend === "sqlite") {
    const raw = new BetterSqlite3(location, { readonly: true });
    let n = 0;
    for (const r of raw.prepare("select source, target from events").iterate()) if (r.source) n++;
    raw.close();
    return n;
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  const { rows } = await client.query("select source, target from events");
  await client.end();
  return rows.length;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
async function time(fn, runs = 7) {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

if (existsSync(corpus) && !process.env.BENCH_SKIP_INGEST) {
  const ingestRun = (db, prefix = [], threads = "2") => {
    const t0 = performance.now();
    const out = execFileSync(
      prefix[0] ?? "node",
      [
        ...prefix.slice(1),
        ...(prefix.length ? ["node"] : []),
        bin,
        "ingest",
        corpus,
        "--db",
        db,
        "--no-progress",
        "--threads",
        threads,
      ],
      { encoding: "utf8" },
    );
    return { seconds: (performance.now() - t0) / 1000, n: Number(/(\d+) new article/.exec(out)?.[1] ?? 0) };
  };
  const db = join(dir, "news.db");
  const { seconds, n } = ingestRun(db);
  const t1 = performance.now();
  execFileSync("node", [bin, "ingest", corpus, "--db", db, "--no-progress"]);
  const again = (performance.now() - t1) / 1000;
  // The reference for the threads: the same ingest on one core (taskset), one coding thread.
  const taskset = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const one = taskset ? ingestRun(join(dir, "news-one-core.db"), ["taskset", "-c", "0"], "1") : null;
  console.log("| ingest (news corpus) | articles | seconds | articles/s |");
  console.log("|---|---:|---:|---:|");
  console.log(`| first run, 2 worker threads | ${n} | ${seconds.toFixed(1)} | ${(n / seconds).toFixed(0)} |`);
  if (one)
    console.log(
      `| reference: first run on one core (taskset), 1 thread | ${one.n} | ${one.seconds.toFixed(1)} | ${(one.n / one.seconds).toFixed(0)} |`,
    );
  console.log(
    `| second run (all already present) | ${n} | ${again.toFixed(1)} | ${(n / again).toFixed(0)} |`,
  );
  console.log(
    one
      ? `\nTwo worker threads ingest ${(one.seconds / seconds).toFixed(2)}× as fast as one core (bar: at least 1.7×).\n`
      : "\n(no taskset here: the one-core reference was not run)\n",
  );
} else {
  console.log(
    process.env.BENCH_SKIP_INGEST
      ? "ingest benchmark skipped (BENCH_SKIP_INGEST is set)\n"
      : `ingest benchmark skipped: no corpus at ${corpus}\n`,
  );
}

/** The queries, by what a user does; each is a store API call as the CLI and the server make it. */
const QUERIES = [
  ["dyad series RUS-PAK by year", (s) => s.dyadSeries("RUS", "PAK", "year", {})],
  ["dyad series RUS-PAK by month", (s) => s.dyadSeries("RUS", "PAK", "month", {})],
  ["dyad series SGP-MYS by year (sparse dyad)", (s) => s.dyadSeries("SGP", "MYS", "year", {})],
  [
    "events of RUS-PAK, first page of 50",
    (s) => s.events({ dyad: ["RUS", "PAK"] }, { limit: 50, offset: 0 }),
  ],
  [
    "events of RUS-PAK, page 201 (offset 10,000)",
    (s) => s.events({ dyad: ["RUS", "PAK"] }, { limit: 50, offset: 10_000 }),
  ],
  [
    "events of RUS-PAK, page 201 (after the cursor ending page 200)",
    (s, at) => s.events({ dyad: ["RUS", "PAK"] }, { limit: 50, after: at.page201 }),
  ],
  [
    "events of RUS-PAK since 2020, first page",
    (s) => s.events({ dyad: ["RUS", "PAK"], since: "2020" }, { limit: 50, offset: 0 }),
  ],
  ["all events, first page", (s) => s.events({}, { limit: 50, offset: 0 })],
  [
    "events of SGP, first page (actor filter)",
    (s) => s.events({ actors: ["SGP"] }, { limit: 50, offset: 0 }),
  ],
  [
    `search a word in most articles ("${word(0)}"), top 20`,
    (s) => s.search(word(0), { limit: 20, offset: 0 }),
  ],
  [`search a rare word ("${word(20_000)}"), top 20`, (s) => s.search(word(20_000), { limit: 20, offset: 0 })],
  [
    `search a phrase ("${word(1)} ${word(2)}"), top 20`,
    (s) => s.search(`"${word(1)} ${word(2)}"`, { limit: 20, offset: 0 }),
  ],
  ["search an absent word, top 20", (s) => s.search("qqqq", { limit: 20, offset: 0 })],
  ["stats (counts, date range, top dyads)", (s) => s.stats()],
  ["actors, top 50 (`dyad actors`)", (s) => s.actors({}, 50)],
  // The floor for actors: every event's two actors read once (timed through the same driver).
  ["reference: a plain scan of every event's source and target", (s, at) => at.scan()],
];

const results = [];
for (const backend of backends) {
  let location = arg(backend, null),
    open;
  const reuse = location !== null;
  try {
    if (backend === "sqlite") {
      location ??= join(dir, "synthetic.db");
      open = () => SqliteStore.open(location);
    } else {
      location ??= await freshDatabase(admin, "dyad_bench_store");
      open = () => PostgresStore.open(location);
    }
  } catch (e) {
    console.log(`${backend}: skipped (${e.message})\n`);
    continue;
  }
  const t0 = performance.now();
  if (reuse) await (await open()).close();
  else if (backend === "sqlite") await buildSqlite(location, eventCount, articleCount);
  else await buildPostgres(location, eventCount, articleCount);
  // With an earlier store, the time to open it: any migration it needed.
  const build = (performance.now() - t0) / 1000;
  const store = await open();
  // Where page 201 starts, as the page before it would name it (not timed).
  let [last] = await store.events({ dyad: ["RUS", "PAK"] }, { limit: 1, offset: 9_999 });
  // A small store (--events 1000) has no page 201: the page after the first event stands in for it.
  if (!last) {
    [last] = await store.events({ dyad: ["RUS", "PAK"] }, { limit: 1 });
    console.log(`${backend}: fewer than 10,000 RUS-PAK events, so "page 201" starts after the first one\n`);
  }
  if (!last) throw new Error(`${backend}: the synthetic store holds no RUS-PAK event`);
  const at = { page201: eventCursor(last), scan: () => plainScan(backend, location) };
  const ms = [];
  for (const [, q] of QUERIES) ms.push(await time(() => q(store, at)));
  const rusPak = (await store.dyadSeries("RUS", "PAK", "year", {})).rows.reduce(
    (n, r) => n + r.combined.events,
    0,
  );
  await store.close();
  const cli = await time(
    () => execFileSync("node", [bin, "dyad", "RUS", "PAK", "--raw", "--db", location]),
    3,
  );
  const size = backend === "sqlite" ? `${(statSync(location).size / 2 ** 30).toFixed(1)} GB` : "";
  const exported = exportRun(["node", bin, "export", "--db", location, "--format", "csv"]);
  results.push({ backend, build, ms, cli, rusPak, size, exported });
}

console.log(
  `| ${eventCount.toLocaleString("en")} synthetic events over ${articleCount.toLocaleString("en")} articles, median ms | ${results.map((r) => r.backend).join(" | ")} |`,
);
console.log(`|---|${results.map(() => "---:").join("|")}|`);
QUERIES.forEach(([name], i) =>
  console.log(`| ${name} | ${results.map((r) => r.ms[i].toFixed(1)).join(" | ")} |`),
);
console.log(
  `| \`dyad dyad RUS PAK --raw\`, whole command with Node start-up | ${results.map((r) => r.cli.toFixed(0)).join(" | ")} |`,
);
console.log(`| building the store (seconds) | ${results.map((r) => r.build.toFixed(0)).join(" | ")} |`);
console.log(
  `| \`dyad export --format csv\`, every event: seconds (peak RSS MB) | ${results.map((r) => `${r.exported.seconds.toFixed(1)} (${r.exported.mb.toFixed(0)})`).join(" | ")} |`,
);
const sqlite = results.find((r) => r.backend === "sqlite");
const shell = sqlite
  ? exportRun(["sqlite3", "-csv", arg("sqlite", join(dir, "synthetic.db")), SHELL_EXPORT])
  : { seconds: NaN, mb: NaN };
if (sqlite && Number.isFinite(shell.seconds))
  console.log(
    `\nThe sqlite3 shell prints the same rows as CSV in ${shell.seconds.toFixed(1)} s (${shell.mb.toFixed(0)} MB): \`dyad export\` takes ${(sqlite.exported.seconds / shell.seconds).toFixed(1)}× as long.`,
  );
// Each figure the speed issue names, as a ratio to its reference measured in this run.
const ratio = (name, bar, of) => {
  const cells = results.map((r) => {
    const v = of(r);
    return Number.isFinite(v) ? `${v.toFixed(2)}×` : "—";
  });
  console.log(`| ${name} | ${bar} | ${cells.join(" | ")} |`);
};
const q = (r, name) => r.ms[QUERIES.findIndex(([n]) => n.startsWith(name))];
console.log(`\n| ratio to its reference | bar | ${results.map((r) => r.backend).join(" | ")} |`);
console.log(`|---|---|${results.map(() => "---:").join("|")}|`);
const RATIOS = [
  [
    "events page at offset 10,000 / first page",
    "≤ 3×",
    (r) => q(r, "events of RUS-PAK, page 201 (offset") / q(r, "events of RUS-PAK, first page"),
  ],
  [
    "events page 201 by cursor / first page",
    "≤ 3×",
    (r) => q(r, "events of RUS-PAK, page 201 (after") / q(r, "events of RUS-PAK, first page"),
  ],
  [
    "`actors` / a plain scan of every event",
    "≤ 1.5×",
    (r) => q(r, "actors, top 50") / q(r, "reference: a plain scan"),
  ],
  [
    "series by month / series by year (RUS-PAK)",
    "—",
    (r) => q(r, "dyad series RUS-PAK by month") / q(r, "dyad series RUS-PAK by year"),
  ],
  [
    "`dyad export` / the sqlite3 shell, same rows",
    "≤ 3×",
    (r) => (r.backend === "sqlite" ? r.exported.seconds / shell.seconds : NaN),
  ],
];
for (const [name, bar, of] of RATIOS) ratio(name, bar, of);
console.log(
  `\nRUS-PAK holds ${results[0]?.rusPak.toLocaleString("en")} dated events.${results.find((r) => r.size) ? ` SQLite file: ${results.find((r) => r.size).size}.` : ""}`,
);
