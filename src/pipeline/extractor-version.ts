/** A version string for the extractor: the package version plus a digest of the dictionaries it reads. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_DIR, extraDictionaryDirs, folderFiles, walk } from "../dictionaries/files.js";

/** The code stages whose changes alter what is extracted (dist/ when installed, src/ under tests). */
const CODE_ROOT = fileURLToPath(new URL("../", import.meta.url));
const CODE_STAGES = ["read", "language", "actors", "events", "pipeline", "domain", "dictionaries"];

const files = (dir: string, ext: RegExp): string[] =>
  walk(dir).filter((p) => ext.test(p) && !basename(p).includes(".test."));

let cached: string | null = null;

/** "0.1.0+3f2a9c81d0e4": changes whenever the extraction code, any dictionary or lexicon file, or the syntax model changes. */
export function extractorVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  const hash = createHash("sha256");
  for (const f of files(DATA_DIR, /\.(json|gz)$/))
    hash.update(f.slice(DATA_DIR.length)).update(readFileSync(f));
  // Of an extra folder, only what a loader reads: a stray file must not mark every stored article outdated.
  for (const root of extraDictionaryDirs()) {
    for (const f of folderFiles(root).read) hash.update(f.slice(root.length)).update(readFileSync(f));
  }
  for (const stage of CODE_STAGES) {
    for (const f of files(join(CODE_ROOT, stage), /\.(js|ts)$/))
      hash.update(f.slice(CODE_ROOT.length)).update(readFileSync(f));
  }
  cached = `${pkg.version}+${hash.digest("hex").slice(0, 12)}`;
  return cached;
}
