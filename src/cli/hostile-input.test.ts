// Hostile and oversized input, through the built CLI and a served API, with inputs built here at test time:
// every case ends with its exit code and one clear line per problem (never a stack trace), within the
// per-article budget, and the good inputs of the same call are stored whole.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POSTGRES_SERVER, dropDatabases, freshDatabase } from "../test-support/postgres.js";

const BIN = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-hostile-"));
const TIME = "/usr/bin/time";

/**
 * Runs the CLI; with GNU time present, also its peak resident memory in MB. Asynchronous: a test runner
 * blocked in spawnSync for a minute stops answering its own heartbeat.
 */
async function dyad(
  args: string[],
): Promise<{ status: number | null; out: string; lines: string[]; peakMb: number | null }> {
  const [cmd, argv] = existsSync(TIME)
    ? [TIME, ["-f", "peak-kb %M", process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "",
    err = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const lines = err
    .split("\n")
    .filter((l) => l && !l.startsWith("peak-kb ") && !l.startsWith("Command exited"));
  const peak = /peak-kb (\d+)/.exec(err);
  return { status, out, lines, peakMb: peak ? Number(peak[1]) / 1024 : null };
}

// Each depth says something else, so that each is a new article to a store.
const nested = (depth: number) =>
  `<html><body>${"<div>".repeat(depth)}<p>On 3 May 2021, France condemned Iran, ${depth} times over.</p>${"</div>".repeat(depth)}</body></html>`;
const sentences = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `On May ${1 + (i % 28)}, 2020, Russia accused Ukraine of attack number ${i}.`,
  ).join(" ");
const brokenUtf8 = () =>
  Buffer.concat([
    Buffer.from("<html><body><p>Chile thanked Peru.</p>"),
    Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from("</body></html>"),
  ]);
const GOOD = "On 3 May 2021, Germany praised Italy for its help.";

/** Every call codes within this budget; the memory-bomb case is built to exceed it. */
const BUDGET = ["--article-megabytes", "256", "--article-seconds", "600"];
/** Peak resident memory of a call: each coding thread's budget, plus 512 MB for the main thread (dictionaries, reader, store). */
const peakLimitMb = (threads: number) => 256 * threads + 512;

type Expected =
  | { readonly kind: "coded"; readonly pair: readonly [string, string]; readonly warning?: RegExp }
  /** Failed when read (before any queue) or when coded (by whichever worker took it). */
  | { readonly kind: "failed"; readonly at: "read" | "code"; readonly reason: RegExp };

interface Case {
  readonly name: string;
  /** How a one-line message shows the name, where it differs (control characters escaped). */
  readonly shown?: RegExp;
  readonly content: () => string | Buffer;
  readonly expected: Expected;
  /** What must never be coded from it. */
  readonly never?: RegExp;
}

const PLAIN = "read as plain text: ";
const CASES: readonly Case[] = [
  {
    name: "nest-1000.html",
    content: () => nested(1_000),
    expected: {
      kind: "coded",
      pair: ["FRA", "IRN"],
      warning: new RegExp(`${PLAIN}elements nested 1,003 deep, over the limit of 400`),
    },
  },
  {
    name: "nest-10000.html",
    content: () => nested(10_000),
    expected: {
      kind: "coded",
      pair: ["FRA", "IRN"],
      warning: new RegExp(`${PLAIN}elements nested 10,003 deep, over the limit of 400`),
    },
  },
  {
    name: "nest-100000.html",
    content: () => nested(100_000),
    expected: {
      kind: "coded",
      pair: ["FRA", "IRN"],
      warning: new RegExp(`${PLAIN}elements nested 100,003 deep, over the limit of 400`),
    },
  },
  {
    // Tiny and empty: a million words would test the memory budget, which the memory bomb does.
    name: "million-elements.html",
    content: () =>
      `<html><body><p>On 3 May 2021, Spain criticised Portugal.</p>${"<i></i>".repeat(1_000_000)}</body></html>`,
    expected: {
      kind: "coded",
      pair: ["ESP", "PRT"],
      warning: new RegExp(`${PLAIN}1,000,00\\d elements, over the limit of 100,000`),
    },
  },
  {
    name: "long-line.txt",
    content: () =>
      `A long line\n\nOn 3 May 2021, Greece thanked Cyprus. Russia ${"a".repeat(1 << 20)} Pakistan.`,
    expected: { kind: "coded", pair: ["GRC", "CYP"] },
  },
  {
    name: "ten-thousand-sentences.txt",
    content: () => sentences(10_000),
    expected: { kind: "coded", pair: ["RUS", "UKR"] },
  },
  {
    name: "scripts.html",
    never: /JPN|EGY/,
    content: () =>
      `<html><body><script>document.write("Japan bombed Korea.")</script><p>Chile thanked Peru.</p><a href="javascript:alert('Egypt attacked Sudan')">link</a></body></html>`,
    expected: { kind: "coded", pair: ["CHL", "PER"] },
  },
  {
    name: "broken-utf8.html",
    content: brokenUtf8,
    expected: { kind: "failed", at: "read", reason: /not valid UTF-8 text/ },
  },
  {
    name: 'a "quoted"\nname.html',
    shown: /a "quoted"\\nname\.html/,
    content: brokenUtf8,
    expected: { kind: "failed", at: "read", reason: /not valid UTF-8 text/ },
  },
  {
    name: 'Japan "thanks"\nIndia.txt',
    shown: /Japan "thanks"\\nIndia\.txt/,
    content: () => "On 3 May 2021, Japan thanked India for its aid.",
    expected: { kind: "coded", pair: ["JPN", "IND"] },
  },
  {
    name: "memory-bomb.txt",
    content: () => sentences(80_000),
    expected: {
      kind: "failed",
      at: "code",
      reason: /needed more than 256 MB to code \(the per-article budget, --article-megabytes\); stopped/,
    },
  },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The one line a case prints on the CLI, or none. */
function lineOf(c: Case): RegExp | null {
  const name = c.shown?.source ?? escapeRe(c.name);
  if (c.expected.kind === "failed") return new RegExp(`^dyad: .*${name}: ${c.expected.reason.source}`);
  return c.expected.warning ? new RegExp(`^dyad: .*${name}: warning: ${c.expected.warning.source}$`) : null;
}
const pairRe = ([s, t]: readonly [string, string]) =>
  new RegExp(`"source":\\s*"${s}",\\s*"target":\\s*"${t}"`);
/** Each expected line printed exactly once, in any order, and nothing else. */
function expectLines(lines: readonly string[], expected: readonly RegExp[]): void {
  const missing = expected.filter((re) => lines.filter((l) => re.test(l)).length !== 1).map(String);
  const unexpected = lines.filter((l) => !expected.some((re) => re.test(l)));
  expect({ missing, unexpected, count: lines.length }).toEqual({
    missing: [],
    unexpected: [],
    count: expected.length,
  });
}
const linesOf = (cases: readonly Case[]) => cases.map(lineOf).filter((l): l is RegExp => l !== null);
const coded = CASES.filter((c) => c.expected.kind === "coded");
const failed = CASES.filter((c) => c.expected.kind === "failed");

beforeAll(() => {
  for (const c of CASES) writeFileSync(join(dir, c.name), c.content());
  writeFileSync(join(dir, "good.txt"), GOOD);
});

describe("dyad extract on hostile files", () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    "codes %j beside a good file in one call: one line at most, within the budget",
    async (_, c) => {
      const r = await dyad(["extract", join(dir, c.name), join(dir, "good.txt"), ...BUDGET]);
      expect(r.status).toBe(0);
      const line = lineOf(c);
      expect(r.lines).toEqual(line ? [expect.stringMatching(line)] : []);
      expect(r.out).toMatch(pairRe(["DEU", "ITA"]));
      if (c.expected.kind === "coded") expect(r.out).toMatch(pairRe(c.expected.pair));
      if (c.never) expect(r.out).not.toMatch(c.never);
      if (r.peakMb !== null) expect(r.peakMb).toBeLessThan(peakLimitMb(1));
    },
    180_000,
  );

  it.each([
    ["not valid UTF-8", ["broken-utf8.html"], /broken-utf8\.html: not valid UTF-8 text/],
    [
      "past the time budget",
      ["ten-thousand-sentences.txt", "--article-seconds", "1"],
      /took longer than 1 s to code \(the per-article budget, --article-seconds\); stopped$/,
    ],
  ])(
    "fails a call whose only file fails (%s) with exit code 1 and one line",
    async (_, [name, ...options], reason) => {
      const r = await dyad(["extract", join(dir, name!), ...options]);
      expect(r.status).toBe(1);
      expect(r.lines).toEqual([expect.stringMatching(reason)]);
    },
    60_000,
  );

  it.each([
    [
      "a budget that is not a number",
      ["--article-seconds", "soon"],
      /^dyad: --article-seconds "soon": expected a whole number$/,
    ],
    [
      "a memory budget too small to load the dictionaries",
      ["--article-megabytes", "10"],
      /^dyad: --article-megabytes must be at least 256$/,
    ],
  ])("refuses %s in one line", async (_, options, line) => {
    const r = await dyad(["extract", join(dir, "good.txt"), ...options]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(line)]);
  });
});

