/** Expands ingest arguments (files, folders, corpus files) into articles to code, and problems to report. */
import { createReadStream, readdirSync, realpathSync, statSync } from "node:fs";
import { isCalendarDay } from "../domain/calendar.js";
import { extname, isAbsolute, join, relative } from "node:path";
import { createInterface } from "node:readline";
import type { InputFormat } from "../read/load-article.js";
import { readInput, regularFile } from "../read/read-file.js";

/** One article to ingest, from a file or a corpus record. */
export interface InputItem {
  readonly origin: string;
  readonly content: string;
  readonly format?: InputFormat;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly source?: string | null;
}

export interface InputProblem {
  readonly origin: string;
  readonly reason: string;
}

const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);
const CORPUS_EXTENSIONS = new Set([".jsonl", ".ndjson", ".json"]);

/** Files under `dir`; a folder reached twice through symbolic links (a loop, or two links to one folder) is read once. */
function walk(dir: string, out: string[], seen: Set<string> = new Set([realpathSync(dir)])): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    const wanted =
      ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) ||
      CORPUS_EXTENSIONS.has(extname(name).toLowerCase());
    let isDir: boolean;
    // A link to nothing is kept when its name is an article's: reading it reports the problem, never a silent drop.
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      if (wanted) out.push(p);
      continue;
    }
    if (isDir) {
      const real = realpathSync(p);
      if (!seen.has(real)) {
        seen.add(real);
        walk(p, out, seen);
      }
    } else if (wanted) out.push(p);
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** A corpus record: `text` plus optional `title`, `url`, `published`, `source` (or `publisher`). */
function fromRecord(origin: string, value: unknown): InputItem | InputProblem {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { origin, reason: "record is not a JSON object" };
  const r = value as Record<string, unknown>;
  const text = str(r.text);
  if (!text) return { origin, reason: 'record has no "text"' };
  const published = str(r.published);
  return {
    origin: str(r.id) ? `${origin} (${str(r.id)})` : origin,
    content: text,
    format: "text",
    title: str(r.title),
    url: str(r.url),
    // A timestamp gives its day; an impossible day ("2021-13-45") is no date, as a missing one is.
    published: published && isCalendarDay(published.slice(0, 10)) ? published.slice(0, 10) : null,
    source: str(r.source) ?? str(r.publisher) ?? str(r.outlet),
  };
}

/** The records of a corpus file, one at a time: a .jsonl file is read line by line, so its size does not matter. */
async function* readCorpus(path: string, name: string): AsyncGenerator<InputItem | InputProblem> {
  if (extname(path).toLowerCase() === ".json") {
    // A .json corpus is one document and is parsed whole; large corpora belong in .jsonl.
    const input = readInput(path);
    if (!input.ok) {
      yield { origin: name, reason: input.reason };
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.content);
    } catch (e) {
      yield { origin: name, reason: `not valid JSON (${(e as Error).message})` };
      return;
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    for (let i = 0; i < records.length; i++) yield fromRecord(`${name}:#${i + 1}`, records[i]);
    return;
  }
  // A pipe named like a corpus would be waited on for ever; a missing file is named as such.
  const file = regularFile(path);
  if (!file.ok) {
    yield { origin: name, reason: file.reason };
    return;
  }
  let line = 0;
  try {
    // Lines are pulled as the consumer asks for them: the stream pauses while articles are coded (back-pressure).
    const lines = createInterface({
      input: createReadStream(path, { encoding: "utf8" }),
      crlfDelay: Infinity,
    });
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        yield { origin: `${name}:${line}`, reason: "line is not valid JSON" };
        continue;
      }
      yield fromRecord(`${name}:${line}`, parsed);
    }
  } catch (e) {
    yield {
      origin: line ? `${name}:${line}` : name,
      reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    };
  }
}

/** Files named by the arguments (folders walked), or the problem with an argument. */
function filesOf(path: string): string[] | InputProblem {
  try {
    if (!statSync(path).isDirectory()) return [path];
    const f: string[] = [];
    walk(path, f);
    return f;
  } catch (e) {
    return {
      origin: path,
      reason:
        (e as NodeJS.ErrnoException).code === "ENOENT"
          ? "no such file or folder"
          : `cannot read (${(e as Error).message})`,
    };
  }
}

/**
 * Every article of the arguments, in order, read only when asked for; problems come in the same stream and
 * are never thrown. Origins are paths as seen from `base` (the working folder): an absolute path given on
 * the command line is stored relative to it, so that no machine's folders end up in the database, the
 * views or an export.
 */
export async function* streamInputs(
  paths: readonly string[],
  base: string = process.cwd(),
): AsyncGenerator<InputItem | InputProblem> {
  const named = (file: string) => (isAbsolute(file) ? relative(base, file) || "." : file);
  for (const path of paths) {
    const files = filesOf(path);
    if (!Array.isArray(files)) {
      // Named as the user typed it.
      yield files;
      continue;
    }
    for (const file of files) {
      const name = named(file);
      if (CORPUS_EXTENSIONS.has(extname(file).toLowerCase())) {
        yield* readCorpus(file, name);
        continue;
      }
      const input = readInput(file);
      yield input.ok ? { origin: name, content: input.content } : { origin: name, reason: input.reason };
    }
  }
}

export const isProblem = (x: InputItem | InputProblem): x is InputProblem => !("content" in x);

/** How many inputs the arguments hold (files, plus a .jsonl file's non-empty lines), counted without keeping them, for progress. */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const path of paths) {
    const files = filesOf(path);
    if (!Array.isArray(files)) continue;
    for (const file of files) {
      const lines = extname(file).toLowerCase() === ".jsonl" || extname(file).toLowerCase() === ".ndjson";
      if (!lines || !regularFile(file).ok) {
        n++;
        continue;
      }
      try {
        for await (const line of createInterface({
          input: createReadStream(file, { encoding: "utf8" }),
          crlfDelay: Infinity,
        }))
          if (line.trim()) n++;
      } catch {
        n++;
      }
    }
  }
  return n;
}
