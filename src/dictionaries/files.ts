/**
 * Where dictionaries live: the bundled data/ folder and the extra folders a user names in
 * DYAD_DICTIONARIES, laid out the same way. Every loader finds its files here, so an extra folder is
 * honoured by all of them, and a file in one that no loader reads is reported rather than ignored.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export class DictionaryError extends Error {
  constructor(file: string, reason: string) {
    super(`dictionary ${file}: ${reason}`);
    this.name = "DictionaryError";
  }
}

/** The bundled data folder, found from this module both in src/ (tests) and dist/ (CLI). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Parses a dictionary file, naming it in the error. */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new DictionaryError(file, e instanceof Error ? e.message : String(e));
  }
}

/** Extra dictionary folders named in DYAD_DICTIONARIES (colon-separated), laid out like data/. */
export function extraDictionaryDirs(): string[] {
  return (process.env.DYAD_DICTIONARIES ?? "").split(":").filter(Boolean);
}

/** The object a dictionary file (or part of one) must be, or a DictionaryError saying which shape. */
export function dictionaryObject(file: string, json: unknown, shape: string): Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new DictionaryError(file, `expected an object ${shape}`);
  return json as Record<string, unknown>;
}

/** A list of non-empty words (none when absent), or a DictionaryError naming the list. */
export function wordList(file: string, v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((w) => typeof w !== "string" || !w))
    throw new DictionaryError(file, `${what} must be a list of words`);
  return v as string[];
}

/** `folder/*.json` of the bundled data and of each extra dictionary folder, in a stable order. */
export function dictionaryFiles(
  folder: string,
  extraDirs: readonly string[] = extraDictionaryDirs(),
): string[] {
  return [DATA_DIR, ...extraDirs].flatMap((root) => {
    const dir = join(root, folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .sort()
          .map((f) => join(dir, f))
      : [];
  });
}

/** One named file (`cues/modality.json`) of the bundled data, then the same file in each extra folder that has it. */
export function dictionaryFile(path: string, extraDirs: readonly string[] = extraDictionaryDirs()): string[] {
  return [DATA_DIR, ...extraDirs].map((root) => join(root, path)).filter((f) => existsSync(f));
}

/** The files some loader reads, by their path inside a dictionary folder. */
const READ = [
  /^actors\/[^/]+\.json$/,
  /^actors\/(officials|petrarch)\/[^/]+\.json$/,
  /^actors\/petrarch\/officials\/[^/]+\.json$/,
  /^verbs\/[^/]+\.json$/,
  /^nominals\/[^/]+\.json$/,
  /^lexicon\/[^/]+\.json$/,
  /^cues\/(modality|event-nouns|judgements|sports|reciprocal)\.json$/,
  /^merge\/light-nouns\.json$/,
  /^slant\/evaluative\.json$/,
];

/** Every file under `dir`, in a stable order. */
export function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** The dictionary files of one folder that a loader reads, and the `.json` files none does (a misplaced file). */
export function folderFiles(root: string): { read: string[]; unread: string[] } {
  const all = existsSync(root) ? walk(root).filter((f) => f.endsWith(".json")) : [];
  const isRead = (f: string) => READ.some((re) => re.test(relative(root, f).split("\\").join("/")));
  return { read: all.filter(isRead), unread: all.filter((f) => !isRead(f)) };
}