/** A folder of every case, a good file, and the corpus-level cases: one line each, the rest stored. */
const folder = join(dir, "corpus");
const CORPUS_LINES = [
  /^dyad: .*mixed\.jsonl:2: line is not valid JSON$/,
  /^dyad: .*mixed\.jsonl:3: record has no "text"$/,
  /^dyad: .*not-an-array\.json:#1: record is not a JSON object$/,
  /^dyad: .*pipe\.txt: is not a regular file$/,
  /^dyad: .*pipe\.jsonl: is not a regular file$/,
  /^dyad: .*dangling\.txt: no such file$/,
];
const CORPUS_PAIRS: readonly (readonly [string, string])[] = [
  ["DEU", "ITA"],
  ["KEN", "UGA"],
];
/** Coded cases, good.txt and the two good corpus records. */
const STORED = coded.length + 2;

function writeFolder(): void {
  mkdirSync(join(folder, "sub"), { recursive: true });
  for (const c of CASES) writeFileSync(join(folder, c.name), c.content());
  writeFileSync(join(folder, "not-an-array.json"), JSON.stringify("just a string"));
  writeFileSync(
    join(folder, "mixed.jsonl"),
    [
      JSON.stringify({ text: GOOD }),
      "{not json",
      JSON.stringify({ title: "no text" }),
      JSON.stringify({ text: "On 3 May 2021, Kenya thanked Uganda for its help." }),
    ].join("\n"),
  );
  // A folder that links back to its parent: walked once, not until the path is too long.
  symlinkSync("..", join(folder, "sub", "loop"));
  // A link to nothing, and a named pipe that must be reported, never opened and waited on (as root no file is unreadable).
  symlinkSync(join(folder, "missing.txt"), join(folder, "dangling.txt"));
  for (const pipe of ["pipe.txt", "pipe.jsonl"]) execFileSync("mkfifo", [join(folder, pipe)]);
}

