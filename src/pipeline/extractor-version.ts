/** A version string for the extractor: the package version plus a digest of the dictionaries it reads. */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, extraDictionaryDirs } from "../actors/dictionary.js";

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (name.endsWith(".json")) out.push(p);
  }
  return out;
}

let cached: string | null = null;

/** "0.1.0+3f2a9c81d0e4": changes whenever the code version or any dictionary or lexicon file changes. */
export function extractorVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  const hash = createHash("sha256");
  for (const root of [DATA_DIR, ...extraDictionaryDirs()]) {
    for (const f of files(root)) hash.update(f.slice(root.length)).update(readFileSync(f));
  }
  cached = `${pkg.version}+${hash.digest("hex").slice(0, 12)}`;
  return cached;
}
