import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventRecord } from "../domain/types.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin", "dyad.js");
const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
const article = join(dir, "article.txt");
const run = (args: string[], input?: string) =>
  spawnSync("node", [bin, ...args], { encoding: "utf8", input, cwd: root });

beforeAll(() => {
  writeFileSync(
    article,
    "Summit in Ankara\n\nIn March 2021, Turkish President Recep Tayyip Erdogan hosted the Azerbaijani President in Ankara. Greece did not criticize Turkey.\n",
  );
});

describe("dyad extract", () => {
  it("prints the spec's records as JSON lines", () => {
    const r = run(["extract", article]);
    expect(r.status).toBe(0);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as EventRecord);
    expect(records.map((e) => [e.source, e.target, e.code, e.date, e.modality])).toEqual([
      ["AZE", "TUR", "04", "2021-03", "asserted"],
      ["GRC", "TUR", "11", null, "negated"],
    ]);
    expect(Object.keys(records[0]!)).toEqual([
      "article",
      "source",
      "target",
      "source_role",
      "target_role",
      "code",
      "quad",
      "symmetric",
      "date",
      "modality",
      "sector",
      "evidence",
      "start",
      "end",
      "rule",
      "goldstein",
    ]);
  });
  it("reads standard input and prints a table for people", () => {
    const r = run(["extract", "-", "--format", "table"], "Chile signed a trade agreement with Peru in 2016.");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^ARTICLE\s+DYAD\s+CODE\s+DATE\s+MODALITY/);
    expect(r.stdout).toContain("CHL<->PER");
    expect(r.stdout).toContain("Sign formal agreement");
  });
  it("explains per sentence what was found", () => {
    const r = run(["extract", article, "--explain"]);
    expect(r.stdout).toContain("(heading or caption: not coded)");
    expect(r.stdout).toContain("Turkish President Recep Tayyip Erdogan = TUR/GOV");
    expect(r.stdout).toContain("EVENT AZE->TUR 04 2021-03 asserted");
  });
  it("reports bad files on stderr, one line each, and still processes the good ones", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const png = join(dir, "x.png");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const r = run(["extract", empty, png, dir, article]);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual([
      `dyad: ${empty}: file is empty`,
      `dyad: ${png}: binary file (PNG image), not article text`,
      `dyad: ${dir}: is a directory; give the article files inside it`,
    ]);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
    expect(run(["extract", empty, article, "--strict"]).status).toBe(1);
  }, 30_000);
  it("exits non-zero when no file could be processed, and warns about articles with no actors", () => {
    expect(run(["extract", join(dir, "missing.txt")]).status).toBe(1);
    const r = run(["extract", "-"], "The weather was fine and the match ended in a draw.");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("<stdin>: warning: no country, organisation or official recognised");
  }, 30_000);
  it("rejects unknown formats and malformed dates with exit code 2", () => {
    expect(run(["extract", article, "--format", "xml"]).stderr).toContain('unknown --format "xml"');
    expect(run(["extract", article, "--published", "yesterday"]).status).toBe(2);
  });
});
