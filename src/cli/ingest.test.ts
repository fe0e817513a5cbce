import BetterSqlite3 from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runDyad } from "../test-support/cli-run.js";
import { HAS_SHARED, SHARED } from "../test-support/shared.js";
import { writeSyntheticCorpus } from "../test-support/synthetic-corpus.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin", "dyad.js");
const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));

const run = (args: string[]) =>
  spawnSync("node", [bin, ...args], { encoding: "utf8", cwd: root, env: { ...process.env, DYAD_DB: "" } });

/** Everything stored, in an order that does not depend on which worker finished first. */
function snapshot(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    const articles = raw.prepare("select hash, title, published, text from articles order by hash").all();
    const events = raw
      .prepare(
        `select a.hash, e.source, e.target, e.cameo, e.date, e.modality, e.evidence, e.start_offset
      from events e join articles a on a.id = e.article_id order by a.hash, e.start_offset, e.source, e.target, e.cameo`,
      )
      .all();
    const mentions = (raw.prepare("select count(*) as n from mentions").get() as { n: number }).n;
    const integrity = raw.pragma("integrity_check", { simple: true });
    return { articles, events, mentions, integrity };
  } finally {
    raw.close();
  }
}

const countArticles = (db: string): number => {
  try {
    const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare("select count(*) as n from articles").get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
};

/** Tests that spawn a dozen CLI processes: vitest's default 5 s is too short on a loaded machine. */
const MANY_PROCESSES = 60_000;

describe("dyad ingest", () => {
  const corpus = join(dir, "corpus.jsonl");
  writeSyntheticCorpus(corpus, 1500);

  it("gives the same database after a SIGKILL midway and a re-run as after one uninterrupted run", async () => {
    const reference = join(dir, "reference.db");
    expect(run(["ingest", corpus, "--db", reference, "--no-progress"]).status).toBe(0);

    const killed = join(dir, "killed.db");
    const child = spawn("node", [bin, "ingest", corpus, "--db", killed, "--no-progress"], {
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal === "SIGKILL" ? -9 : _code)),
    );
    while (countArticles(killed) < 100) await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGKILL");
    expect(await exited).toBe(-9);
    const partial = countArticles(killed);
    expect(partial).toBeGreaterThanOrEqual(100);
    expect(partial).toBeLessThan(1500);
    expect(snapshot(killed).integrity).toBe("ok");

    const rerun = run(["ingest", corpus, "--db", killed, "--no-progress"]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`${1500 - partial} new article(s), ${partial} already present, 0 failed`);
    expect(snapshot(killed)).toEqual(snapshot(reference));
  }, 180_000);

  it("lets two ingests and a query share one database without 'database is locked'", async () => {
    const db = join(dir, "shared.db");
    const first = join(dir, "first.jsonl"),
      second = join(dir, "second.jsonl");
    writeSyntheticCorpus(first, 600, 0);
    writeSyntheticCorpus(second, 600, 300);
    const [a, b] = await Promise.all([
      runDyad(["ingest", first, "--db", db, "--no-progress"]),
      runDyad(["ingest", second, "--db", db, "--no-progress"]),
      (async () => {
        while (countArticles(db) < 50) await new Promise((r) => setTimeout(r, 10));
        return runDyad(["events", "--db", db, "--limit", "5"]);
      })(),
    ]);
    for (const r of [a, b]) {
      expect(r.stderr).not.toMatch(/locked|busy/i);
      expect(r.status).toBe(0);
    }
    expect(countArticles(db)).toBe(900);
    expect(snapshot(db).integrity).toBe("ok");
  }, 180_000);

  it(
    "answers queries from the command line in table, JSON and CSV",
    () => {
      const db = join(dir, "reference.db");
      const table = run(["dyad", "CHL", "GHA", "--db", db]);
      expect(table.status).toBe(0);
      expect(table.stdout.split("\n")[1]).toMatch(/^PERIOD\s+CHL->GHA\s+GHA->CHL\s+BOTH\s+MEAN/);
      const series = JSON.parse(run(["dyad", "CHL", "GHA", "--db", db, "--format", "json"]).stdout) as {
        rows: { period: string }[];
      };
      expect(series.rows.length).toBeGreaterThan(0);
      const csv = run(["export", "--db", db, "--dyad", "CHL-GHA"]).stdout.trim().split("\n");
      expect(csv[0]).toBe(
        "GLOBALEVENTID,SQLDATE,DatePrecision,Actor1Code,Actor1Type1Code,Actor2Code,Actor2Type1Code,IsSymmetric,EventCode,EventRootCode,QuadClass,GoldsteinScale,Modality,Sector,AmountValue,AmountUnit,SOURCEURL,SourceOutlet,ArticleOrigin,Evidence,EvidenceStart,EvidenceEnd,Rule,ExtractorVersion",
      );
      const jsonl = run(["export", "--db", db, "--dyad", "CHL-GHA", "--format", "jsonl"])
        .stdout.trim()
        .split("\n");
      expect(jsonl).toHaveLength(csv.length - 1);
      expect(run(["stats", "--db", db]).stdout).toMatch(/articles:\s+1500 from 2 outlet\(s\)/);
      expect(run(["actors", "--db", db, "--format", "csv", "--limit", "3"]).stdout.split("\n")[0]).toBe(
        "actor,events,as_source,as_target,top_partners",
      );
    },
    MANY_PROCESSES,
  );

  /** The ids of every page of `dyad events` (CHL-GHA), each asked after the cursor the one before named on stderr. */
  function pagedIds(db: string, limit: number, args: string[] = []): number[] {
    const paged: number[] = [];
    let after: string[] = [];
    for (let pages = 0; pages < 20; pages++) {
      const r = run([
        "events",
        "--db",
        db,
        "--dyad",
        "CHL-GHA",
        "--limit",
        String(limit),
        "--format",
        "json",
        ...args,
        ...after,
      ]);
      expect(r.status).toBe(0);
      paged.push(...(JSON.parse(r.stdout) as { id: number }[]).map((e) => e.id));
      const next = /--after (\S+)/.exec(r.stderr)?.[1];
      if (!next) break;
      after = ["--after", next];
    }
    return paged;
  }

  it(
    "pages through events by the cursor each full page names, in the order export writes them",
    () => {
      const db = join(dir, "reference.db");
      const ids = (out: string) => (JSON.parse(out) as { id: number }[]).map((e) => e.id);
      const all = ids(
        run(["events", "--db", db, "--dyad", "CHL-GHA", "--limit", "100000", "--format", "json"]).stdout,
      );
      expect(all.length).toBeGreaterThan(4);
      expect(pagedIds(db, Math.ceil(all.length / 4))).toEqual(all);
      const exported = run(["export", "--db", db, "--dyad", "CHL-GHA", "--format", "jsonl"])
        .stdout.trim()
        .split("\n");
      expect(exported.map((line) => (JSON.parse(line) as { GLOBALEVENTID: number }).GLOBALEVENTID)).toEqual(
        all,
      );
    },
    MANY_PROCESSES,
  );

  it(
    "pages newest first by cursor, dated events before undated ones, and splits events by --undated",
    () => {
      const db = join(dir, "reference.db");
      type Row = { id: number; date: string | null };
      const rows = (args: string[]) =>
        JSON.parse(
          run(["events", "--db", db, "--dyad", "CHL-GHA", "--limit", "100000", "--format", "json", ...args])
            .stdout,
        ) as Row[];
      const oldest = rows([]);
      const expected = [
        ...oldest.filter((e) => e.date !== null).reverse(),
        ...oldest.filter((e) => e.date === null).reverse(),
      ].map((e) => e.id);
      expect(pagedIds(db, Math.ceil(oldest.length / 5), ["--order", "newest"])).toEqual(expected);
      const only = rows(["--undated", "only"]);
      const exclude = rows(["--undated", "exclude"]);
      expect(only.every((e) => e.date === null) && exclude.every((e) => e.date !== null)).toBe(true);
      expect(only.length + exclude.length).toBe(oldest.length);
    },
    MANY_PROCESSES,
  );

  it("rejects bad arguments with one line and exit code 2, and never creates a database for a query", () => {
    const db = join(dir, "reference.db");
    const cases: [string[], string][] = [
      [["events", "--db", db, "--format", "xml"], 'unknown --format "xml"'],
      [["events", "--db", db, "--dyad", "RUSPAK"], '--dyad "RUSPAK": expected two different actor codes'],
      [["events", "--db", db, "--since", "May 2015"], '--since "May 2015": expected a date'],
      [["events", "--db", db, "--after", "nonsense"], '--after "nonsense": not a cursor'],
      [
        ["clusters", "--db", db, "--after", "WyIyMDIwLTAxLTAxIiwxXQ"],
        '--after "WyIyMDIwLTAxLTAxIiwxXQ": not a cursor',
      ],
      [["events", "--db", db, "--after", "x", "--offset", "5"], "give --after or --offset, not both"],
      [["dyad", "RUS", "PAK", "--db", db, "--by", "week"], '--by "week": expected year, quarter, month'],
      [["events", "--db", db, "--order", "sideways"], '--order "sideways": expected oldest or newest'],
      [
        ["events", "--db", db, "--undated", "maybe"],
        '--undated "maybe": expected one of include, exclude, only',
      ],
      [["events", "--db", join(dir, "nothing-here.db")], "no database at"],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(countArticles(join(dir, "nothing-here.db"))).toBe(0);
    const published = run(["extract", "--published", "2023-13-45", join(dir, "missing.txt")]);
    expect(published.status).toBe(2);
    expect(published.stderr).toContain('--published "2023-13-45" is not a date');
    // A mistyped ingest path reads nothing, fails, and leaves no empty database behind.
    const typo = run(["ingest", join(dir, "no-such-folder"), "--db", join(dir, "typo.db"), "--no-progress"]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain("no-such-folder: no such file or folder");
    expect(existsSync(join(dir, "typo.db"))).toBe(false);
  }, 60_000);

  it.skipIf(!HAS_SHARED)(
    "stores the seeds and the news corpus once, however often they are ingested",
    async () => {
      const db = join(dir, "news.db");
      const paths = [`${SHARED}corpus/seeds`, `${SHARED}corpus/news/articles.jsonl`];
      // Asynchronous: the first ingest takes about a minute, and the test worker must keep answering vitest.
      const first = await runDyad(["ingest", ...paths, "--db", db, "--no-progress"]);
      expect(first.status).toBe(0);
      const added = Number(/(\d+) new article/.exec(first.stdout)?.[1]);
      expect(added).toBeGreaterThan(2500);
      const before = snapshot(db);
      const second = run(["ingest", ...paths, "--db", db, "--no-progress"]);
      expect(second.stdout).toContain(`0 new article(s), ${added} already present, 0 failed, 0 events coded`);
      expect(snapshot(db)).toEqual(before);
    },
    300_000,
  );
});
