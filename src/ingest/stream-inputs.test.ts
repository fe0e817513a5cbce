// Inputs are streamed: reading a corpus far larger than the heap allowed must not run out of memory.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countInputs, isProblem, streamInputs } from "./collect-inputs.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-stream-"));
const READER = fileURLToPath(new URL("../../dist/ingest/collect-inputs.js", import.meta.url));

async function writeCorpus(path: string, records: number, filler: string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < records; i++) {
    const line = `${JSON.stringify({ id: `r${i}`, title: `Record ${i}`, text: `Article ${i}. ${filler}` })}\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

describe("origins", () => {
  const base = mkdtempSync(join(tmpdir(), "dyad-origins-"));
  mkdirSync(join(base, "news"));
  writeFileSync(join(base, "news", "a.txt"), "Ruritania and Freedonia held talks.");
  writeFileSync(join(base, "news", "c.jsonl"), '{"id":"x","text":"Ruritania sent an envoy."}\n');
  const outside = mkdtempSync(join(tmpdir(), "dyad-elsewhere-"));
  writeFileSync(join(outside, "b.txt"), "Freedonia recalled its envoy.");

  it.each([
    ["an absolute path inside the working folder", join(base, "news", "a.txt"), "news/a.txt"],
    ["an absolute folder inside it", join(base, "news"), "news/a.txt"],
    ["a relative path, as typed", "news/a.txt", "news/a.txt"],
    ["an absolute path elsewhere", join(outside, "b.txt"), `${relative(base, outside)}/b.txt`],
    ["a corpus line", join(base, "news", "c.jsonl"), "news/c.jsonl:1 (x)"],
  ])("stores %s relative to the working folder", async (_, input, origin) => {
    const origins: string[] = [];
    const cwd = process.cwd();
    process.chdir(base);
    try {
      for await (const x of streamInputs([input], base)) if (!isProblem(x)) origins.push(x.origin);
    } finally {
      process.chdir(cwd);
    }
    expect(origins[0]).toBe(origin);
    expect(origins.every((o) => !o.startsWith("/"))).toBe(true);
  });
});

describe("reading inputs", () => {
  it("streams a .jsonl corpus of 150 MB through a process whose heap is capped at 48 MB", async () => {
    const corpus = join(dir, "big.jsonl");
    await writeCorpus(corpus, 50_000, "Words of a long article. ".repeat(120));
    expect(statSync(corpus).size).toBeGreaterThan(150e6);
    const script = `import { streamInputs } from ${JSON.stringify(READER)};
      let n = 0, chars = 0; for await (const x of streamInputs([${JSON.stringify(corpus)}])) { n++; chars += x.content.length; }
      console.log(n, chars);`;
    const out = execFileSync(
      process.execPath,
      ["--max-old-space-size=48", "--input-type=module", "-e", script],
      { encoding: "utf8" },
    );
    const [n, chars] = out.trim().split(" ").map(Number);
    expect(n).toBe(50_000);
    expect(chars).toBeGreaterThan(140e6);
  }, 120_000);

  it.each([
    ["an empty line is skipped", '{"text": "A."}\n\n{"text": "B."}\n', 2, 0],
    ["a broken line is a problem, the rest still read", '{"text": "A."}\n{broken\n{"text": "B."}\n', 2, 1],
    ["a record without text is a problem", '{"title": "T"}\n', 0, 1],
  ])("%s", async (_, body, items, problems) => {
    const path = join(dir, `case-${items}-${problems}.jsonl`);
    await writeCorpus(path, 0, "");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, body);
    const all = [];
    for await (const x of streamInputs([path])) all.push(x);
    expect([all.filter((x) => !isProblem(x)).length, all.filter(isProblem).length]).toEqual([
      items,
      problems,
    ]);
    expect(await countInputs([path])).toBe(items + problems);
  });

  it.each([
    ["2016-11-09", "2016-11-09"],
    ["2016-11-09T12:30:00Z", "2016-11-09"],
    ["2020-02-29", "2020-02-29"],
    ["2021-02-29", null],
    ["2021-13-45", null],
    ["09/11/2016", null],
  ])("a record published %j is dated %j", async (published, expected) => {
    const path = join(dir, `published-${published.replace(/\W/g, "")}.jsonl`);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, JSON.stringify({ text: "A.", published }) + "\n");
    const all = [];
    for await (const x of streamInputs([path])) if (!isProblem(x)) all.push(x.published);
    expect(all).toEqual([expected]);
  });
});
