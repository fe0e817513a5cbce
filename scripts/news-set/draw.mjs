#!/usr/bin/env node
// Draws the candidate articles of the real-news evaluation set from ../shared/corpus/news by a
// seeded shuffle, so anyone can redraw the same list. Which candidates name two states is the
// annotators' call (test-data/news/scope.json), never dyad's.
//
//   node scripts/news-set/draw.mjs [--corpus FILE] [--out test-data/news/candidates.json]
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { shuffler } from "./seeded.mjs";
import { arg } from "../script-args.mjs";

const corpus = resolve(arg("corpus", "../shared/corpus/news/articles.jsonl"));
const out = resolve(arg("out", "test-data/news/candidates.json"));
const SEED = 20261203;

const shuffled = shuffler(SEED);

const partOf = (id) => (id.startsWith("bbc-") ? "bbc" : id.split("-")[1]);
const articles = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .sort((a, b) => a.id.localeCompare(b.id));

// The pool: the world and politics sections, and the Google News and gold standard articles that
// carry no section (their topics are news of the day). Sport, business, entertainment, science and
// technology are left out.
const pool = articles.filter(
  (a) =>
    a.section === "world" ||
    a.section === "politics" ||
    partOf(a.id) === "google_news" ||
    (partOf(a.id) === "gold_standard" && a.section === null),
);

// Event clusters for the cross-source part: labels whose topic is an interaction between states,
// chosen by reading the labels. Up to five articles of each are drawn.
const CLUSTERS = [
  "north_Korea_hokkaido_missile",
  "north_korea_received_oil_from_russia_in_violation_of_un_sanctions_report",
  "kim_jong_un_offers_rare_olive_branch_to_south_korea",
  "israel_indicts_palestinian_teenage_girl_who_punched_soldier_army",
  "truck_attack_in_nice",
  "consulate attack",
  "North Korea Missile",
];
const PER_CLUSTER = 5;
// Single articles per part, at most three per cluster label, so no topic dominates.
const SINGLES = { news_cluster: 30, gold_standard: 8, google_news: 6, bbc: 20 };
const PER_LABEL = 3;

const candidates = [];
for (const label of CLUSTERS) {
  const members = shuffled(pool.filter((a) => a.cluster === label)).slice(0, PER_CLUSTER);
  for (const a of members) candidates.push({ ...describe(a), stratum: "cluster" });
}
const taken = new Set(candidates.map((c) => c.id));
for (const [part, count] of Object.entries(SINGLES)) {
  const perLabel = new Map(CLUSTERS.map((label) => [label, PER_LABEL]));
  let n = 0;
  for (const a of shuffled(pool.filter((a) => partOf(a.id) === part && !taken.has(a.id)))) {
    if (n === count) break;
    if (a.cluster && (perLabel.get(a.cluster) ?? 0) >= PER_LABEL) continue;
    if (a.cluster) perLabel.set(a.cluster, (perLabel.get(a.cluster) ?? 0) + 1);
    candidates.push({ ...describe(a), stratum: "single" });
    taken.add(a.id);
    n++;
  }
}

// Later rounds, drawn when the ones before yielded fewer gold events than the set needs (600):
// more members of the same news clusters (more reports of one event to merge) and more single
// world articles, each by a generator of its own so that earlier rounds stay exactly as they were.
function drawRound(round, seed, perCluster, singles, perLabel) {
  const shuffle = shuffler(seed);
  for (const label of CLUSTERS) {
    for (const a of shuffle(pool.filter((a) => a.cluster === label && !taken.has(a.id))).slice(
      0,
      perCluster,
    )) {
      candidates.push({ ...describe(a), stratum: "cluster", round });
      taken.add(a.id);
    }
  }
  let n = 0;
  const drawn = new Map();
  for (const c of candidates) if (c.cluster) drawn.set(c.cluster, (drawn.get(c.cluster) ?? 0) + 1);
  for (const a of shuffle(
    pool.filter((a) => partOf(a.id) === "news_cluster" && a.section === "world" && !taken.has(a.id)),
  )) {
    if (n === singles) break;
    if (CLUSTERS.includes(a.cluster) || (drawn.get(a.cluster) ?? 0) >= perLabel) continue;
    drawn.set(a.cluster, (drawn.get(a.cluster) ?? 0) + 1);
    candidates.push({ ...describe(a), stratum: "single", round });
    taken.add(a.id);
    n++;
  }
}
drawRound(2, SEED + 1, 3, 10, PER_LABEL + 1);
drawRound(3, SEED + 2, 2, 6, PER_LABEL + 2);

function describe(a) {
  return {
    id: a.id,
    part: partOf(a.id),
    section: a.section,
    cluster: a.cluster ?? null,
    publisher: a.publisher ?? null,
    published: a.published ?? null,
    chars: a.text.length,
  };
}

writeFileSync(
  out,
  JSON.stringify({ seed: SEED, corpus: "corpus/news/articles.jsonl", candidates }, null, 2) + "\n",
);
console.log(`${candidates.length} candidates written to ${out}`);
