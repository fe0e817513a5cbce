#!/usr/bin/env node
// Writes the articles of the real-news evaluation set as plain-text files (<id>.txt: the
// headline, a blank line, the body) into a folder outside the repository, for the shared scorer
// and for annotators. The corpus licence forbids copying the texts into the repository.
//
//   node scripts/news-set/materialise.mjs --split dev|test|candidates --out DIR [--corpus FILE]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { arg } from "../script-args.mjs";

const here = new URL("../../test-data/news/", import.meta.url).pathname;
const corpus = resolve(arg("corpus", "../shared/corpus/news/articles.jsonl"));
const split = arg("split", "dev");
const out = arg("out");
if (!out || !["dev", "test", "candidates"].includes(split)) {
  console.error("usage: materialise.mjs --split dev|test|candidates --out DIR [--corpus FILE]");
  process.exit(2);
}

const ids =
  split === "candidates"
    ? JSON.parse(readFileSync(join(here, "candidates.json"), "utf8")).candidates.map((c) => c.id)
    : JSON.parse(readFileSync(join(here, "set.json"), "utf8"))
        .articles.filter((a) => a.split === split)
        .map((a) => a.id);
const wanted = new Set(ids);
const byId = new Map();
for (const line of readFileSync(corpus, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  if (wanted.has(a.id)) byId.set(a.id, a);
}
const missing = ids.filter((id) => !byId.has(id));
if (missing.length) {
  console.error(
    `${corpus}: ${missing.length} articles of the set are missing (${missing.slice(0, 3).join(", ")})`,
  );
  process.exit(1);
}

mkdirSync(out, { recursive: true });
const manifest = [];
for (const id of ids) {
  const a = byId.get(id);
  const text = a.text.trim();
  const title = (a.title ?? "").trim();
  // Some crawled bodies already open with their headline.
  const body = title && !text.startsWith(title) ? `${title}\n\n${text}\n` : `${text}\n`;
  writeFileSync(join(out, `${id}.txt`), body);
  manifest.push({
    id,
    file: `${id}.txt`,
    title: a.title,
    published: a.published,
    publisher: a.publisher ?? null,
  });
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`${ids.length} articles written to ${out}`);
