// Hostile and oversized input, through the built CLI and a served API, with inputs built here at test time:
// every case ends with its exit code and one clear line per problem (never a stack trace), within the
// per-article budget, and the good inputs of the same call are stored whole.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-hostile-"));
const TIME = "/usr/bin/time";

/**
 * Runs the CLI; with GNU time present, also its peak resident memory in MB. Asynchronous: a test runner
 * blocked in spawnSync for a minute stops answering its own heartbeat.
 */
async function dyad(args: string[]): Promise<{ status: number | null; out: string; lines: string[]; peakMb: number | null }> {
  const [cmd, argv] = existsSync(TIME) ? [TIME, ["-f", "peak-kb %M", process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "", err = "";
  child.stdout.on("data", (c: Buffer) => { out += c; });
  child.stderr.on("data", (c: Buffer) => { err += c; });
  const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const lines = err.split("\n").filter((l) => l && !l.startsWith("peak-kb ") && !l.startsWith("Command exited"));
  const peak = /peak-kb (\d+)/.exec(err);
  return { status, out, lines, peakMb: peak ? Number(peak[1]) / 1024 : null };
}

const nested = (depth: number) => `<html><body>${"<div>".repeat(depth)}<p>On 3 May 2021, France condemned Iran.</p>${"</div>".repeat(depth)}</body></html>`;
const sentences = (n: number) => Array.from({ length: n }, (_, i) => `On May ${1 + (i % 28)}, 2020, Russia accused Ukraine of attack number ${i}.`).join(" ");
const GOOD = "On 3 May 2021, Germany praised Italy for its help.";

const FILES: Record<string, string | Buffer> = {
  "nest-1000.html": nested(1_000),
  "nest-10000.html": nested(10_000),
  "nest-100000.html": nested(100_000),
  "million-elements.html": `<html><body><p>On 3 May 2021, Spain criticised Portugal.</p>${"<b>x</b> ".repeat(1_000_000)}</body></html>`,
  "long-line.txt": `Russia ${"a".repeat(1 << 20)} Pakistan`,
  "ten-thousand-sentences.txt": sentences(10_000),
  "scripts.html": `<html><body><script>document.write("Japan bombed Korea.")</script><p>Chile thanked Peru.</p><a href="javascript:alert('Egypt attacked Sudan')">link</a></body></html>`,
  "broken-utf8.html": Buffer.concat([Buffer.from("<html><body><p>Chile thanked Peru.</p>"), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from("</body></html>")]),
  "good.txt": GOOD,
};

beforeAll(() => {
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
});

describe("dyad extract on hostile files", () => {
  it.each([
    ["nest-1000.html", /elements nested 1,003 deep, over the limit of 400/],
    ["nest-10000.html", /elements nested 10,003 deep, over the limit of 400/],
    ["nest-100000.html", /elements nested 100,003 deep, over the limit of 400/],
  ])("reads a nesting bomb (%s) as plain text, with one warning naming the limit", async (name, reason) => {
    const r = await dyad(["extract", join(dir, name)]);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([expect.stringMatching(new RegExp(`^dyad: .*${name}: warning: read as plain text: ${reason.source}$`))]);
    expect(r.out).toMatch(/"source":"FRA","target":"IRN"/);
  }, 60_000);

  it("reads a million tiny elements as plain text, past the element limit", async () => {
    const r = await dyad(["extract", join(dir, "million-elements.html")]);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([expect.stringMatching(/million-elements\.html: warning: read as plain text: 1,000,00\d elements, over the limit of 100,000$/)]);
    expect(r.out).toMatch(/"source":"ESP","target":"PRT"/);
  }, 60_000);

  it.each([
    ["long-line.txt", 0],
    ["ten-thousand-sentences.txt", 1],
  ])("codes an oversized but well-formed text (%s) within the budget", async (name, minEvents) => {
    const r = await dyad(["extract", join(dir, name)]);
    expect(r.status).toBe(0);
    expect(r.lines.every((l) => /^dyad: .*: warning: /.test(l))).toBe(true);
    expect(r.out.split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(minEvents);
  }, 120_000);

  it("never codes what a script or a javascript: link says", async () => {
    const r = await dyad(["extract", join(dir, "scripts.html")]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/"source":"CHL","target":"PER"/);
    expect(r.out).not.toMatch(/JPN|EGY/);
  }, 60_000);

  it.each([
    ["broken UTF-8 inside HTML", ["broken-utf8.html"], /broken-utf8\.html: not valid UTF-8 text/],
    ["past the time budget", ["ten-thousand-sentences.txt", "--article-seconds", "1"], /took longer than 1 s to code \(the per-article budget, --article-seconds\); stopped$/],
  ])("fails one file with one line: %s", async (_, [name, ...options], reason) => {
    const r = await dyad(["extract", join(dir, name!), ...options]);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(reason)]);
  }, 60_000);

  it("stops an article past the memory budget and still codes the next file", async () => {
    writeFileSync(join(dir, "huge.txt"), sentences(80_000));
    const r = await dyad(["extract", join(dir, "huge.txt"), join(dir, "good.txt"), "--article-megabytes", "256", "--article-seconds", "600"]);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([expect.stringMatching(/huge\.txt: needed more than 256 MB to code \(the per-article budget, --article-megabytes\); stopped$/)]);
    expect(r.out).toMatch(/"source":"DEU","target":"ITA"/);
    if (r.peakMb !== null) expect(r.peakMb).toBeLessThan(1500);
  }, 180_000);

  it.each([
    ["a budget that is not a number", ["--article-seconds", "soon"], /^dyad: --article-seconds "soon": expected a whole number$/],
    ["a memory budget too small to load the dictionaries", ["--article-megabytes", "10"], /^dyad: --article-megabytes must be at least 256$/],
  ])("refuses %s in one line", async (_, options, line) => {
    const r = await dyad(["extract", join(dir, "good.txt"), ...options]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(line)]);
  });
});

