#!/usr/bin/env node
// Where the shipped parser goes wrong on one relation of a treebank, with gold tokens: each gold
// word of that relation it misses, by kind (right head with another label, wrong head with the right
// label, both wrong, and whether the word's or its head's part of speech was mistagged), and each
// word it gives that relation wrongly, by the gold relation; then where the root word lands against
// the gold root (an early root falls to its left). For choosing what to change next in the parser.
// Needs ../shared/treebanks and a build.
//
//   node scripts/parser-errors.mjs [--treebank FILE] [--rel nsubj] [--model FILE] [--examples N]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { root, syntaxLib } from "./syntax-lib.mjs";
import { arg } from "./script-args.mjs";

const { readConllu } = await syntaxLib("conllu.js");
const { loadSyntaxModel } = await syntaxLib("load-syntax-model.js");
const { parseWords } = await syntaxLib("parse-words.js");

const file = resolve(arg("treebank", join(root, "../shared/treebanks/en-pud/en_pud-ud-test.conllu")));
const rel = arg("rel", "nsubj");
const examples = Number(arg("examples", "0"));
const model = loadSyntaxModel(arg("model", undefined));
if (!existsSync(file)) {
  console.error(`parser-errors: no treebank at ${file} (give one with --treebank FILE)`);
  process.exit(2);
}
const sentences = readConllu(readFileSync(file, "utf8"));

const kinds = new Map();
const bump = (k) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
const shown = [];
let gold = 0;
let predicted = 0;
let correct = 0;
const rootAt = { right: 0, left: 0, after: 0 };
const wordsWrong = { rightRoot: 0, wrongRoot: 0 };
for (const s of sentences) {
  const forms = s.words.map((w) => w.form);
  const parsed = parseWords(model, forms);
  const form = (head) => (head > 0 ? forms[head - 1] : "ROOT");
  s.words.forEach((w, k) => {
    const p = parsed[k];
    const head = p.head + 1;
    const isGold = w.rel === rel;
    const isPredicted = p.rel === rel;
    if (isGold) gold++;
    if (isPredicted) predicted++;
    if (isGold && isPredicted && head === w.head) return void correct++;
    if (isGold) {
      const what =
        head === w.head
          ? `right head, labelled ${p.rel}`
          : isPredicted
            ? "wrong head"
            : `wrong head, labelled ${p.rel}`;
      const tag =
        p.upos !== w.upos
          ? "word mistagged"
          : w.head > 0 && parsed[w.head - 1].upos !== s.words[w.head - 1].upos
            ? "head mistagged"
            : "tags right";
      bump(`missed: ${what}; ${tag}`);
      if (shown.length < examples)
        shown.push(`missed ${w.form} → ${form(w.head)} (parsed → ${form(head)} ${p.rel}) | ${s.text}`);
    } else if (isPredicted) {
      bump(`given wrongly: gold ${w.rel}${head === w.head ? ", same head" : ""}`);
      if (shown.length < examples)
        shown.push(`given ${w.form} → ${form(head)} (gold ${w.rel} → ${form(w.head)}) | ${s.text}`);
    }
  });
  const r = parsed.findIndex((p) => p.head === -1);
  const g = s.words.findIndex((w) => w.head === 0);
  const wrong = parsed.filter((p, k) => p.head + 1 !== s.words[k].head).length;
  if (r === g) {
    rootAt.right++;
    wordsWrong.rightRoot += wrong;
  } else {
    rootAt[r < g ? "left" : "after"]++;
    wordsWrong.wrongRoot += wrong;
  }
}
const pct = (x) => (100 * x).toFixed(1);
if (gold + predicted === 0) {
  console.error(`parser-errors: neither the treebank nor the parser uses the relation "${rel}"`);
  process.exit(2);
}
console.log(`${file}: ${sentences.length} sentences`);
console.log(
  `${rel}: gold ${gold}, parsed ${predicted}, right ${correct}, attachment F1 ${pct((2 * correct) / (gold + predicted))}`,
);
console.log("\n| error | words |\n|---|---:|");
for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${v} |`);
const wrongRoots = rootAt.left + rootAt.after;
console.log(
  `\nroot word: right in ${rootAt.right} sentences; left of the gold root in ${rootAt.left}, right of it in ${rootAt.after}; ` +
    `words with a wrong head per sentence: ${(wordsWrong.rightRoot / (rootAt.right || 1)).toFixed(2)} with the right root, ${(wordsWrong.wrongRoot / (wrongRoots || 1)).toFixed(2)} with a wrong one`,
);
if (shown.length) console.log(`\n${shown.join("\n")}`);
