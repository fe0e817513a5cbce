/** --article-seconds and --article-megabytes: the time and memory one article may take to code. */
import type { Command } from "commander";
import { DEFAULT_BUDGET, type Budget } from "../ingest/coding-thread.js";
import { parseCount } from "./store-options.js";
import { UsageError } from "./usage-error.js";

export function addBudgetOptions(c: Command): Command {
  return c
    .option(
      "--article-seconds <n>",
      "an article still coding after this many seconds is stopped and reported failed",
      String(DEFAULT_BUDGET.seconds),
    )
    .option(
      "--article-megabytes <n>",
      "an article needing more memory than this to code is stopped and reported failed",
      String(DEFAULT_BUDGET.megabytes),
    );
}

export function budgetOf(o: { articleSeconds?: string; articleMegabytes?: string }): Budget {
  const seconds = parseCount("article-seconds", o.articleSeconds, DEFAULT_BUDGET.seconds);
  const megabytes = parseCount("article-megabytes", o.articleMegabytes, DEFAULT_BUDGET.megabytes);
  if (seconds < 1) throw new UsageError("--article-seconds must be at least 1");
  // The dictionaries and the language model alone take about 150 MB of heap.
  if (megabytes < 256) throw new UsageError("--article-megabytes must be at least 256");
  return { seconds, megabytes };
}
