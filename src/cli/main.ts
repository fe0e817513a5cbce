/** The dyad command line. */
import { Command, CommanderError } from "commander";
import { DictionaryError } from "../actors/dictionary.js";
import { runExtract, UsageError, type Io } from "./extract-command.js";

const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function program(): Command {
  const cmd = new Command("dyad")
    .description("Turns international-relations news into sourced, coded events between states.")
    .version("0.1.0")
    .exitOverride();
  cmd.command("extract")
    .description("code the events of article files (.txt, .md, .html; - reads standard input)")
    .argument("<files...>", "article files")
    .option("-f, --format <format>", "jsonl | json | table", "jsonl")
    .option("--published <date>", "the articles' publication date (YYYY-MM-DD), for relative dates")
    .option("--explain", "print, per sentence, the actors found and why each event was or was not coded")
    .option("--strict", "exit non-zero if any file had a problem")
    .action((files: string[], opts: { format: string; published?: string; explain?: boolean; strict?: boolean }) => {
      process.exitCode = runExtract(files, opts, io);
    });
  return cmd;
}

/** Parses argv and runs; usage and data errors print one line and exit 2. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await program().parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) { process.exitCode = e.exitCode === 0 ? 0 : 2; return; }
    if (e instanceof UsageError || e instanceof DictionaryError) { io.err(`dyad: ${e.message}\n`); process.exitCode = 2; return; }
    throw e;
  }
}
