#!/usr/bin/env node
// Scores merging against hand-coded cluster labels: ingests the articles into a fresh database,
// matches gold events to stored ones as shared/tools/score-events.mjs does, then reports pairwise
// precision and recall of "same event" decisions, and which gold conflicts `dyad conflicts` finds.
// Evaluation only: the gold files are read here, never by dyad itself.
//
//   score-clusters.mjs [--gold DIR --articles DIR] [--verbose]   (default: the seeds)
//   score-clusters.mjs --news dev|test [--verbose]               (the news clusters of the real-news set)
//
// Also reports the precision of `dyad conflicts`: a conflict is right only when every claim in it
// is a stored event matched to gold events of one and the same gold cluster.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { arg, flag } from "./script-args.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const news = arg("news", null);
const verbose = flag("verbose") && news !== "test";
const bin = join(root, "bin/dyad.js");

const work = mkdtempSync(join(tmpdir(), "dyad-clusters-"));
const db = join(work, "score.db");
let goldDir = resolve(arg("gold", "../shared/gold/seeds"));
let articlesDir = resolve(arg("articles", "../shared/corpus/seeds"));
if (news) {
  // The cross-source part of the real-news set: the articles drawn as members of news clusters.
  const set = JSON.parse(readFileSync(join(root, "test-data/news/set.json"), "utf8"));
  const members = set.articles.filter((a) => a.split === news && a.stratum === "cluster");
  articlesDir = join(work, "articles");
  execFileSync(
    process.execPath,
    [join(root, "scripts/news-set/materialise.mjs"), "--split", news, "--out", articlesDir],
    { stdio: "ignore" },
  );
  goldDir = join(work, "gold");
  mkdirSync(goldDir);
  for (const a of members)
    copyFileSync(join(root, "test-data/news", news, "gold", `${a.id}.json`), join(goldDir, `${a.id}.json`));
  for (const f of readdirSync(articlesDir))
    if (!members.some((a) => `${a.id}.txt` === f)) rmSync(join(articlesDir, f));
}
const dyad = (...args) =>
  execFileSync(process.execPath, [bin, ...args, "--db", db], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
    stdio: ["ignore", "pipe", "pipe"],
  });

// The same matching as the event scorer: actors (either order if symmetric), quad, negation, year.
const year = (d) => (d ? String(d).slice(0, 4) : null);
const quadOf = (c) => {
  const n = Number(c);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
};
const actorsMatch = (p, g) =>
  (p.source === g.source && p.target === g.target) ||
  (Boolean(g.symmetric || p.symmetric) && p.source === g.target && p.target === g.source);
const matches = (p, g) =>
  actorsMatch(p, g) &&
  p.quad === g.quad &&
  (g.modality === "negated") === (p.modality === "negated") &&
  !(year(g.date) && year(p.date) && year(g.date) !== year(p.date));
const affinity = (p, g) =>
  (p.code === g.code ? 4 : 0) + (p.date && p.date === g.date ? 2 : 0) + (p.modality === g.modality ? 1 : 0);
