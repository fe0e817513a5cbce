#!/usr/bin/env node
// Agreement between the two annotators of the real-news set before their disagreements were
// settled, measured with the shared scorer (A's records as gold, B's as predictions), and each
// annotator against the settled gold. The first figure is the ceiling an extractor can be held to.
//
//   node scripts/news-set/agreement.mjs [--json]
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { flag } from "../script-args.mjs";

const root = resolve(new URL("../..", import.meta.url).pathname);
const here = join(root, "test-data/news");
const shared = resolve(join(root, "../shared"));
if (!existsSync(join(shared, "tools/score-events.mjs"))) {
  console.error(`${shared}: the shared scorer is not there`);
  process.exit(2);
}
const set = JSON.parse(readFileSync(join(here, "set.json"), "utf8"));
const read = (dir, id) => JSON.parse(readFileSync(join(here, dir, `${id}.json`), "utf8"));
const goldOf = (a) => join(here, a.split, "gold");

// Scores `pred` against `gold` (each a function id → gold file) over the given articles.
function score(articles, gold, pred) {
  const work = mkdtempSync(join(tmpdir(), "dyad-agreement-"));
  try {
    mkdirSync(join(work, "gold"));
    mkdirSync(join(work, "pred"));
    for (const a of articles) {
      writeFileSync(join(work, "gold", `${a.id}.json`), JSON.stringify(gold(a)));
      writeFileSync(
        join(work, "pred", `${a.id}.jsonl`),
        pred(a)
          .events.map((e) => JSON.stringify(e))
          .join("\n"),
      );
    }
    const out = execFileSync(
      process.execPath,
      [
        join(shared, "tools/score-events.mjs"),
        "--gold",
        join(work, "gold"),
        "--pred",
        join(work, "pred"),
        "--json",
      ],
      { encoding: "utf8" },
    );
    return JSON.parse(out).totals;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const annotated = readdirSync(join(here, "annotations/A"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5));
let both = 0,
  agree = 0,
  yesA = 0,
  yesB = 0;
for (const id of annotated) {
  if (!existsSync(join(here, "annotations/B", `${id}.json`))) continue;
  const a = read("annotations/A", id).scope.two_states,
    b = read("annotations/B", id).scope.two_states;
  both++;
  agree += a === b ? 1 : 0;
  yesA += a ? 1 : 0;
  yesB += b ? 1 : 0;
}
const pe = (yesA / both) * (yesB / both) + (1 - yesA / both) * (1 - yesB / both);
const scope = {
  candidates: both,
  agreed: agree,
  kappa: Math.round(((agree / both - pe) / (1 - pe)) * 1000) / 1000,
};

const rows = [];
for (const [name, articles] of [
  ["dev", set.articles.filter((a) => a.split === "dev")],
  ["test", set.articles.filter((a) => a.split === "test")],
  ["all", set.articles],
]) {
  const A = (a) => read("annotations/A", a.id);
  const B = (a) => read("annotations/B", a.id);
  const settled = (a) => JSON.parse(readFileSync(join(goldOf(a), `${a.id}.json`), "utf8"));
  rows.push({ split: name, comparison: "B against A (before settling)", ...score(articles, A, B) });
  rows.push({ split: name, comparison: "A against settled gold", ...score(articles, settled, A) });
  rows.push({ split: name, comparison: "B against settled gold", ...score(articles, settled, B) });
}
if (flag("json")) {
  console.log(JSON.stringify({ scope, rows }, null, 2));
} else {
  console.log(
    `scope judgements: ${scope.agreed} of ${scope.candidates} candidates agreed (Cohen's kappa ${scope.kappa})\n`,
  );
  console.log("| split | comparison | gold | predicted | matched | P | R | F1 | code | date | modality |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(
      `| ${r.split} | ${r.comparison} | ${r.gold} | ${r.predicted} | ${r.matched} | ${r.precision} | ${r.recall} | ${r.f1} | ${r.code_accuracy} | ${r.date_accuracy} | ${r.modality_accuracy} |`,
    );
}