async function storedContents(db: string): Promise<{ articles: number; events: string }> {
  const stats = JSON.parse((await dyad(["stats", "--db", db, "--format", "json"])).out) as {
    articles: number;
  };
  return {
    articles: stats.articles,
    events: (await dyad(["events", "--db", db, "--format", "json", "--limit", "1000"])).out,
  };
}

function expectStoredWhole(stored: { articles: number; events: string }): void {
  expect(stored.articles).toBe(STORED);
  for (const c of coded)
    if (c.expected.kind === "coded") expect(stored.events).toMatch(pairRe(c.expected.pair));
  for (const pair of CORPUS_PAIRS) expect(stored.events).toMatch(pairRe(pair));
  expect(stored.events).not.toMatch(/JPN",\s*"target":\s*"KOR|EGY/);
}

describe("dyad ingest of a folder of hostile and good inputs", () => {
  beforeAll(writeFolder);

  it("stores every good input, and reports each bad one on one line of its own, with two coding threads", async () => {
    const db = join(dir, "hostile.db");
    const r = await dyad(["ingest", folder, "--db", db, "--no-progress", "--threads", "2", ...BUDGET]);
    expect(r.status).toBe(0);
    expectLines(r.lines, [...linesOf(CASES), ...CORPUS_LINES]);
    expect(r.out).toMatch(
      new RegExp(
        `^${STORED} new article\\(s\\), 0 already present, ${failed.length + CORPUS_LINES.length} failed`,
      ),
    );
    if (r.peakMb !== null) expect(r.peakMb).toBeLessThan(peakLimitMb(2));
    expectStoredWhole(await storedContents(db));
  }, 300_000);
});

describe("dyad reprocess within the budget", () => {
  it("keeps the earlier coding of an article past the budget, and re-codes the rest", async () => {
    const db = join(dir, "reprocess.db");
    const files = [join(dir, "good.txt"), join(dir, "ten-thousand-sentences.txt")];
    expect((await dyad(["ingest", ...files, "--db", db, "--no-progress", ...BUDGET])).status).toBe(0);
    const before = await storedContents(db);
    const tight = await dyad(["reprocess", "--all", "--db", db, "--article-seconds", "1"]);
    expect(tight.status).toBe(0);
    expect(tight.lines).toEqual([
      expect.stringMatching(
        /ten-thousand-sentences\.txt: took longer than 1 s to code \(the per-article budget, --article-seconds\); stopped; its earlier coding is kept$/,
      ),
    ]);
    expect(tight.out).toMatch(/^re-coded 1 article\(s\) .*, 1 failed$/m);
    const roomy = await dyad(["reprocess", "--all", "--db", db, ...BUDGET]);
    expect(roomy.lines).toEqual([]);
    expect(roomy.out).toMatch(/^re-coded 2 article\(s\) /m);
    // Re-coded events get new ids; what they say is unchanged.
    const withoutIds = (events: string) =>
      (JSON.parse(events) as { id?: number }[]).map(({ id: _, ...e }) => e);
    const after = await storedContents(db);
    expect(after.articles).toBe(before.articles);
    expect(withoutIds(after.events)).toEqual(withoutIds(before.events));
  }, 180_000);
});

