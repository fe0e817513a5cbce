// Benchmark (not a test): extraction throughput on the news corpus in ../shared, on one core, beside
// wink-nlp's own tagging of the same texts (readDoc, then tokens and their part of speech) measured in
// the same run, so the ratio says how much dyad costs over its tokeniser whatever the machine's load.
//   npm run bench [-- path/to/articles.jsonl]
import { readFileSync, existsSync } from "node:fs";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { Session } from "node:inspector/promises";
import { extract, createExtractor } from "../dist/index.js";

const path = process.argv[2] ?? new URL("../../shared/corpus/news/articles.jsonl", import.meta.url).pathname;
if (!existsSync(path)) {
  console.log(`skipped: no corpus at ${path}`);
  process.exit(0);
}
const records = readFileSync(path, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
// CPU seconds of this process: on a shared machine wall time also counts other processes' turns.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const nlp = winkNLP(model);
let winkTokens = 0;
let c0 = cpu();
let t0 = performance.now();
for (const r of records) {
  const doc = nlp.readDoc(r.text);
  winkTokens += doc.tokens().out().length;
  doc.tokens().out(nlp.its.pos);
}
const wink = { cpu: cpu() - c0, wall: (performance.now() - t0) / 1000 };

c0 = cpu();
const extractor = createExtractor();
const load = cpu() - c0;
let events = 0,
  chars = 0,
  failures = 0;
c0 = cpu();
t0 = performance.now();
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
const dyad = { cpu: cpu() - c0, wall: (performance.now() - t0) / 1000 };
const n = records.length;
console.log(
  `extractor load: ${load.toFixed(1)} CPU s; wink-nlp tagging alone: ${wink.cpu.toFixed(1)} CPU s (${(n / wink.cpu).toFixed(1)} articles/s, ${winkTokens} tokens)`,
);
console.log(
  "| articles | failures | events | CPU seconds | articles/s (CPU) | wall seconds | MB/s (CPU) | × wink-nlp tagging time |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
console.log(
  `| ${n} | ${failures} | ${events} | ${dyad.cpu.toFixed(1)} | ${(n / dyad.cpu).toFixed(1)} | ${dyad.wall.toFixed(1)} | ${(chars / 1e6 / dyad.cpu).toFixed(2)} | ${(dyad.cpu / wink.cpu).toFixed(1)} |`,
);

// Where extraction spends its time, from a second pass under the V8 profiler (the timed pass above runs
// without it): each stage's share is its functions' inclusive samples over extractArticle's.
const STAGES = {
  "triggers (lexicon, verb dictionary, event nouns)": [
    "findTriggers",
    "findVerbCandidates",
    "findNounCandidates",
  ],
  "dependency parse (tagger and parser)": ["parseSentences"],
  "wink-nlp analysis": ["analyse"],
};
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 1000 });
await session.post("Profiler.start");
for (const r of records) extract(r.text, { id: r.id, published: r.published ?? null, extractor });
const { profile } = await session.post("Profiler.stop");
const parent = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  // Samples come at uneven intervals: weigh each by the time it stands for.
  const dt = profile.timeDeltas[i] ?? 0;
  const seen = new Set();
  for (let node = byId.get(id); node; node = parent.get(node.id)) {
    const name = node.callFrame.functionName;
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
});
const whole = inclusive.get("extractArticle") ?? 0;
console.log("\n| stage | share of extraction (profile) |\n|---|---:|");
for (const [stage, names] of Object.entries(STAGES)) {
  const n = names.reduce((sum, name) => sum + (inclusive.get(name) ?? 0), 0);
  console.log(`| ${stage} | ${whole ? ((100 * n) / whole).toFixed(1) : "?"}% |`);
}
process.exit(failures ? 1 : 0);
