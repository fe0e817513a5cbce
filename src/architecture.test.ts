// The folders are the architecture: every import points down the pipeline, never up, and the package's
// public surface is what the README documents.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = dirname(fileURLToPath(import.meta.url));

/**
 * Bottom to top. A folder may import from its own level and below. Slant is a stage the pipeline
 * composes, so it sits under it; ingest drives the store, reports read it, and the faces (cli, server) sit
 * on top, the CLI above the server it starts.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["domain"],
  ["dictionaries"],
  ["read"],
  ["language"],
  ["actors"],
  ["events"],
  ["slant"],
  ["pipeline"],
  ["merge"],
  ["store"],
  ["ingest"],
  ["report"],
  ["server"],
  ["cli"],
];
/** Outside the pipeline: test helpers, type declarations, the package entry, held-out evaluation. */
const OUTSIDE = new Set(["test-support", "types", "evaluation", "index.ts", "architecture.test.ts"]);
const level = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Relative imports, static and dynamic, of one file, as top-level folders of src/. */
function importsOf(file: string): { target: string; spec: string }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)["'](\.{1,2}\/[^"']+)["']/gm)].map(
    (m) => ({
      spec: m[1]!,
      target: relative(SRC, normalize(join(dirname(file), m[1]!))).split(/[\\/]/)[0]!,
    }),
  );
}

const topOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

describe("layers", () => {
  const files = sources(SRC);

  it("places every folder of src/ in a layer, or names it as outside the pipeline", () => {
    const folders = [...new Set(files.map(topOf))].filter((f) => !OUTSIDE.has(f));
    expect(folders.filter((f) => !level.has(f))).toEqual([]);
  });

  it("has no import that points up a layer", () => {
    const upward = files.flatMap((file) => {
      const from = level.get(topOf(file));
      if (from === undefined) return [];
      return importsOf(file)
        .filter(({ target }) => (level.get(target) ?? -1) > from)
        .map(({ spec }) => `${relative(SRC, file)} imports ${spec}`);
    });
    expect(upward).toEqual([]);
  });

  it.each([
    ["an import up a layer", "src/slant/x.ts", "../store/queries/event-rows.js", true],
    ["an import down a layer", "src/store/x.ts", "../merge/cluster.js", false],
    ["a dynamic import up a layer", "src/merge/x.ts", "../cli/main.js", true],
    ["an import within the folder", "src/merge/x.ts", "./cluster.js", false],
  ])("tells %s from the rest", (_, file, spec, up) => {
    const from = level.get(topOf(join(SRC, "..", file)))!;
    const target = relative(SRC, normalize(join(SRC, "..", dirname(file), spec))).split(/[\\/]/)[0]!;
    expect((level.get(target) ?? -1) > from).toBe(up);
  });
});

describe("the package's public surface", () => {
  it("exports the extractor, the reader, the dictionaries and the vocabularies, and nothing of the store", async () => {
    const api = await import("./index.js");
    expect(Object.keys(api).sort()).toEqual([
      "MODALITIES",
      "ROLES",
      "SECTORS",
      "cameo",
      "createExtractor",
      "extract",
      "extractArticle",
      "loadArticle",
      "loadDictionary",
      "quadOf",
    ]);
  });

  it("loads no SQL code for extraction", () => {
    // Follow the static imports from the package entry: none may reach the store or a database driver.
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm)) {
        const spec = m[1]!;
        if (/^(kysely|pg|pg-boss|better-sqlite3)$/.test(spec))
          reached.push(`${relative(SRC, file)} imports ${spec}`);
        if (!spec.startsWith(".")) continue;
        if (/^import\s+type\s|^export\s+type\s/.test(m[0])) continue;
        const target = normalize(join(dirname(file), spec)).replace(/\.js$/, ".ts");
        if (topOf(target) === "store") reached.push(`${relative(SRC, file)} imports ${spec}`);
        visit(target);
      }
    };
    visit(join(SRC, "index.ts"));
    expect(reached).toEqual([]);
  });
});
