// The test part of the real-news set is held out: no rule, dictionary entry or test may be
// written from it. This fails if any file under src/ or data/ quotes a run of eight words of a
// test evidence span.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const testGold = join(root, "test-data/news/test/gold");
const RUN = 8;

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Every run of RUN consecutive words of the given texts, joined by single spaces. */
export function shingles(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(" "));
  }
  return out;
}

/** The runs of `held` that `text` quotes. */
export function quoted(text: string, held: Set<string>): string[] {
  const w = words(text);
  const hits = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(" ");
    if (held.has(run)) hits.add(run);
  }
  return [...hits];
}

describe("the held-out test part of the real-news set", () => {
  it.each([
    ["a verbatim run", "officials said Ruritania shipped forty crates of grain to Freedonia on Monday", true],
    [
      "the run with other case and punctuation",
      "Ruritania SHIPPED forty crates, of grain; to Freedonia-on",
      true,
    ],
    ["seven words of a run", "shipped forty crates of grain to Freedonia", false],
    ["the same words in another order", "forty crates of grain Ruritania shipped to Freedonia on", false],
  ])("the check finds %s: %s", (_name, text, found) => {
    const held = shingles(["Ruritania shipped forty crates of grain to Freedonia on a rainy Monday."]);
    expect(quoted(text, held).length > 0).toBe(found);
  });

  it.skipIf(!existsSync(testGold))("is quoted by no file under src/ or data/", () => {
    const spans = readdirSync(testGold)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) =>
        (
          JSON.parse(readFileSync(join(testGold, f), "utf8")) as { events: { evidence: string }[] }
        ).events.map((e) => e.evidence),
      );
    expect(spans.length).toBeGreaterThan(0);
    const held = shingles(spans);
    const offenders: string[] = [];
    for (const dir of ["src", "data"]) {
      for (const path of files(join(root, dir))) {
        if (!/\.(ts|js|mjs|json|txt|md|tsv|csv)$/.test(path)) continue;
        for (const run of quoted(readFileSync(path, "utf8"), held))
          offenders.push(`${path.slice(root.length)}: "${run}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
