/** `dyad extract FILE...`: codes the events of each article and prints them. */
import type { EventRecord, Message } from "../domain/types.js";
import { OUTPUT_FORMATS, isOneOf, type OutputFormat } from "../domain/vocabulary.js";
import { startCoder } from "../ingest/coding-thread.js";
import { budgetOf } from "./budget-options.js";
import { readInput } from "../read/read-file.js";
import { isCalendarDate } from "../domain/calendar.js";
import { explain } from "./explain.js";
import { toJson, toJsonl, toTable } from "./format-records.js";
import { terminalWidth } from "./format-rows.js";
import { oneLine } from "./one-line.js";
import { UsageError } from "./usage-error.js";

export interface ExtractCommandOptions {
  readonly format: string;
  readonly published?: string;
  readonly explain?: boolean;
  /** With --explain: the dependency arcs of sentences with an event or a candidate. */
  readonly tree?: boolean;
  readonly strict?: boolean;
  readonly articleSeconds?: string;
  readonly articleMegabytes?: string;
}

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** Runs the command; returns the exit code. */
export async function runExtract(
  files: readonly string[],
  options: ExtractCommandOptions,
  io: Io,
): Promise<number> {
  if (!isOneOf(OUTPUT_FORMATS, options.format))
    throw new UsageError(`unknown --format "${options.format}" (use ${OUTPUT_FORMATS.join(", ")})`);
  const format: OutputFormat = options.format;
  if (options.published !== undefined && !isCalendarDate(options.published))
    throw new UsageError(
      `--published "${options.published}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  if (options.tree && !options.explain) throw new UsageError("--tree goes with --explain");
  if (files.length === 0) throw new UsageError("give at least one article file, or - for standard input");
  const budget = budgetOf(options);
  const messages: Message[] = [];
  const all: EventRecord[] = [];
  let processed = 0;
  const coder = startCoder({ known: [], version: "" }, budget);
  try {
    for (const file of files) {
      const input = readInput(file);
      if (!input.ok) {
        messages.push({ file: input.name, level: "error", reason: input.reason });
        continue;
      }
      const coded = await coder.extract(input.content, {
        id: file === "-" ? "-" : file,
        published: options.published ?? null,
      });
      if (!coded.ok) {
        messages.push({ file: input.name, level: "error", reason: coded.reason });
        continue;
      }
      const result = coded.extraction;
      processed++;
      for (const m of result.messages)
        messages.push({ file: input.name, level: "warning", reason: m.reason });
      if (result.sentences.every((s) => s.mentions.length === 0))
        messages.push({
          file: input.name,
          level: "warning",
          reason: "no country, organisation or official recognised; no events coded",
        });
      if (options.explain) io.out(explain(result, { tree: options.tree === true }));
      else if (format === "jsonl") io.out(toJsonl(result.events));
      all.push(...result.events);
    }
  } finally {
    await coder.close();
  }
  if (!options.explain && format === "json") io.out(toJson(all));
  if (!options.explain && format === "table") io.out(toTable(all, terminalWidth()));
  for (const m of messages)
    io.err(`dyad: ${oneLine(m.file)}: ${m.level === "warning" ? "warning: " : ""}${oneLine(m.reason)}\n`);
  const failed = messages.some((m) => m.level === "error");
  if (processed === 0) return 1;
  return options.strict && messages.length > 0 ? (failed ? 1 : 2) : 0;
}
