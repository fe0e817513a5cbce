import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Filled, Group } from "../events/participants.js";
import { how, patternShape, provenance } from "./explain.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin", "dyad.js");
const run = (args: string[]) => spawnSync("node", [bin, ...args], { encoding: "utf8", cwd: root });

/** One sentence per paragraph, so each gets its own block of the report. */
const SENTENCES = [
  "The Kenyan delegation was received by Ghana last May.",
  "Spain deported several Moroccans.",
  "Kenya called on Uganda to act.",
  "Pakistan agreed to buy jets from China.",
  "The Indian visit to Japan impressed Tokyo.",
  "A Peruvian jet crashed into the sea near Chile.",
  "Chile\u001b[31m signed a trade deal with Peru.",
  "Kenya returned them to Uganda.",
  "Kenya ordered its troops to be withdrawn from Russia.",
  "Kenya has requested an urgent meeting of the African Union.",
];

let blocks: string[] = [];
let plain = "";

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-explain-"));
  const file = join(dir, "article.txt");
  writeFileSync(file, `Notes\n\n${SENTENCES.join("\n\n")}\n`);
  const r = run(["extract", file, "--explain", "--tree"]);
  expect(r.status).toBe(0);
  // Block k+1 is sentence k: block 0 is the heading "Notes".
  blocks = r.stdout.split(/\n(?=\[\d+\] )/).slice(2);
  plain = run(["extract", file, "--explain"]).stdout;
}, 60_000);

describe("dyad extract --explain", () => {
  it.each([
    [
      "a passive's agent comes from the tree's by-phrase",
      0,
      'target "Ghana": slot subject via tree obl:by (passive agent)',
    ],
    ["a passive's subject is its object", 0, "slot object via tree nsubj:pass"],
    [
      "a hand-written rule names its file",
      0,
      'rule host.receive on "received": hand-written, data/lexicon/events.json',
    ],
    [
      "a verb-dictionary rule names family, verb and line",
      1,
      'verb dictionary: family DEPORT, verb "deport", the verb alone (family default), CAMEO.2.0.txt:',
    ],
    ["a subject from the tree names its relation", 1, 'source "Spain": slot subject via tree nsubj'],
    ["the word-order guess is labelled", 2, 'target "Uganda": slot next via word-order fallback'],
    ["an infinitive's doer is its controller", 3, 'xcomp controller (subject of "agreed")'],
    ["a verb absorbed by the one it governs says so", 3, "skipped verb.agree@CAMEO.2.0.txt:"],
    ["…and why", 3, 'absorbed by governed "buy"'],
    [
      "a verb of motion with an object says it moves a thing",
      7,
      'skipped visit.travel "returned them to": a verb of motion with an object ("them")',
    ],
    [
      "a verb that governs a clause says it is a directive",
      8,
      'skipped purchase.order "ordered": a verb that governs a clause ("withdrawn")',
    ],
    [
      "a perfect 'have' says whose auxiliary it is",
      9,
      'skipped talks.hold "has requested an urgent meeting": "have" is the auxiliary of "requested"',
    ],
    [
      "a candidate without a doer says what was tried",
      4,
      "no actor in the source position (subject: no actor as subject in the tree)",
    ],
    ["a possessor from the tree", 4, 'source "Indian": slot possessor via tree amod'],
    ["a blocking pattern gives its line", 5, "blocked by pattern at CAMEO.2.0.txt:"],
    ["…and its shape", 5, "pattern * (INTO sea) [---]"],
    ["a preposition on the object", 6, 'via tree obj "deal" → nmod[with]'],
    ["--tree prints the arcs", 1, "tree: Spain —nsubj→ deported"],
  ])("%s", (_, sentence, expected) => {
    expect(blocks[sentence]).toContain(SENTENCES[sentence]!.slice(0, 5));
    expect(blocks[sentence]).toContain(expected);
  });

  it("keeps untrusted text plain: no control characters", () => {
    expect(blocks[6]).toContain("Chile [31m signed");
    // eslint-disable-next-line no-control-regex -- the test looks for control characters (all but \n) in the output
    expect(blocks.join("")).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it("prints the arcs only with --tree", () => {
    expect(plain).toContain("EVENT ESP->MAR 17");
    expect(plain).not.toContain("tree: ");
  });

  it("refuses --tree without --explain", () => {
    const r = run(["extract", "-", "--tree"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--tree goes with --explain");
  });
});

const group = { first: 0, last: 0, mentions: [] } as Group;

describe("explain wording", () => {
  it.each<[string, Filled, string]>([
    [
      "tree relation",
      { group, slot: "subject", how: { by: "tree", relation: "nsubj" } },
      "slot subject via tree nsubj",
    ],
    [
      "word order where the tree had no actor",
      { group, slot: "subject", how: { by: "word-order", slot: "subject", passive: false, tree: "empty" } },
      "slot subject via word-order fallback (no actor as subject in the tree)",
    ],
    [
      "word order of a passive",
      { group, slot: "subject", how: { by: "word-order", slot: "by", passive: true, tree: "none" } },
      "slot subject via word-order fallback (the tree does not answer subject as by, passive)",
    ],
  ])("%s", (_, filled, expected) => {
    expect(how(filled)).toBe(expected);
  });

  it.each([
    [{ before: [["&aircraft"]], after: [], preps: [], blocks: true }, "&aircraft * [---]"],
    [
      { before: [], after: [["talks"]], preps: [{ prep: "with", object: null }], blocks: false },
      "* talks (WITH)",
    ],
  ])("pattern %j reads %s", (p, expected) => {
    expect(patternShape(p)).toBe(expected);
  });

  it.each([
    [
      {
        kind: "verb",
        family: "DEPORT",
        verb: "deport",
        pattern: null,
        file: "CAMEO.2.0.txt",
        line: 12,
      } as const,
      'verb dictionary: family DEPORT, verb "deport", the verb alone (family default), CAMEO.2.0.txt:12',
    ],
    [
      { kind: "lexicon", file: "/elsewhere/lexicon/mine.json" } as const,
      "hand-written, /elsewhere/lexicon/mine.json",
    ],
  ])("provenance %#", (origin, expected) => {
    expect(provenance(origin)).toBe(expected);
  });
});
