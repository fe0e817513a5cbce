// Benchmark (not a test): extraction throughput on the news corpus in ../shared.
//   npm run bench [-- path/to/articles.jsonl]
import { readFileSync, existsSync } from "node:fs";
import { extract, createExtractor } from "../dist/index.js";

const path = process.argv[2] ?? new URL("../../shared/corpus/news/articles.jsonl", import.meta.url).pathname;
if (!existsSync(path)) {
  console.log(`skipped: no corpus at ${path}`);
  process.exit(0);
}
const records = readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const extractor = createExtractor();
let events = 0, chars = 0, failures = 0;
const t0 = performance.now();
for (const r of records) {
  try {
    const x = extract(r.text, { id: r.id, published: r.published ?? null, extractor });
    events += x.events.length;
    chars += r.text.length;
  } catch (e) {
    failures++;
    console.error(`${r.id}: ${e instanceof Error ? e.stack : e}`);
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log("| articles | failures | events | seconds | articles/s | MB/s |");
console.log("|---:|---:|---:|---:|---:|---:|");
console.log(`| ${records.length} | ${failures} | ${events} | ${seconds.toFixed(1)} | ${(records.length / seconds).toFixed(1)} | ${(chars / 1e6 / seconds).toFixed(2)} |`);
process.exit(failures ? 1 : 0);
