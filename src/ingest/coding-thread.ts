/**
 * A worker thread that codes articles within a budget of time and memory. Coding is synchronous and
 * cannot be interrupted from inside, so an article past its budget is stopped by stopping its thread;
 * the article is reported failed with the reason, and a fresh thread takes the next one.
 */
import { Worker } from "node:worker_threads";
import type { Article } from "../domain/types.js";
import type { Block } from "../read/clean-text.js";
import type { Extraction, ExtractOptions, Extractor } from "../pipeline/extract.js";
import type { ItemOutcome } from "./code-item.js";
import type { InputItem } from "./collect-inputs.js";
import type { Job, Reply } from "./extract-worker.js";

export interface Budget {
  /** Wall-clock seconds one article may take to clean and code. */
  readonly seconds: number;
  /** Heap one article may use, in megabytes (the thread's old-generation limit). */
  readonly megabytes: number;
}

/** A long article codes in a few seconds and under 200 MB; these leave room for slow machines. */
export const DEFAULT_BUDGET: Budget = { seconds: 60, megabytes: 1024 };

const WORKER_URL = new URL("./extract-worker.js", import.meta.url);

/** Whether threads can run here: under the test runner the sources are TypeScript, which a worker cannot load. */
export const THREADS_AVAILABLE = !import.meta.url.endsWith(".ts");

type Extracted = { ok: true; extraction: Extraction } | { ok: false; reason: string };

/** Codes articles one at a time, for storing (`code`) or for `dyad extract` (`extract`). */
export interface Coder {
  code(item: InputItem): Promise<ItemOutcome>;
  extract(content: string, options: Omit<ExtractOptions, "extractor">): Promise<Extracted>;
  /** Codes a stored article's cleaned text again (`dyad reprocess`). */
  recode(article: Article, blocks: readonly Block[]): Promise<Extracted>;
  close(): Promise<void>;
}

/** The extractor in-process coders share (loading one takes a second or two). */
let inProcess: Extractor | null = null;

/**
 * A coder within the budget on a thread of its own; under the test runner, in-process and without a
 * budget. The pipeline is loaded only when first used, and in-process only then: a thread loads its own.
 */
export function startCoder(
  init: { known: readonly string[]; version: string },
  budget: Budget = DEFAULT_BUDGET,
): Coder {
  if (THREADS_AVAILABLE) return new CodingThread(init, budget);
  const known = new Set(init.known);
  const pipeline = async () => {
    const [p, c] = await Promise.all([import("../pipeline/extract.js"), import("./code-item.js")]);
    inProcess ??= p.createExtractor();
    return { ...p, ...c, extractor: inProcess };
  };
  return {
    async code(item) {
      const p = await pipeline();
      return p.codeItem(item, known, p.extractor, init.version);
    },
    async extract(content, options) {
      const p = await pipeline();
      return { ok: true, extraction: p.extract(content, { ...options, extractor: p.extractor }) };
    },
    async recode(article, blocks) {
      const p = await pipeline();
      return { ok: true, extraction: p.extractArticle(article, blocks, p.extractor) };
    },
    async close() {},
  };
}

interface Thread {
  readonly worker: Worker;
  /** Null once the thread has loaded its dictionaries, or why it could not. */
  readonly ready: Promise<string | null>;
}

class CodingThread implements Coder {
  private thread: Thread | null = null;
  /** Why no thread could start (a malformed dictionary): not retried for every article. */
  private broken: string | null = null;
  /** The last job asked for: a thread answers one job at a time, so each waits for the one before it. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly init: { known: readonly string[]; version: string },
    private readonly budget: Budget = DEFAULT_BUDGET,
  ) {}

  /** Cleans, hashes and codes one input item for storing; a failed outcome when past the budget. */
  async code(item: InputItem): Promise<ItemOutcome> {
    const reply = await this.ask({ kind: "item", item });
    if (reply.kind === "failed") return { kind: "failed", origin: item.origin, reason: reply.reason };
    if (reply.kind === "outcome") return reply.outcome;
    throw new Error("a coding thread answered an item with an extraction");
  }

