#!/usr/bin/env node
// Builds the real-news evaluation set from the annotators' work: keeps the candidates the settled
// judgement says name two states, splits them into dev (about two thirds) and test by a seeded
// shuffle of whole units (a news cluster stays in one split), and writes set.json, the settled gold
// per split, and the two independent codings (kept for the agreement figures).
//
//   node scripts/news-set/build-set.mjs --annotations DIR   (DIR holds A/, B/ and settled/ with <id>.json)
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { shuffler } from "./seeded.mjs";
import { arg } from "../script-args.mjs";

const from = arg("annotations");
if (!from) {
  console.error("usage: build-set.mjs --annotations DIR");
  process.exit(2);
}
const here = resolve(new URL("../../test-data/news/", import.meta.url).pathname);
const SEED = 20261204;
const TEST_SHARE = 1 / 3;

const shuffled = shuffler(SEED);

const { candidates } = JSON.parse(readFileSync(join(here, "candidates.json"), "utf8"));
const settled = (id) => JSON.parse(readFileSync(join(from, "settled", `${id}.json`), "utf8"));
const kept = candidates.filter((c) => settled(c.id).scope?.two_states === true);

// Units: a news cluster of the cross-source part, or one article.
const units = new Map();
for (const c of kept) {
  const key = c.stratum === "cluster" ? `cluster:${c.cluster}` : c.id;
  units.set(key, [...(units.get(key) ?? []), c]);
}
const clusterUnits = shuffled([...units.keys()].filter((k) => k.startsWith("cluster:")).sort());
const singleUnits = shuffled([...units.keys()].filter((k) => !k.startsWith("cluster:")).sort());
const testUnits = new Set(clusterUnits.slice(0, Math.round(clusterUnits.length * TEST_SHARE)));
let testCount = [...testUnits].reduce((n, k) => n + units.get(k).length, 0);
for (const k of singleUnits) {
  if (testCount >= kept.length * TEST_SHARE) break;
  testUnits.add(k);
  testCount += units.get(k).length;
}

const articles = [];
for (const [key, members] of units) {
  for (const c of members)
    articles.push({
      id: c.id,
      split: testUnits.has(key) ? "test" : "dev",
      stratum: c.stratum,
      cluster: c.cluster,
      publisher: c.publisher,
      published: c.published,
      chars: c.chars,
    });
}
articles.sort((a, b) => a.split.localeCompare(b.split) || a.id.localeCompare(b.id));

for (const dir of ["dev/gold", "test/gold", "annotations/A", "annotations/B"]) {
  rmSync(join(here, dir), { recursive: true, force: true });
  mkdirSync(join(here, dir), { recursive: true });
}
for (const a of articles)
  copyFileSync(join(from, "settled", `${a.id}.json`), join(here, a.split, "gold", `${a.id}.json`));
for (const c of candidates) {
  for (const who of ["A", "B"])
    copyFileSync(join(from, who, `${c.id}.json`), join(here, "annotations", who, `${c.id}.json`));
}
const excluded = candidates
  .filter((c) => !kept.includes(c))
  .map((c) => ({ id: c.id, reason: settled(c.id).scope?.note ?? "names fewer than two states" }));
writeFileSync(join(here, "set.json"), JSON.stringify({ seed: SEED, articles, excluded }, null, 2) + "\n");
const count = (s) => articles.filter((a) => a.split === s).length;
const events = (s) =>
  articles.filter((a) => a.split === s).reduce((n, a) => n + settled(a.id).events.length, 0);
console.log(
  `set: ${articles.length} articles (dev ${count("dev")}, test ${count("test")}), ${events("dev") + events("test")} gold events (dev ${events("dev")}, test ${events("test")}); ${excluded.length} candidates excluded`,
);