describe.skipIf(!POSTGRES_SERVER)("dyad ingest --queue and dyad worker on the same folder", () => {
  afterAll(dropDatabases, 120_000);

  it("queues the readable inputs, and a worker stores the good ones and fails each bad one for good, one line each", async () => {
    if (!existsSync(folder)) writeFolder();
    const url = await freshDatabase();
    const queued = await dyad(["ingest", "--queue", folder, "--db", url]);
    expect(queued.status).toBe(0);
    const readFailures = CASES.filter((c) => c.expected.kind === "failed" && c.expected.at === "read");
    expectLines(queued.lines, [...linesOf(readFailures), ...CORPUS_LINES]);
    const worked = await dyad(["worker", "--db", url, "--until-empty", ...BUDGET]);
    expect(worked.status).toBe(0);
    expectLines(
      worked.lines.filter((l) => !l.startsWith("dyad worker: working")),
      linesOf(CASES.filter((c) => !readFailures.includes(c))),
    );
    if (worked.peakMb !== null) expect(worked.peakMb).toBeLessThan(peakLimitMb(1));
    // Failed once, for good: an article past its budget is not coded again by every worker in turn.
    const status = JSON.parse((await dyad(["queue", "--db", url, "--format", "json"])).out) as {
      queue: string;
      counts: Record<string, number>;
      failures: { reason: string }[];
    }[];
    const articles = status.find((s) => s.queue === "dyad-article")!;
    const codingFailures = failed.filter((c) => !readFailures.includes(c));
    expect([
      articles.counts.created,
      articles.counts.retry,
      articles.counts.active,
      articles.counts.failed,
    ]).toEqual([0, 0, 0, codingFailures.length]);
    expectLines(
      articles.failures.map((f) => f.reason),
      codingFailures.map((c) => (c.expected.kind === "failed" ? c.expected.reason : /never/)),
    );
    expectStoredWhole(await storedContents(url));
  }, 300_000);
});

describe("POST /api/articles with hostile input", () => {
  let server: ReturnType<typeof spawn> | null = null;
  let url = "";
  beforeAll(async () => {
    server = spawn(
      process.execPath,
      [BIN, "serve", "--db", join(dir, "served.db"), "--port", "0", ...BUDGET],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      server!.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server!.on("exit", () => reject(new Error(`server exited: ${out}`)));
    });
  }, 60_000);
  afterAll(() => {
    server?.kill("SIGKILL");
  });

  type Answer = {
    status: number;
    body: { error?: { message: string }; events?: { source: string; target: string }[]; warnings?: string[] };
  };
  const upload = async (name: string, content: string | Buffer): Promise<Answer> => {
    const form = new FormData();
    form.append("file", new Blob([typeof content === "string" ? content : new Uint8Array(content)]), name);
    const res = await fetch(`${url}api/articles?wait=true`, { method: "POST", body: form });
    return { status: res.status, body: (await res.json()) as Answer["body"] };
  };

  it.each(CASES.map((c) => [c.name, c] as const))(
    "answers an upload of %j with its events or one JSON error",
    async (_, c) => {
      const r = await upload(c.name, c.content());
      if (c.expected.kind === "failed") {
        expect(r.status).toBe(400);
        expect(r.body.error?.message).toMatch(c.expected.reason);
        expect(r.body.error?.message).not.toMatch(/\n|\bat .*\.js:\d+/);
        return;
      }
      expect(r.status).toBe(201);
      const pair = c.expected.pair;
      expect(r.body.events?.some((e) => e.source === pair[0] && e.target === pair[1])).toBe(true);
      expect(r.body.warnings).toEqual(c.expected.warning ? [expect.stringMatching(c.expected.warning)] : []);
      if (c.never) expect(JSON.stringify(r.body.events)).not.toMatch(c.never);
    },
    180_000,
  );

  it.each([
    ["not-an-array.json", JSON.stringify("just a string")],
    ["mixed.jsonl", `${JSON.stringify({ text: GOOD })}\n{not json`],
  ])("refuses a corpus file (%s) with one JSON error: corpora are for dyad ingest", async (name, content) => {
    const r = await upload(name, content);
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(
      new RegExp(`^${escapeRe(name)}: a corpus file .* is loaded with \`dyad ingest\``),
    );
  });

  it("goes on serving after them all, within the memory bound", async () => {
    const r = await upload("good.txt", GOOD);
    expect(r.status).toBe(201);
    const status = `/proc/${server!.pid}/status`;
    if (existsSync(status)) {
      const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(status, "utf8"))?.[1]);
      expect(peakKb / 1024).toBeLessThan(peakLimitMb(1));
    }
  }, 60_000);
});
