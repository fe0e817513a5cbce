#!/usr/bin/env node
// Scores `dyad extract` on one split of the real-news evaluation set with the shared scorer.
// The articles are materialised into a temporary folder (they may not be copied into the
// repository) and removed afterwards.
//
//   node scripts/news-set/score.mjs --split dev [--verbose] [--json]
//   node scripts/news-set/score.mjs --split test [--log]     (totals only; --log appends them to test/README.md)
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { arg, flag } from "../script-args.mjs";

const root = resolve(new URL("../..", import.meta.url).pathname);
const shared = resolve(arg("shared", join(root, "../shared")));
const split = arg("split", "dev");
if (!["dev", "test"].includes(split)) {
  console.error("usage: score.mjs --split dev|test [--verbose] [--json] [--log]");
  process.exit(2);
}
if (!existsSync(join(shared, "tools/score-events.mjs"))) {
  console.error(`${shared}: the shared folder (scorer and news corpus) is not there; nothing to score`);
  process.exit(2);
}
// The test split is frozen: its misses are never printed, so nobody writes rules from them.
const verbose = flag("verbose") && split === "dev";
const cmd = arg("cmd", `node ${join(root, "bin/dyad.js")} extract --format jsonl`);

const work = mkdtempSync(join(tmpdir(), `dyad-news-${split}-`));
try {
  execFileSync(
    process.execPath,
    [
      join(root, "scripts/news-set/materialise.mjs"),
      "--split",
      split,
      "--out",
      work,
      "--corpus",
      join(shared, "corpus/news/articles.jsonl"),
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const scorer = [
    join(shared, "tools/score-events.mjs"),
    "--gold",
    join(root, `test-data/news/${split}/gold`),
    "--articles",
    work,
    "--cmd",
    cmd,
  ];
  if (flag("log") && split === "test") {
    const { totals } = JSON.parse(
      execFileSync(process.execPath, [...scorer, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }),
    );
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "src", "data"], {
      cwd: root,
      encoding: "utf8",
    }).trim()
      ? "+"
      : "";
    const t = totals;
    const row = `| ${new Date().toISOString().slice(0, 10)} | ${commit}${dirty} | ${t.gold} | ${t.predicted} | ${t.matched} | ${t.precision} | ${t.recall} | ${t.f1} | ${t.code_accuracy} | ${t.date_accuracy} | ${t.modality_accuracy} |`;
    appendFileSync(join(root, "test-data/news/test/README.md"), `${row}\n`);
    console.log(JSON.stringify(totals, null, 2));
    console.log(`logged: ${row}`);
  } else {
    const extra = flag("json") ? ["--json"] : verbose ? ["--verbose", "1"] : [];
    const out = execFileSync(process.execPath, [...scorer, ...extra], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    process.stdout.write(
      split === "test" && !flag("json")
        ? out
            .split("\n")
            .filter((l) => !l.startsWith("g5w1h-") && !l.startsWith("bbc-"))
            .join("\n")
        : out,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
