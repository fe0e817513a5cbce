import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readConllu } from "../language/syntax/conllu.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin", "dyad.js");
const dir = mkdtempSync(join(tmpdir(), "dyad-parse-"));
const run = (args: string[], input?: string) =>
  spawnSync("node", [bin, ...args], { encoding: "utf8", input, cwd: root });

describe("dyad parse", () => {
  it("prints CoNLL-U that a UD reader reads back: one tree per sentence, one root, heads inside the sentence", () => {
    const file = join(dir, "two.txt");
    writeFileSync(file, "Chile signed a trade agreement with Peru. The deal was welcomed by Bolivia.\n");
    const r = run(["parse", file]);
    expect(r.status).toBe(0);
    const sentences = readConllu(r.stdout);
    expect(sentences.map((s) => s.words.map((w) => w.form).join(" "))).toEqual([
      "Chile signed a trade agreement with Peru .",
      "The deal was welcomed by Bolivia .",
    ]);
    for (const s of sentences) {
      expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
      for (const w of s.words) expect(w.head).toBeLessThanOrEqual(s.words.length);
      for (const line of r.stdout.split("\n").filter((l) => /^\d/.test(l)))
        expect(line.split("\t")).toHaveLength(10);
    }
    expect(sentences[0]!.words[6]!.spaceAfter).toBe(false);
  });

  it("prints a table with each word's head and relation", () => {
    const r = run(["parse", "-", "--format", "table"], "Japan protested.");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Japan\s+PROPN\s+2 protested\s+nsubj/);
    expect(r.stdout).toMatch(/protested\s+VERB\s+\(root\)\s+root/);
  });

  it.each([
    [["parse", "--format", "xml", "-"], 2, /unknown --format "xml"/],
    [["parse", join(dir, "missing.txt")], 1, /missing\.txt/],
  ])("refuses bad input in one line: %j", (args, status, message) => {
    const r = run(args, "x");
    expect(r.status).toBe(status);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
