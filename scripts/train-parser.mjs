#!/usr/bin/env node
// Trains dyad's part-of-speech tagger and dependency parser on UD English-EWT (train; settings were
// chosen on dev) and writes data/models/syntax.bin. Seeded: the same treebank and settings give
// the same bytes. Needs ../shared/treebanks and a build (npm run train:parser does both).
//
//   node scripts/train-parser.mjs [--treebanks DIR] [--out FILE] [--quick]
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { root, syntaxLib } from "./syntax-lib.mjs";
import { arg, flag } from "./script-args.mjs";

const { readConllu } = await syntaxLib("conllu.js");
const { trainTagger, jackknifeTags, trainParser, jointTag } = await syntaxLib("train.js");
const { coarseTags } = await syntaxLib("dependency-parser.js");
const { CompactModel } = await syntaxLib("compact-model.js");
const { encodeSyntaxModel, decodeSyntaxModel } = await syntaxLib("model-file.js");
const { tagSentence } = await syntaxLib("tagger.js");
const { parseSentence, parserInput } = await syntaxLib("dependency-parser.js");
const { treebankScores } = await syntaxLib("evaluate.js");

const treebanks = resolve(arg("treebanks", join(root, "../shared/treebanks")));
const out = resolve(arg("out", join(root, "data/models/syntax.bin")));
const quick = flag("quick");
// Chosen on EWT dev (see data/models/README.md for the measurements behind them).
const SETTINGS = {
  seed: 20261203,
  taggerIterations: quick ? 2 : 12,
  jackknifeFolds: quick ? 2 : 5,
  parserIterations: quick ? 2 : 12,
  // Parsers trained with different seeds whose weights are summed: a linear model, so the sum
  // scores exactly as the ensemble would, at the run-time cost of one model.
  parsers: quick ? 1 : 2,
  exploreFrom: 1,
  explore: 0.9,
  // Averaged weights below this magnitude are dropped from the shipped model.
  prune: 0.5,
};

const log = (s) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const read = (f) => readConllu(readFileSync(join(treebanks, "en-ewt", f), "utf8"));
const train = read("en_ewt-ud-train.conllu");
const dev = read("en_ewt-ud-dev.conllu");
const tags = [...new Set(train.flatMap((s) => s.words.map(jointTag)))].sort();
const labels = [...new Set(train.flatMap((s) => s.words.map((w) => w.rel)))].sort();
log(`EWT train: ${train.length} sentences, ${tags.length} tags, ${labels.length} relations`);

const tagger = trainTagger(train, tags, SETTINGS.taggerIterations, SETTINGS.seed);
const taggerModel = CompactModel.fromRows(tags.length, tagger.perceptron.averaged(SETTINGS.prune / 10));
log(`tagger: ${tagger.perceptron.features} features`);
const trainTags = jackknifeTags(
  train,
  tags,
  SETTINGS.jackknifeFolds,
  SETTINGS.taggerIterations,
  SETTINGS.seed + 1,
);
log("jack-knifed tags for the parser's training data");

const devTags = dev.map((s) =>
  tagSentence(
    { scorer: taggerModel, tags, dictionary: tagger.dictionary },
    s.words.map((w) => w.form),
  ),
);
const coarse = coarseTags(tags);
const measure = (scorer) =>
  treebankScores(dev, (forms, i) => {
    const r = parseSentence({ scorer, labels }, parserInput(forms, devTags[i], coarse), forms.length);
    return {
      heads: r.heads.subarray(1),
      rels: [...r.labels.subarray(1, forms.length + 1)].map((l) => labels[l]),
    };
  });
const summed = new Map();
for (let p = 0; p < SETTINGS.parsers; p++) {
  const perceptron = trainParser(train, trainTags, tags, labels, {
    iterations: SETTINGS.parserIterations,
    seed: SETTINGS.seed + 2 + p,
    exploreFrom: SETTINGS.exploreFrom,
    explore: SETTINGS.explore,
    after: (it, q) =>
      log(
        `parser ${p + 1}/${SETTINGS.parsers}, iteration ${it + 1}/${SETTINGS.parserIterations}: ${q.features} features`,
      ),
  });
  for (const row of perceptron.averaged(0)) {
    const into = summed.get(row.key) ?? new Map();
    row.cls.forEach((c, j) => into.set(c, (into.get(c) ?? 0) + row.w[j] / SETTINGS.parsers));
    summed.set(row.key, into);
  }
  if (SETTINGS.parsers > 1)
    log(
      `parser ${p + 1} alone on dev: LAS ${measure(CompactModel.fromRows(2 + 2 * labels.length, perceptron.averaged(SETTINGS.prune))).las.toFixed(4)}`,
    );
}
const rows = [];
for (const [key, m] of [...summed].sort((a, b) => a[0] - b[0])) {
  const kept = [...m].filter(([, w]) => Math.abs(w) >= SETTINGS.prune).sort((a, b) => a[0] - b[0]);
  if (kept.length) rows.push({ key, cls: kept.map(([c]) => c), w: kept.map(([, w]) => w) });
}
const parserModel = CompactModel.fromRows(2 + 2 * labels.length, rows);
const dev1 = measure(parserModel);
log(`EWT dev with predicted tags: UAS ${dev1.uas.toFixed(4)} LAS ${dev1.las.toFixed(4)}`);

const provenance = {
  treebank: "UD English-EWT (train), CC BY-SA 4.0, Universal Dependencies",
  settings: SETTINGS,
  trainSha256: createHash("sha256")
    .update(readFileSync(join(treebanks, "en-ewt/en_ewt-ud-train.conllu")))
    .digest("hex"),
  dev: { uas: Number(dev1.uas.toFixed(4)), las: Number(dev1.las.toFixed(4)) },
};
const bytes = encodeSyntaxModel({
  tags,
  labels,
  dictionary: tagger.dictionary,
  tagger: taggerModel,
  parser: parserModel,
  provenance,
});
decodeSyntaxModel(bytes);
writeFileSync(out, bytes);
log(
  `wrote ${out}: ${(bytes.length / 1048576).toFixed(1)} MiB, sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`,
);