const keep = (e) => e.modality !== "hypothetical" && e.source !== e.target;
function dedupe(events) {
  const seen = new Set();
  return events.filter(keep).filter((e) => {
    const key = [e.source, e.target, e.code, e.date, e.modality].join("|");
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// The stored and gold evidence share a run of words: the match is to the same sentence, not just the same quad.
const words = (s) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ");
function overlaps(a, b) {
  const wa = words(a),
    text = ` ${words(b).join(" ")} `;
  for (let i = 0; i + 4 <= wa.length; i++)
    if (text.includes(` ${wa.slice(i, i + 4).join(" ")} `)) return true;
  return false;
}

try {
  dyad("ingest", articlesDir);
  const stored = JSON.parse(dyad("events", "--format", "json", "--limit", "1000000"));
  const matched = []; // [gold cluster label, stored cluster id, article, evidence]
  for (const f of readdirSync(goldDir)
    .filter((f) => f.endsWith(".json") && f !== "conflicts.json")
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8"));
    const preds = dedupe(
      stored.filter((e) => basename(e.article) === gold.article).map((e) => ({ ...e, quad: quadOf(e.code) })),
    );
    const used = new Set();
    for (const g of dedupe(
      gold.events.map((e) => ({ ...e, quad: e.quad ?? quadOf(e.code), modality: e.modality ?? "asserted" })),
    )) {
      let best = -1,
        bestA = -1;
      preds.forEach((p, i) => {
        if (used.has(i) || !matches(p, g)) return;
        const a = affinity(p, g);
        if (a > bestA) {
          bestA = a;
          best = i;
        }
      });
      if (best >= 0) {
        used.add(best);
        matched.push({
          gold: g.cluster ?? `${gold.article}#${g.evidence}`,
          pred: preds[best].clusterId,
          id: preds[best].id,
          article: gold.article,
          evidence: preds[best].evidence,
          sameCode: preds[best].code === g.code,
          sameWords: overlaps(preds[best].evidence, g.evidence),
        });
      }
    }
  }
  const r3 = (x) => Math.round(x * 1000) / 1000;
  const errors = [];
  const pairwise = (events, log) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const a = events[i],
          b = events[j];
        const g = a.gold === b.gold,
          p = a.pred === b.pred && a.pred !== null;
        if (g && p) tp++;
        else if (p) {
          fp++;
          if (log)
            errors.push(
              `FALSE MERGE  ${a.gold} | ${b.gold}: ${a.evidence.slice(0, 60)} || ${b.evidence.slice(0, 60)}`,
            );
        } else if (g) {
          fn++;
          if (log)
            errors.push(
              `MISSED MERGE ${a.gold}: ${a.article} ${a.evidence.slice(0, 60)} || ${b.article} ${b.evidence.slice(0, 60)}`,
            );
        }
      }
    }
    return {
      gold_same_pairs: tp + fn,
      predicted_same_pairs: tp + fp,
      true_same_pairs: tp,
      pairwise_precision: r3(tp + fp ? tp / (tp + fp) : 1),
      pairwise_recall: r3(tp + fn ? tp / (tp + fn) : 1),
    };
  };
  // The scorer's greedy matching can pair a stored event with another gold event of the same quad that
  // dyad did not code; the second figure keeps only matches that agree on the CAMEO root code.
  const all = pairwise(matched, true);
  const sameCode = pairwise(
    matched.filter((m) => m.sameCode),
    false,
  );
  const sameWords = pairwise(
    matched.filter((m) => m.sameWords),
    false,
  );
  if (verbose) {
    errors.push("--- same-code matches only:");
    pairwise(
      matched.filter((m) => m.sameCode),
      true,
    );
  }

  // Gold conflicts that involve events dyad codes: each claim's article must hold a matched event of that cluster.
  const conflicts = JSON.parse(dyad("conflicts", "--format", "json"));
  const conflictsFile = join(goldDir, "conflicts.json");
  const goldConflicts = existsSync(conflictsFile) ? JSON.parse(readFileSync(conflictsFile, "utf8")) : [];
  const clusterOf = new Map(matched.map((m) => [`${m.article}|${m.gold}`, m.pred]));
  let required = 0,
    found = 0;
  const hit = new Set();
  for (const gc of goldConflicts) {
    const preds = gc.claims.map((c) => clusterOf.get(`${c.article}|${gc.cluster}`));
    if (preds.some((p) => !p)) {
      if (verbose) console.log(`not coded   ${gc.cluster} ${gc.attribute}`);
      continue;
    }
    required++;
    const ok = conflicts.findIndex(
      (c) =>
        c.attribute === gc.attribute &&
        preds.every((p) => p === c.cluster) &&
        gc.claims.every((gcl) => c.claims.some((cl) => basename(cl.article) === gcl.article)),
    );
    if (ok >= 0) {
      found++;
      hit.add(ok);
    }
    if (verbose) console.log(`${ok >= 0 ? "found      " : "NOT FOUND  "} ${gc.cluster} ${gc.attribute}`);
  }
  const falseAlarms = conflicts.filter((_, i) => !hit.has(i));
  // A conflict is about one event when all its claims are stored events matched to one gold cluster.
  const goldOfEvent = new Map(matched.map((m) => [m.id, m.gold]));
  const oneEvent = (c) => {
    const labels = c.claims.map((cl) => goldOfEvent.get(cl.eventId));
    return labels.every((l) => l !== undefined && l === labels[0]);
  };
  const rightConflicts = conflicts.filter(oneEvent);
  if (verbose)
    for (const c of conflicts)
      console.log(`${oneEvent(c) ? "same event " : "NOT SAME   "} ${c.attribute}: ${c.note}`);
  if (verbose) {
    for (const e of errors) console.log(e);
    for (const c of falseAlarms) console.log(`EXTRA CONFLICT ${c.attribute}: ${c.note}`);
  }
  console.log(
    JSON.stringify(
      {
        matched_events: matched.length,
        ...all,
        matched_same_code: matched.filter((m) => m.sameCode).length,
        same_code: sameCode,
        matched_same_sentence: matched.filter((m) => m.sameWords).length,
        same_sentence: sameWords,
        conflicts_required: required,
        conflicts_found: found,
        conflicts_reported: conflicts.length,
        false_alarms: falseAlarms.length,
        conflicts_about_one_event: rightConflicts.length,
        conflict_precision: conflicts.length ? r3(rightConflicts.length / conflicts.length) : null,
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
