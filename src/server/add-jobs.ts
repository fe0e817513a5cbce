/**
 * Articles added through the API, as jobs: each is answered at once with an id, then coded, stored and
 * re-clustered off the request, one at a time in the order they came; finished jobs are kept a while so
 * a client can read how each ended.
 */
import { randomUUID } from "node:crypto";
import { startCoder, type Budget, type Coder } from "../ingest/coding-thread.js";
import type { InputItem } from "../ingest/collect-inputs.js";
import { extractorVersion } from "../pipeline/extractor-version.js";
import type { Store } from "../store/store.js";
import { codeAndStore, type StoreStage } from "./add-article.js";
import { HttpError } from "./http-error.js";
import type { Added, JobStatus, JobView } from "./job-view.js";

/** The steps of a started job; its progress is the step it is at, of these. */
const STEPS = ["coding", "storing", "clustering"] as const satisfies readonly JobStatus[];

/** Codes, stores and re-clusters one article, reporting the steps after coding as they start. */
export type RunJob = (item: InputItem, name: string, stage: (s: StoreStage) => void) => Promise<Added>;

export interface JobOptions {
  /** Finished jobs kept for reading (the oldest are forgotten first). */
  readonly keep?: number;
  /** Jobs that may wait at once: each holds its article's text until it runs. */
  readonly maxWaiting?: number;
  /** Receives errors that are not the article's fault (a failed write); the job reports a plain 500. */
  readonly report?: (error: unknown, where: string) => void;
  /** Cuts the job in hand short when the server stops (stops the coding thread). */
  readonly interrupt?: () => Promise<void>;
}

interface Job {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  /** Dropped once the job has run: a kept job must not hold a 20 MB article. */
  item: InputItem | null;
  status: JobStatus;
  readonly submitted: Date;
  started: Date | null;
  finished: Date | null;
  result?: Added;
  error?: { status: number; message: string };
  readonly settled: Promise<void>;
  settle(): void;
}

const DEFAULT_KEEP = 100;
const DEFAULT_MAX_WAITING = 10;

/** The server's added articles: queued, running one at a time, and the last `keep` finished. */
export class AddJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  private readonly finished: string[] = [];
  private current: Job | null = null;
  /** The last job queued: each starts when the one before it has finished. */
  private tail: Promise<void> = Promise.resolve();
  private closing = false;
  /** How many finished jobs are kept. */
  readonly keep: number;

  constructor(
    private readonly run: RunJob,
    private readonly options: JobOptions = {},
  ) {
    this.keep = options.keep ?? DEFAULT_KEEP;
  }

  /** Queues a checked article; 503 when too many wait already or the server is stopping. */
  submit(item: InputItem, name: string, bytes: number): JobView {
    if (this.closing)
      throw new HttpError(503, "the server is stopping; send the article again once it is back");
    const max = this.options.maxWaiting ?? DEFAULT_MAX_WAITING;
    if (this.waiting.length >= max)
      throw new HttpError(
        503,
        `${this.waiting.length} articles are already waiting to be coded; send ${name} again once one has finished`,
      );
    let settle: () => void = () => undefined;
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const job: Job = {
      id: randomUUID(),
      name,
      bytes,
      item,
      status: "queued",
      submitted: new Date(),
      started: null,
      finished: null,
      settled,
      settle,
    };
    this.jobs.set(job.id, job);
    this.waiting.push(job);
    this.tail = this.tail.then(() => this.start(job));
    return this.view(job);
  }

  /** A job as a client reads it, or undefined when no such job is known (never was, or forgotten). */
  get(id: string): JobView | undefined {
    const job = this.jobs.get(id);
    return job && this.view(job);
  }

  /** The job once it has finished, done or failed. */
  async whenFinished(id: string): Promise<JobView | undefined> {
    await this.jobs.get(id)?.settled;
    return this.get(id);
  }

  /** Fails the waiting jobs, cuts the running one short, and resolves when it has ended. */
  async close(): Promise<void> {
    this.closing = true;
    await this.options.interrupt?.();
    await this.tail;
  }

  private async start(job: Job): Promise<void> {
    this.waiting.splice(this.waiting.indexOf(job), 1);
    const item = job.item;
    job.item = null;
    if (this.closing || !item) {
      this.finish(job, {
        error: { status: 503, message: "the server stopped before this article was coded" },
      });
      return;
    }
    this.current = job;
    job.status = "coding";
    job.started = new Date();
    try {
      const result = await this.run(item, job.name, (stage) => {
        job.status = stage;
      });
      this.finish(job, { result });
    } catch (e) {
      if (e instanceof HttpError) this.finish(job, { error: { status: e.status, message: e.message } });
      else {
        this.options.report?.(e, `adding ${job.name} (job ${job.id})`);
        this.finish(job, {
          error: { status: 500, message: "internal error; the server log has the details" },
        });
      }
    } finally {
      this.current = null;
    }
  }

  private finish(job: Job, end: Pick<Job, "result" | "error">): void {
    job.status = end.error ? "failed" : "done";
    job.finished = new Date();
    if (end.result) job.result = end.result;
    if (end.error) job.error = end.error;
    job.settle();
    this.finished.push(job.id);
    for (const id of this.finished.splice(0, Math.max(0, this.finished.length - this.keep)))
      this.jobs.delete(id);
  }

  private view(job: Job): JobView {
    const step = STEPS.indexOf(job.status as (typeof STEPS)[number]) + 1;
    const end = job.finished ?? new Date();
    return {
      id: job.id,
      status: job.status,
      article: { name: job.name, bytes: job.bytes },
      step: job.finished ? STEPS.length : step,
      steps: STEPS.length,
      ahead: job.status === "queued" ? this.waiting.indexOf(job) + (this.current ? 1 : 0) : 0,
      submitted: job.submitted.toISOString(),
      started: job.started?.toISOString() ?? null,
      finished: job.finished?.toISOString() ?? null,
      seconds: job.started ? Math.round((end.getTime() - job.started.getTime()) / 100) / 10 : null,
      ...(job.result ? { result: job.result } : {}),
      ...(job.error ? { error: job.error } : {}),
    };
  }
}

/** Starts a coder: `startCoder` of src/ingest, or of the built code under the test runner (for a real thread). */
export type StartCoder = typeof startCoder;

/**
 * The server's jobs over one coding thread, started with the first article (loading the language model
 * takes a moment) and stopped with the server.
 */
export function articleJobs(
  store: Store,
  o: { budget: Budget; start?: StartCoder; report?: JobOptions["report"] },
): AddJobs {
  let coder: Coder | null = null;
  const start = o.start ?? startCoder;
  return new AddJobs(
    (item, name, stage) =>
      codeAndStore(
        store,
        (coder ??= start({ known: [], version: extractorVersion() }, o.budget)),
        item,
        name,
        stage,
      ),
    {
      ...(o.report ? { report: o.report } : {}),
      interrupt: async () => {
        await coder?.close();
      },
    },
  );
}
