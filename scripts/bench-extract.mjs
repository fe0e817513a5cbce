// Benchmark (not a test): extraction throughput on the news corpus in ../shared, on one core, beside
// wink-nlp's own tagging of the same texts (readDoc, then tokens and their part of speech) measured in
// the same run, so the ratio says how much dyad costs over its tokeniser whatever the machine's load.
//   npm run bench [-- path/to/articles.jsonl]
import { readFileSync, existsSync } from "node:fs";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { Session } from "node:inspector/promises";
import { extract, createExtractor } from "../dist/index.js";
import { STAGES } from "../dist/pipeline/stages.js";

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
const winkPass = () => {
  winkTokens = 0;
  const c0 = cpu();
  for (const r of records) {
    const doc = nlp.readDoc(r.text);
    winkTokens += doc.tokens().out().length;
    doc.tokens().out(nlp.its.pos);
  }
  return cpu() - c0;
};

let c0 = cpu();
const extractor = createExtractor();
const load = cpu() - c0;
// The parse stage's own CPU time, so extraction can also be compared without it (issue 17's bar was set
// before the parser existed). In `supply` mode the stage hands back the trees a timed pass made, so every
// other stage does the same work while the parser neither runs nor fills the caches with its weights.
let parseCpu = 0;
let parseMode = "run";
let current = 0;
const trees = new Map();
for (const stage of STAGES) {
  if (stage.name !== "parse") continue;
  const run = stage.run;
  stage.run = (doc, x) => {
    if (parseMode === "supply") {
      doc.sentences = trees.get(current);
      return;
    }
    const p0 = cpu();
    run(doc, x);
    parseCpu += cpu() - p0;
    if (parseMode === "record") trees.set(current, doc.sentences);
  };
}
let events = 0,
  chars = 0,
  failures = 0;
const dyadPass = () => {
  events = chars = failures = parseCpu = 0;
  const c0 = cpu();
  const t0 = performance.now();
  records.forEach((r, k) => {
    current = k;
    try {
      const x = extract(r.text, { id: r.id, published: r.published ?? null, extractor });
      events += x.events.length;
      chars += r.text.length;
    } catch (e) {
      failures++;
      console.error(`${r.id}: ${e instanceof Error ? e.stack : e}`);
    }
  });
  return { cpu: cpu() - c0, wall: (performance.now() - t0) / 1000, parse: parseCpu };
};

// Two rounds: the first is cold (each side's code compiling, wink's lexicon learning the corpus's words),
// the second warm, which is what a long ingest runs at. The ratios are within a round.
const n = records.length;
const rounds = [1, 2].map((k) => {
  const wink = winkPass();
  parseMode = k === 2 ? "record" : "run";
  return { wink, dyad: dyadPass() };
});
console.log(
  `extractor load: ${load.toFixed(1)} CPU s; ${n} articles, ${winkTokens} tokens, ${events} events, ${failures} failures`,
);
console.log(
  "| round | wink-nlp tagging, CPU s | extraction, CPU s | articles/s (CPU) | wall s | MB/s (CPU) | × wink-nlp tagging | parse stage, CPU s | × wink-nlp without the parse |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
rounds.forEach(({ wink, dyad }, k) =>
  console.log(
    `| ${k ? "warm" : "cold"} | ${wink.toFixed(1)} | ${dyad.cpu.toFixed(1)} | ${(n / dyad.cpu).toFixed(1)} | ${dyad.wall.toFixed(1)} | ${(chars / 1e6 / dyad.cpu).toFixed(2)} | ${(dyad.cpu / wink).toFixed(1)} | ${dyad.parse.toFixed(1)} | ${((dyad.cpu - dyad.parse) / wink).toFixed(1)} |`,
  ),
);

// Issue 17's figure: extraction as it was before the parser existed, every other stage on the same trees.
// One pass of either side moves by a third on a shared machine, so the two alternate and the median of the
// ratios is the figure.
const SUPPLIED_ROUNDS = 5;
parseMode = "supply";
const parsedEvents = events;
let mismatch = false;
const supplied = Array.from({ length: SUPPLIED_ROUNDS }, () => {
  const wink = winkPass();
  const { cpu: dyad } = dyadPass();
  // The same trees must give the same records, or the figure measures something else.
  if (events !== parsedEvents) {
    mismatch = true;
    console.error(`parse supplied: ${events} events, not ${parsedEvents}`);
  }
  return { wink, dyad, ratio: dyad / wink };
});
trees.clear();
parseMode = "run";
const median = [...supplied].sort((a, b) => a.ratio - b.ratio)[Math.floor(SUPPLIED_ROUNDS / 2)];
console.log(
  `\n| warm pass, parse supplied | wink-nlp tagging, CPU s | extraction without the parser, CPU s | × wink-nlp tagging |\n|---|---:|---:|---:|`,
);
supplied.forEach(({ wink, dyad, ratio }, k) =>
  console.log(`| ${k + 1} | ${wink.toFixed(2)} | ${dyad.toFixed(2)} | ${ratio.toFixed(2)} |`),
);
if (median) console.log(`| median | | | **${median.ratio.toFixed(2)}** |`);

// Where extraction spends its time, from a second pass under the V8 profiler (the timed pass above runs
// without it): each stage's share is its functions' inclusive samples over extractArticle's.
const PROFILED = {
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
for (const [stage, names] of Object.entries(PROFILED)) {
  const n = names.reduce((sum, name) => sum + (inclusive.get(name) ?? 0), 0);
  console.log(`| ${stage} | ${whole ? ((100 * n) / whole).toFixed(1) : "?"}% |`);
}
process.exit(failures || mismatch ? 1 : 0);
