import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HAS_SHARED, SHARED } from "../test-support/shared.js";
import { createExtractor, extract } from "./extract.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Asynchronous, so the test worker's event loop keeps answering vitest while a scorer runs for a minute.
const run = async (cmd: string, args: string[]): Promise<string> =>
  (await promisify(execFile)(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20 })).stdout;
/**
 * The F1 reached on the seed articles when this floor was set; quality may not fall below it. It was 0.89
 * before coding moved onto the parse and the PETRARCH verb dictionary (0.895 → 0.839), which the real-news
 * yardstick below measures as a gain (F1 0.265 → 0.348): the seeds were tuned against and measure less.
 */
const F1_FLOOR = 0.84;
/**
 * The same on test-data/devset: other states, voices and wording than the seeds. 0.57 until several
 * subjects' intent stopped being paired among them unless done together (0.571 → 0.567): one match lost
 * was a pair coded 030 for a gold statement (01), matched by its quad only.
 */
const DEV_F1_FLOOR = 0.56;
/**
 * Floors on the dev part of the real-news set (test-data/news), just under the figures last reached
 * (F1 0.592, P 0.818, R 0.464; date accuracy 0.679).
 */
const NEWS = { f1: 0.59, precision: 0.815, recall: 0.46, date: 0.675 };

describe.skipIf(!HAS_SHARED)("against ../shared", () => {
  it("scores at least the recorded F1 on the seed articles with the shared scorer", async () => {
    const out = await run("node", [
      `${SHARED}tools/score-events.mjs`,
      "--gold",
      `${SHARED}gold/seeds`,
      "--articles",
      `${SHARED}corpus/seeds`,
      "--cmd",
      `node ${root}bin/dyad.js extract --format jsonl`,
      "--json",
    ]);
    const { totals } = JSON.parse(out) as { totals: Record<string, number> };
    expect(totals.errors).toBe(0);
    expect(totals.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(totals.precision).toBeGreaterThanOrEqual(0.65);
    expect(totals.date_accuracy).toBeGreaterThanOrEqual(0.7);
    expect(totals.code_accuracy).toBeGreaterThanOrEqual(0.6);
  }, 120_000);

  it("scores at least the recorded F1 on the project's own development set (other states and voices)", async () => {
    const out = await run("node", [
      `${SHARED}tools/score-events.mjs`,
      "--gold",
      `${root}test-data/devset/gold`,
      "--articles",
      `${root}test-data/devset/articles`,
      "--cmd",
      `node ${root}bin/dyad.js extract --format jsonl`,
      "--json",
    ]);
    const { totals } = JSON.parse(out) as { totals: Record<string, number> };
    expect(totals.errors).toBe(0);
    expect(totals.f1).toBeGreaterThanOrEqual(DEV_F1_FLOOR);
    expect(totals.precision).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it("holds its figures on the dev part of the real-news evaluation set", async () => {
    const out = await run("node", [`${root}scripts/news-set/score.mjs`, "--split", "dev", "--json"]);
    const { totals } = JSON.parse(out) as { totals: Record<string, number> };
    expect(totals.errors).toBe(0);
    expect(totals.gold).toBeGreaterThan(300);
    expect(totals.f1).toBeGreaterThanOrEqual(NEWS.f1);
    expect(totals.precision).toBeGreaterThanOrEqual(NEWS.precision);
    expect(totals.recall).toBeGreaterThanOrEqual(NEWS.recall);
    expect(totals.date_accuracy).toBeGreaterThanOrEqual(NEWS.date);
  }, 300_000);

  it("merges the seed events as the gold cluster labels do, and finds the gold conflicts among coded events without false alarms", async () => {
    const out = await run("node", [
      `${root}scripts/score-clusters.mjs`,
      "--gold",
      `${SHARED}gold/seeds`,
      "--articles",
      `${SHARED}corpus/seeds`,
    ]);
    const score = JSON.parse(out) as Record<string, number> & { same_sentence: Record<string, number> };
    // The targets of issue 4 (0.8), on gold events matched to a record of their own sentence: there a merge
    // or a split is dyad's decision. Over every match the shared scorer makes, the helicopter-sale records
    // that dyad rightly merges are paired with gold exercise records of the same dyad and quad, which dyad
    // no longer codes with a partner the sentence does not give, and count as false merges (0.444 since).
    expect(score.same_sentence.pairwise_precision).toBeGreaterThanOrEqual(0.8);
    expect(score.same_sentence.pairwise_recall).toBeGreaterThanOrEqual(0.8);
    expect(score.pairwise_recall).toBeGreaterThanOrEqual(0.8);
    expect(score.conflicts_found).toBe(score.conflicts_required);
    expect(score.conflicts_required).toBeGreaterThan(0);
    expect(score.false_alarms).toBeLessThanOrEqual(score.conflicts_found ?? 0);
  }, 120_000);

  it("extracts every article of the news corpus without throwing, with offsets that match the evidence", async () => {
    const lines = readFileSync(`${SHARED}corpus/news/articles.jsonl`, "utf8").split("\n").filter(Boolean);
    const extractor = createExtractor();
    let events = 0;
    for (const [i, line] of lines.entries()) {
      // Let the worker answer vitest between articles: the whole corpus takes about a minute.
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      const r = JSON.parse(line) as { id: string; text: string; published: string | null };
      const x = extract(r.text, { id: r.id, published: r.published, extractor });
      for (const e of x.events) expect(x.article.text.slice(e.start, e.end)).toBe(e.evidence);
      events += x.events.length;
    }
    expect(lines.length).toBeGreaterThan(2000);
    expect(events).toBeGreaterThan(0);
  }, 300_000);
});