describe("dyad ingest of a folder of hostile and good inputs", () => {
  const folder = join(dir, "corpus");
  beforeAll(() => {
    mkdirSync(join(folder, "sub"), { recursive: true });
    for (const name of ["nest-100000.html", "million-elements.html", "scripts.html", "broken-utf8.html", "long-line.txt"]) writeFileSync(join(folder, name), FILES[name]!);
    writeFileSync(join(folder, 'a "quoted"\nname.txt'), "On 3 May 2021, Japan thanked India for its aid.");
    writeFileSync(join(folder, "not-an-array.json"), JSON.stringify("just a string"));
    writeFileSync(join(folder, "mixed.jsonl"), [JSON.stringify({ text: GOOD }), "{not json", JSON.stringify({ title: "no text" }), JSON.stringify({ text: "Kenya welcomed Uganda's offer." })].join("\n"));
    // A folder that links back to its parent: walked once, not until the path is too long.
    symlinkSync("..", join(folder, "sub", "loop"));
    // Not a regular file: a named pipe, which must be reported, never opened and waited on.
    execFileSync("mkfifo", [join(folder, "pipe.txt")]);
  });

  it("stores every good input, and reports each bad one on one line of its own", async () => {
    const db = join(dir, "hostile.db");
    const r = await dyad(["ingest", folder, "--db", db, "--no-progress"]);
    expect(r.status).toBe(0);
    expect(r.lines.sort()).toEqual([
      expect.stringMatching(/^dyad: .*broken-utf8\.html: not valid UTF-8 text/),
      expect.stringMatching(/^dyad: .*million-elements\.html: warning: read as plain text: 1,000,00\d elements/),
      expect.stringMatching(/^dyad: .*mixed\.jsonl:2: line is not valid JSON$/),
      expect.stringMatching(/^dyad: .*mixed\.jsonl:3: record has no "text"$/),
      expect.stringMatching(/^dyad: .*nest-100000\.html: warning: read as plain text: elements nested 100,003 deep/),
      expect.stringMatching(/^dyad: .*not-an-array\.json:#1: record is not a JSON object$/),
      expect.stringMatching(/^dyad: .*pipe\.txt: is not a regular file$/),
    ].sort((a, b) => String(a).localeCompare(String(b))));
    // Good: two nesting bombs' and one page's paragraphs, the long line, the quoted name, two corpus records.
    expect(r.out).toMatch(/^7 new article\(s\), 0 already present, 5 failed/);
    const stats = JSON.parse((await dyad(["stats", "--db", db, "--format", "json"])).out) as { articles: number };
    expect(stats.articles).toBe(7);
    const events = (await dyad(["events", "--db", db, "--format", "json", "--limit", "100"])).out;
    for (const pair of [["FRA", "IRN"], ["ESP", "PRT"], ["CHL", "PER"], ["JPN", "IND"], ["DEU", "ITA"]]) expect(events).toMatch(new RegExp(`"source":\\s*"${pair[0]}",\\s*"target":\\s*"${pair[1]}"`));
  }, 180_000);
});

describe("POST /api/articles with hostile input", () => {
  let server: ReturnType<typeof spawn> | null = null;
  let url = "";
  beforeAll(async () => {
    server = spawn(process.execPath, [BIN, "serve", "--db", join(dir, "served.db"), "--port", "0", "--article-megabytes", "256", "--article-seconds", "600"], { stdio: ["ignore", "pipe", "pipe"] });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      server!.stdout!.on("data", (chunk: Buffer) => {
        out += chunk;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server!.on("exit", () => reject(new Error(`server exited: ${out}`)));
    });
  }, 60_000);
  afterAll(() => { server?.kill("SIGKILL"); });

  const post = async (text: string) => {
    const res = await fetch(`${url}api/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
    return { status: res.status, body: (await res.json()) as { error?: { message: string }; events?: { source: string; target: string }[] } };
  };

  it("codes a nesting bomb as plain text", async () => {
    const r = await post(nested(100_000));
    expect(r.status).toBe(201);
    expect(r.body.events?.some((e) => e.source === "FRA" && e.target === "IRN")).toBe(true);
  }, 60_000);

  it("answers an article past the memory budget with one JSON error, and goes on serving", async () => {
    const r = await post(sentences(80_000));
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/needed more than 256 MB to code \(the per-article budget, --article-megabytes\); stopped$/);
    const next = await post(GOOD);
    expect(next.status).toBe(201);
  }, 180_000);
});
