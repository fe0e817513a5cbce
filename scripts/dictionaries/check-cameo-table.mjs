#!/usr/bin/env node
// Checks dyad's CAMEO table (data/cameo/codes.json) against the codes a PETRARCH verb dictionary
// uses: every code in a pattern's `[...]` (both halves of `[a:b]`) must be in the table. Codes the
// table lacks are listed with their lines; so are the codes PETRARCH uses that are not CAMEO codes at
// all, and bracket contents that are not codes.
// Also checks the table itself: sorted, no duplicates, every sub-code's parent present.
//
//   check-cameo-table.mjs [--dict ../shared/dictionaries/petrarch2/CAMEO.2.0.txt]
//
// Exits 1 when a used code is missing from the table or the table is malformed.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { arg } from "../script-args.mjs";

const root = resolve(new URL("../..", import.meta.url).pathname);
const dict = resolve(arg("dict", resolve(root, "../shared/dictionaries/petrarch2/CAMEO.2.0.txt")));
const table = JSON.parse(readFileSync(resolve(root, "data/cameo/codes.json"), "utf8"));
const known = new Set(table.map((c) => c.code));

// Codes PETRARCH's verb files use that the CAMEO 1.1b3 codebook does not define (the codebook's
// 121 has only 1211 and 1212, its 10x stops at 108, ...): reported with their lines, not failed on.
const NOT_CAMEO = new Set(["0110", "0330", "0357", "0732", "109", "1213", "1214", "1641", "1642", "1643"]);

const problems = [];
table.forEach((c, i) => {
  if (i > 0 && table[i - 1].code >= c.code) problems.push(`table: "${c.code}" out of order or repeated`);
  if (c.code.length > 2 && !known.has(c.code.slice(0, c.code.length - 1)) && !known.has(c.code.slice(0, 2)))
    problems.push(`table: "${c.code}" has no parent`);
});

const missing = new Map(); // code -> line numbers
const outside = new Map(); // codes in NOT_CAMEO -> line numbers
const notCodes = []; // bracket contents that are no CAMEO code: [line, text]
const used = new Set();
readFileSync(dict, "utf8")
  .split("\n")
  .forEach((raw, i) => {
    const line = raw.replace(/#.*/, ""); // comments name verbs and coders, not codes
    for (const [, inside] of line.matchAll(/\[([^\]]*)\]/g)) {
      // `[a:b]` codes a and b; `---` is the null code; a trailing `!` is a PETRARCH flag, not part of the code.
      for (const part of inside.split(":").map((p) => p.trim().replace(/!$/, ""))) {
        if (part === "" || part === "---") continue;
        if (!/^\d{2,4}$/.test(part)) {
          notCodes.push([i + 1, `[${inside}]`]);
          continue;
        }
        used.add(part);
        const into = known.has(part) ? null : NOT_CAMEO.has(part) ? outside : missing;
        into?.set(part, [...(into.get(part) ?? []), i + 1]);
      }
    }
  });

for (const p of problems) console.log(p);
for (const [code, lines] of [...missing].sort()) console.log(`missing: ${code} (lines ${lines.join(", ")})`);
for (const [code, lines] of [...outside].sort())
  console.log(`not a CAMEO 1.1b3 code: ${code} (lines ${lines.join(", ")})`);
for (const [line, text] of notCodes) console.log(`not a CAMEO code: ${text} (line ${line})`);
console.log(
  `${dict}: ${used.size} distinct codes used, ${missing.size} missing from data/cameo/codes.json (${table.length} codes)`,
);
process.exit(problems.length || missing.size ? 1 : 0);
