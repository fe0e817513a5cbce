/** The dyad command line. */
import { Command, CommanderError } from "commander";
import { DictionaryError } from "../dictionaries/files.js";
import { ModelFileError } from "../language/syntax/model-file.js";
import { SchemaVersionError } from "../store/migrations.js";
import type { Io } from "./extract-command.js";
import { addBudgetOptions } from "./budget-options.js";
import { addDbOption, addFilterOptions, type DbOptions, type FilterOptions } from "./store-options.js";
import type { ExtractCommandOptions } from "./extract-command.js";
import type { ParseCommandOptions } from "./parse-command.js";
import type { IngestOptions, ReprocessOptions } from "./ingest-commands.js";
import type { QueueIngestOptions, QueueOptions, WorkerCommandOptions } from "./queue-commands.js";
import type { ClustersOptions, SourcesOptions } from "./crosscheck-commands.js";
import type {
  ActorsOptions,
  DyadOptions,
  EventsOptions,
  ExportOptions,
  SearchOptions,
} from "./query-commands.js";
import type { ServeOptions } from "./serve-command.js";
import type { BriefOptions } from "./brief-command.js";
import { oneLine } from "./one-line.js";
import { UsageError } from "./usage-error.js";

// "dyad events | head": a closed pipe ends the output, not the program with a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  else throw e;
});

type FormatOptions = FilterOptions & { format: string };

const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

// Commands load their modules when run, so a query does not pay for loading the language model.
const queries = () => import("./query-commands.js");
const crosscheck = () => import("./crosscheck-commands.js");

/**
 * Commander hands an action its arguments, then the options its `.option` calls declared, then the
 * command itself; each action's parameter types mirror those declarations. Every action returns an
 * exit code.
 */
const run =
  (action: (...args: never[]) => Promise<number> | number) =>
  async (...args: unknown[]) => {
    process.exitCode = await action(...(args.slice(0, -1) as never[]));
  };

