// The main job on the bundled example corpus: code the articles, store them, and show the India–China relationship.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const corpus = join(root, "examples", "corpus");
const db = join(mkdtempSync(join(tmpdir(), "dyad-demo-")), "demo.db");
const dyad = (...args) => {
  console.log(`\n$ dyad ${args.join(" ")}`);
  execFileSync("node", [join(root, "bin", "dyad.js"), ...args], { stdio: "inherit" });
};

dyad("extract", join(corpus, "2024-10-25-capital-chronicle.txt"), "--format", "table");
dyad("ingest", corpus, "--db", db);
dyad("dyad", "IND", "CHN", "--db", db);
dyad("events", "--db", db, "--dyad", "IND-CHN", "--since", "2024", "--limit", "8");
dyad("actors", "--db", db, "--limit", "5");
dyad("search", "Galwan", "--db", db, "--limit", "2");
console.log(`\nThe database is ${db}; try more queries on it (see README "Usage").`);
