/** Expands ingest arguments (files, folders, corpus files) into articles to code, and problems to report. */
import { readdirSync, statSync, createReadStream } from "node:fs";
import { join, extname } from "node:path";
import { createInterface } from "node:readline";
import type { InputFormat } from "../read/load-article.js";
import { readInput } from "../read/read-file.js";

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

export interface Collected {
  readonly items: InputItem[];
  readonly problems: InputProblem[];
}

const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);
const CORPUS_EXTENSIONS = new Set([".jsonl", ".ndjson", ".json"]);
const DATE = /^\d{4}-\d{2}-\d{2}/;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { continue; }
    if (isDir) walk(p, out);
    else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) || CORPUS_EXTENSIONS.has(extname(name).toLowerCase())) out.push(p);
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** A corpus record: `text` plus optional `title`, `url`, `published`, `source` (or `publisher`). */
function fromRecord(origin: string, value: unknown): InputItem | InputProblem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { origin, reason: "record is not a JSON object" };
  const r = value as Record<string, unknown>;
  const text = str(r.text);
  if (!text) return { origin, reason: 'record has no "text"' };
  const published = str(r.published);
  return {
    origin: str(r.id) ? `${origin} (${str(r.id)})` : origin, content: text, format: "text",
    title: str(r.title), url: str(r.url), published: published && DATE.test(published) ? published.slice(0, 10) : null,
    source: str(r.source) ?? str(r.publisher) ?? str(r.outlet),
  };
}

async function readCorpus(path: string, into: Collected): Promise<void> {
  const push = (x: InputItem | InputProblem) => ("content" in x ? into.items.push(x) : into.problems.push(x));
  if (extname(path).toLowerCase() === ".json") {
    const input = readInput(path);
    if (!input.ok) { into.problems.push({ origin: path, reason: input.reason }); return; }
    let parsed: unknown;
    try { parsed = JSON.parse(input.content); } catch (e) { into.problems.push({ origin: path, reason: `not valid JSON (${(e as Error).message})` }); return; }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    records.forEach((r, i) => push(fromRecord(`${path}:#${i + 1}`, r)));
    return;
  }
  let line = 0;
  try {
    const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let parsed: unknown;
      try { parsed = JSON.parse(text); } catch { into.problems.push({ origin: `${path}:${line}`, reason: "line is not valid JSON" }); continue; }
      push(fromRecord(`${path}:${line}`, parsed));
    }
  } catch (e) {
    into.problems.push({ origin: line ? `${path}:${line}` : path, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
  }
}

/** Reads every argument; problems are collected, never thrown, so the rest still gets ingested. */
export async function collectInputs(paths: readonly string[]): Promise<Collected> {
  const out: Collected = { items: [], problems: [] };
  for (const path of paths) {
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? (() => { const f: string[] = []; walk(path, f); return f; })() : [path];
    } catch (e) {
      out.problems.push({ origin: path, reason: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot read (${(e as Error).message})` });
      continue;
    }
    for (const file of files) {
      if (CORPUS_EXTENSIONS.has(extname(file).toLowerCase())) { await readCorpus(file, out); continue; }
      const input = readInput(file);
      if (input.ok) out.items.push({ origin: file, content: input.content });
      else out.problems.push({ origin: file, reason: input.reason });
    }
  }
  return out;
}