function program(): Command {
  const cmd = new Command("dyad")
    .description("Turns international-relations news into sourced, coded events between states.")
    .version("0.1.0")
    .exitOverride();
  const extractCmd = cmd
    .command("extract")
    .description("code the events of article files (.txt, .md, .html; - reads standard input)")
    .argument("<files...>", "article files")
    .option("-f, --format <format>", "jsonl | json | table", "jsonl")
    .option("--published <date>", "the articles' publication date (YYYY-MM-DD), for relative dates")
    .option("--explain", "print, per sentence, the actors found and why each event was or was not coded")
    .option(
      "--tree",
      "with --explain: also print the dependency arcs of sentences with an event or a candidate",
    )
    .option("--strict", "exit non-zero if any file had a problem");
  addBudgetOptions(extractCmd).action(
    run(async (files: string[], opts: ExtractCommandOptions) =>
      (await import("./extract-command.js")).runExtract(files, opts, io),
    ),
  );
  cmd
    .command("parse")
    .description(
      "print the dependency tree of every sentence of article files, as CoNLL-U (for any UD viewer) or a table",
    )
    .argument("<files...>", "article files (- reads standard input)")
    .option("-f, --format <format>", "conllu | table", "conllu")
    .action(
      run(async (files: string[], opts: ParseCommandOptions) =>
        (await import("./parse-command.js")).runParse(files, opts, io),
      ),
    );
  addBudgetOptions(
    addDbOption(
      cmd
        .command("ingest")
        .description(
          'store articles and their events: files, folders (recursive) and corpus files (.jsonl, .json with a "text" field)',
        )
        .argument("<paths...>", "files, folders or corpus files")
        .option("--threads <n>", "worker threads for extraction (default: one per core)")
        .option("--no-progress", "no progress bar or progress lines")
        .option(
          "--queue",
          "put the articles on the job queue of a PostgreSQL database for `dyad worker` processes to code",
        )
        .option(
          "--job-timeout <seconds>",
          "with --queue: a job running this long (its worker died) is retried",
          "300",
        ),
    ).action(
      run(async (paths: string[], opts: IngestOptions & QueueIngestOptions & { queue?: boolean }) =>
        opts.queue
          ? (await import("./queue-commands.js")).runQueueIngest(paths, opts, io)
          : (await import("./ingest-commands.js")).runIngest(paths, opts, io),
      ),
    ),
  );
  addBudgetOptions(
    addDbOption(
      cmd
        .command("worker")
        .description(
          "code and store articles from the job queue of a PostgreSQL database; run any number, on any machine",
        )
        .option("--job-timeout <seconds>", "a job running this long (its worker died) is retried", "300")
        .option("--until-empty", "exit once no job is pending or running"),
    ).action(
      run(async (opts: WorkerCommandOptions) => (await import("./queue-commands.js")).runWorker(opts, io)),
    ),
  );
  addDbOption(
    cmd
      .command("queue")
      .description("the job queue: pending, running, failed (with reasons) and done jobs")
      .option("--retry", "put failed jobs back on the queue")
      .option("-f, --format <format>", "table | json", "table"),
  ).action(run(async (opts: QueueOptions) => (await import("./queue-commands.js")).runQueue(opts, io)));
  addBudgetOptions(
    addDbOption(
      cmd
        .command("reprocess")
        .description("re-code stored articles made by an older extractor or dictionary version")
        .option("--all", "re-code every article, not only outdated ones"),
    ),
  ).action(
    run(async (opts: ReprocessOptions) => (await import("./ingest-commands.js")).runReprocess(opts, io)),
  );
  addFilterOptions(cmd.command("events").description("list stored events matching the filters"))
    .option("-f, --format <format>", "table | json | csv", "table")
    .option("--merged", "one row per real-world event (cluster of reports), as `dyad clusters` prints")
    .option("--limit <n>", "at most this many events", "50")
    .option("--offset <n>", "skip this many events first", "0")
    .option("--after <cursor>", "the page after this cursor (a full page names the next on stderr)")
    .option("--order <order>", "oldest first, or newest first (undated last)", "oldest")
    .action(
      run(async (opts: EventsOptions & ClustersOptions & { merged?: boolean }) =>
        opts.merged ? (await crosscheck()).runClusters(opts, io) : (await queries()).runEvents(opts, io),
      ),
    );
  addFilterOptions(
    cmd
      .command("clusters")
      .description("reports of the same event grouped across articles, with their best-supported values"),
  )
    .option("-f, --format <format>", "table | json | csv", "table")
    .option("--limit <n>", "at most this many clusters", "50")
    .option("--offset <n>", "skip this many clusters first", "0")
    .option("--after <cursor>", "the page after this cursor (a full page names the next on stderr)")
    .option("--order <order>", "oldest first, or newest first (undated last)", "oldest")
    .action(run(async (opts: ClustersOptions) => (await crosscheck()).runClusters(opts, io)));
  addDbOption(
    cmd
      .command("cluster")
      .description("one cluster: its canonical record and every report of it")
      .argument("<id>", "cluster id, e.g. ev-4f7fdedba938"),
  )
    .option("-f, --format <format>", "table | json", "table")
    .action(run(async (id: string, opts: FormatOptions) => (await crosscheck()).runCluster(id, opts, io)));
  addFilterOptions(
    cmd
      .command("conflicts")
      .description(
        "where sources disagree about one event (date, amount, count, actor, place), with each source's words",
      ),
  )
    .option("-f, --format <format>", "table | json | csv", "table")
    .action(run(async (opts: FormatOptions) => (await crosscheck()).runConflicts(opts, io)));
  addFilterOptions(
    cmd
      .command("sources")
      .description(
        "articles and outlets side by side per dyad: events reported and omitted, slant, contradicted claims",
      ),
  )
    .option("-f, --format <format>", "table | json", "table")
    .option("--limit <n>", "without --dyad: at most this many dyads, busiest first", "5")
    .action(run(async (opts: SourcesOptions) => (await crosscheck()).runSources(opts, io)));
  addDbOption(
    cmd
      .command("recluster")
      .description("rebuild every cluster of reports (after editing data/merge or upgrading dyad)"),
  ).action(run(async (opts: DbOptions) => (await import("./ingest-commands.js")).runRecluster(opts, io)));
  addFilterOptions(
    cmd
      .command("dyad")
      .description("the relationship between two actors over time, both directions")
      .argument("<a>", "first actor code, e.g. RUS")
      .argument("<b>", "second actor code, e.g. PAK"),
  )
    .option("--by <period>", "year | quarter | month", "year")
    .option("--raw", "count every stored report instead of one per real-world event")
    .option("-f, --format <format>", "table | json | csv", "table")
    .action(
      run(async (a: string, b: string, opts: DyadOptions) => (await queries()).runDyad(a, b, opts, io)),
    );
  addDbOption(
    cmd
      .command("brief")
      .description(
        "a dated summary of two actors' relationship: trend, main events, disagreements, framing; every statement cited",
      )
      .argument("<a>", "first actor code, e.g. RUS")
      .argument("<b>", "second actor code, e.g. PAK"),
  )
    .option("--since <date>", "events that can fall on or after YYYY[-MM[-DD]]")
    .option("--until <date>", "events that can fall on or before YYYY[-MM[-DD]]")
    .option("--by <period>", "the trend by year | quarter | month", "year")
    .option("-f, --format <format>", "md | html | pdf (printed by Chromium)", "md")
    .option("-o, --out <file>", "write to a file (a PDF needs one unless standard output is redirected)")
    .action(
      run(async (a: string, b: string, opts: BriefOptions) =>
        (await import("./brief-command.js")).runBrief(a, b, opts, io),
      ),
    );
  addFilterOptions(cmd.command("actors").description("actors ranked by events, with their top partners"))
    .option("-f, --format <format>", "table | json | csv", "table")
    .option("--limit <n>", "at most this many actors", "20")
    .action(run(async (opts: ActorsOptions) => (await queries()).runActors(opts, io)));
  addDbOption(
    cmd
      .command("search")
      .description("full-text search over stored articles, with the events coded in each hit")
      .argument("<text>", 'words to find; "quoted phrases" stay together'),
  )
    .option("-f, --format <format>", "table | json | csv", "table")
    .option("--limit <n>", "at most this many articles", "10")
    .option("--offset <n>", "skip this many articles first", "0")
    .action(run(async (text: string, opts: SearchOptions) => (await queries()).runSearch(text, opts, io)));
  addFilterOptions(cmd.command("export").description("all matching events with GDELT-like columns"))
    .option("-f, --format <format>", "csv | jsonl", "csv")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .action(run(async (opts: ExportOptions) => (await queries()).runExport(opts, io)));
  addDbOption(cmd.command("stats").description("what the database holds"))
    .option("-f, --format <format>", "table | json", "table")
    .action(run(async (opts: FormatOptions) => (await queries()).runStats(opts, io)));
  const serveOptions = (c: Command) =>
    addBudgetOptions(c)
      .option("--port <n>", "port to listen on", "8787")
      .option(
        "--host <host>",
        "address to listen on; anything but 127.0.0.1, ::1 or localhost needs --token",
        "127.0.0.1",
      )
      .option("--token <token>", "access token every request must carry (default: $DYAD_TOKEN)");
  serveOptions(
    addDbOption(
      cmd
        .command("serve")
        .description("the web app and JSON API over a database (API described at /api/openapi.json)"),
    ),
  ).action(run(async (opts: ServeOptions) => (await import("./serve-command.js")).runServe(opts, io)));
  serveOptions(
    cmd
      .command("demo")
      .description("ingest the bundled example corpus into a temporary database and serve the web app"),
  ).action(run(async (opts: ServeOptions) => (await import("./serve-command.js")).runDemo(opts, io)));
  return cmd;
}