  /** The whole extraction of one file's contents (for `dyad extract`), or why it was stopped. */
  async extract(content: string, options: Omit<ExtractOptions, "extractor">): Promise<Extracted> {
    return this.extraction(await this.ask({ kind: "extract", content, options }));
  }

  async recode(article: Article, blocks: readonly Block[]): Promise<Extracted> {
    return this.extraction(await this.ask({ kind: "recode", article, blocks }));
  }

  private extraction(reply: Reply | { kind: "failed"; reason: string }): Extracted {
    if (reply.kind === "failed") return { ok: false, reason: reply.reason };
    if (reply.kind === "extraction") return { ok: true, extraction: reply.extraction };
    throw new Error("a coding thread answered a file with an item outcome");
  }

  /**
   * Never rejects: a thread stopped or crashed gives a failure reason instead. Callers may ask at once
   * (two uploads to a server); replies carry no job id, so jobs are queued and the budget starts when
   * a job reaches the thread.
   */
  private ask(job: Job): Promise<Reply | { kind: "failed"; reason: string }> {
    const next = this.tail.then(() => this.run(job));
    this.tail = next;
    return next;
  }

  /** A fresh thread, and when it has loaded its dictionaries (or why it could not). */
  private start(): Thread {
    const worker = new Worker(WORKER_URL, {
      workerData: { known: this.init.known, version: this.init.version },
      resourceLimits: { maxOldGenerationSizeMb: this.budget.megabytes },
      // A thread inherits Node's flags, and one meant for a script given as a string stops it from starting.
      execArgv: process.execArgv.filter((flag) => !flag.startsWith("--input-type")),
    });
    const ready = new Promise<string | null>((resolve) => {
      const done = (problem: string | null) => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        resolve(problem);
      };
      const onMessage = (m: Reply) => {
        if (m.kind === "ready") done(null);
      };
      const onError = (e: Error & { code?: string }) =>
        done(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? this.problem(e)
            : `cannot load the dictionaries: ${e.message}`,
        );
      const onExit = (code: number) =>
        done(`the coding thread stopped while loading the dictionaries (exit code ${code})`);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    });
    return { worker, ready };
  }

  private problem(e: Error & { code?: string }): string {
    return e.code === "ERR_WORKER_OUT_OF_MEMORY"
      ? `needed more than ${this.budget.megabytes} MB to code (the per-article budget, --article-megabytes); stopped`
      : `extraction failed: ${e.message}`;
  }

  private async run(job: Job): Promise<Reply | { kind: "failed"; reason: string }> {
    if (this.broken) return { kind: "failed", reason: this.broken };
    const thread = (this.thread ??= this.start());
    const worker = thread.worker;
    // An idle thread must not keep the process alive (a server's, between uploads).
    worker.ref();
    const spent = () => {
      // The thread is spent: the next article gets a fresh one.
      if (this.thread === thread) this.thread = null;
      void worker.terminate();
    };
    // Loading the dictionaries is not the article's time: the budget starts once the thread is ready.
    const problem = await thread.ready;
    if (problem) {
      // The same dictionaries would fail the same way: every later article gets the reason at once.
      this.broken = problem;
      spent();
      return { kind: "failed", reason: problem };
    }
    return new Promise((resolve) => {
      const fail = (reason: string) => {
        cleanup();
        spent();
        resolve({ kind: "failed", reason });
      };
      const timer = setTimeout(
        () =>
          fail(
            `took longer than ${this.budget.seconds} s to code (the per-article budget, --article-seconds); stopped`,
          ),
        this.budget.seconds * 1000,
      );
      const onMessage = (reply: Reply) => {
        cleanup();
        worker.unref();
        resolve(reply);
      };
      const onError = (e: Error & { code?: string }) => fail(this.problem(e));
      const onExit = (code: number) => fail(`extraction stopped unexpectedly (thread exit code ${code})`);
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const t = this.thread;
    this.thread = null;
    if (t) await t.worker.terminate();
  }
}
