/** `dyad ingest --queue`, `dyad worker` and `dyad queue`: ingest spread over processes through a job queue in PostgreSQL. */
import { budgetOf } from "./budget-options.js";
import type PgBoss from "pg-boss";
import { isProblem, streamInputs, type InputItem } from "../ingest/collect-inputs.js";
import {
  enqueueItems,
  openQueue,
  queueStatus,
  retryFailed,
  type QueueStatus,
} from "../ingest/queue/job-queue.js";
import { startWorker, type RunningWorker } from "../ingest/queue/worker.js";
import { isPostgresUrl } from "../store/postgres/url.js";
import type { Io } from "./extract-command.js";
import { openStore } from "./open-store.js";
import { dbPath, parseCount, type DbOptions } from "./store-options.js";
import { UsageError } from "./usage-error.js";
import { oneLine } from "./one-line.js";

function queueUrl(o: DbOptions, command: string): string {
  const url = dbPath(o);
  if (!isPostgresUrl(url))
    throw new UsageError(
      `${command} needs a PostgreSQL database (--db postgres://… or DYAD_DB): the job queue lives in it`,
    );
  return url;
}

export interface QueueIngestOptions extends DbOptions {
  jobTimeout?: string;
}

/** Puts every input on the queue; workers code and store them. */
export async function runQueueIngest(
  paths: readonly string[],
  o: QueueIngestOptions,
  io: Io,
): Promise<number> {
  const url = queueUrl(o, "ingest --queue");
  if (paths.length === 0)
    throw new UsageError("give files, folders or corpus files (.jsonl, .json) to ingest");
  // The store's tables are created first, so workers that start later find them.
  await (await openStore(o, true)).close();
  const settings = jobSettings(o);
  const boss = await openQueue(url, settings);
  try {
    let problems = 0;
    async function* articles(): AsyncGenerator<InputItem> {
      for await (const x of streamInputs(paths)) {
        if (!isProblem(x)) yield x;
        else {
          problems++;
          io.err(`dyad: ${oneLine(x.origin)}: ${oneLine(x.reason)}\n`);
        }
      }
    }
    // The timeout travels with each job: it is when a job whose worker died is handed to another.
    const queued = await enqueueItems(boss, articles(), settings.jobTimeoutSeconds);
    io.out(
      `queued ${queued} article(s), ${problems} input problem(s); start \`dyad worker\` on any machine that reaches the database\n`,
    );
    return queued === 0 && problems > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false });
  }
}

function jobSettings(o: { jobTimeout?: string }) {
  const t = o.jobTimeout === undefined ? undefined : parseCount("job-timeout", o.jobTimeout, 300);
  return t === undefined
    ? {}
    : { jobTimeoutSeconds: t, superviseSeconds: Math.max(1, Math.min(30, Math.ceil(t / 2))) };
}

export interface WorkerCommandOptions extends DbOptions {
  jobTimeout?: string;
  untilEmpty?: boolean;
  articleSeconds?: string;
  articleMegabytes?: string;
}

const pending = (s: readonly QueueStatus[]) =>
  s.reduce((n, q) => n + q.counts.created + q.counts.retry + q.counts.active, 0);

/** Works the queue until stopped (Ctrl-C, SIGTERM) or, with --until-empty, until no job is left to do. */
export async function runWorker(o: WorkerCommandOptions, io: Io): Promise<number> {
  const url = queueUrl(o, "worker");
  const store = await openStore(o, true);
  const boss: PgBoss = await openQueue(url, jobSettings(o));
  let added = 0,
    present = 0,
    failed = 0;
  let running: RunningWorker | null = null;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const onSignal = () => stop();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    running = startWorker(boss, store, {
      budget: budgetOf(o),
      onError: (message) => io.err(`dyad worker: ${oneLine(message)} (the jobs go back on the queue)\n`),
      onNote: (origin, note) => io.err(`dyad: ${oneLine(origin)}: warning: ${oneLine(note)}\n`),
      onJob: (outcome, origin, reason) => {
        if (outcome === "added") added++;
        else if (outcome === "present") present++;
        else {
          failed++;
          io.err(`dyad: ${oneLine(origin)}: ${oneLine(reason ?? "failed")}\n`);
        }
      },
    });
    io.err(`dyad worker: working the queue in ${store.location} (Ctrl-C stops after the jobs in progress)\n`);
    if (o.untilEmpty) {
      void (async () => {
        // Twice empty in a row: a job finishing between the two counts could have queued another.
        let empty = 0;
        while (empty < 2) {
          await new Promise((r) => setTimeout(r, 1000));
          empty = pending(await queueStatus(url)) === 0 ? empty + 1 : 0;
        }
        stop();
      })().catch((e: unknown) => {
        io.err(`dyad worker: ${e instanceof Error ? e.message : String(e)}\n`);
        stop();
      });
    }
    await stopped;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await running?.stop();
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    await store.close();
  }
  io.out(
    `dyad worker: ${added} article(s) stored, ${present} already present, ${failed} failed -> ${store.location}\n`,
  );
  return 0;
}

/** Shows what the queue holds; --retry puts failed jobs back. */
export interface QueueOptions extends DbOptions {
  retry?: boolean;
  format?: string;
}

export async function runQueue(o: QueueOptions, io: Io): Promise<number> {
  const url = queueUrl(o, "queue");
  const boss = await openQueue(url);
  try {
    let status = await queueStatus(url);
    if (o.retry) {
      io.out(`put ${await retryFailed(boss, status)} failed job(s) back on the queue\n`);
      status = await queueStatus(url);
    }
    if (o.format === "json") {
      io.out(`${JSON.stringify(status, null, 2)}\n`);
      return 0;
    }
    io.out("QUEUE           PENDING  RETRY  RUNNING  FAILED  DONE\n");
    for (const s of status) {
      const c = s.counts;
      io.out(
        `${s.queue.padEnd(16)}${String(c.created).padStart(7)}${String(c.retry).padStart(7)}${String(c.active).padStart(9)}${String(c.failed).padStart(8)}${String(c.completed).padStart(6)}\n`,
      );
    }
    for (const s of status)
      for (const f of s.failures) io.out(`failed: ${s.queue} ${oneLine(f.origin)}: ${oneLine(f.reason)}\n`);
    return 0;
  } finally {
    await boss.stop({ graceful: false });
  }
}