/** What reaches the user of an error no command expected: one line, and the trace only with --debug. */
function unexpected(e: unknown, debug: boolean): void {
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  io.err(`dyad: unexpected error: ${message}\n`);
  if (debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  else
    io.err(
      "dyad: this is a bug in dyad; please report it with the command you ran (add --debug to see where it happened)\n",
    );
  process.exitCode = 70;
}

/** Parses argv and runs; usage and data errors print one line and exit 2, anything unexpected one line and 70. */
export async function main(argv: readonly string[]): Promise<void> {
  // --debug goes anywhere on the line and is taken out before the commands parse their own options.
  const debug = argv.includes("--debug") || process.env.DYAD_DEBUG === "1";
  const onStray = (e: unknown) => {
    unexpected(e, debug);
    process.exit(70);
  };
  process.on("uncaughtException", onStray);
  process.on("unhandledRejection", onStray);
  try {
    await program().parseAsync(argv.filter((a) => a !== "--debug"));
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (
      e instanceof UsageError ||
      e instanceof DictionaryError ||
      e instanceof ModelFileError ||
      e instanceof SchemaVersionError ||
      (e instanceof Error && (e.name === "StoreError" || e.name === "QueueError"))
    ) {
      io.err(`dyad: ${oneLine(e.message)}\n`);
      process.exitCode = 2;
      return;
    }
    unexpected(e, debug);
  }
}
