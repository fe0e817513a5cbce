/**
 * Clustering on a thread of its own, so that a rebuild of every dyad clusters one dyad while the store
 * reads the next and writes the last: on two cores the rebuild takes about the longer of the two.
 */
import { Worker } from "node:worker_threads";
import type { DyadClustering } from "./cluster-store.js";
import type { FromThread, ToThread } from "./cluster-worker.js";
import type { Report } from "./report.js";

const WORKER_URL = new URL("./cluster-worker.js", import.meta.url);

/** Whether threads can run here: under the test runner the sources are TypeScript, which a worker cannot load. */
export const CLUSTER_THREAD_AVAILABLE = !import.meta.url.endsWith(".ts");

type Texts = (articleIds: readonly number[]) => Promise<ReadonlyMap<number, string>>;

interface Pending {
  readonly resolve: (c: DyadClustering) => void;
  readonly reject: (e: Error) => void;
  readonly texts: Texts;
}

export class ClusterThread {
  private readonly worker = new Worker(WORKER_URL, {
    // A thread inherits Node's flags, and one meant for a script given as a string stops it from starting.
    execArgv: process.execArgv.filter((flag) => !flag.startsWith("--input-type")),
  });
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private broken: Error | null = null;
  private readonly onExit = (code: number) =>
    this.fail(new Error(`the clustering thread stopped unexpectedly (exit code ${code})`));

  constructor() {
    this.worker.on("message", (m: FromThread) => this.receive(m));
    this.worker.on("error", (e: Error) => this.fail(new Error(`clustering failed: ${e.message}`)));
    this.worker.on("exit", this.onExit);
  }

  /** clusterDyad(dyad, reports, texts), on the thread; `texts` is asked on this one. */
  cluster(dyad: string, reports: readonly Report[], texts: Texts): Promise<DyadClustering> {
    if (this.broken) return Promise.reject(this.broken);
    const job = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(job, { resolve, reject, texts });
      this.worker.postMessage({ kind: "cluster", job, dyad, reports } satisfies ToThread);
    });
  }

  async close(): Promise<void> {
    this.worker.off("exit", this.onExit);
    await this.worker.terminate();
  }

  private receive(m: FromThread): void {
    const p = this.pending.get(m.job);
    if (!p) return;
    if (m.kind === "texts") {
      p.texts(m.ids).then(
        (texts) => this.worker.postMessage({ kind: "texts", job: m.job, texts } satisfies ToThread),
        (e: unknown) => this.settle(m.job, e instanceof Error ? e : new Error(String(e))),
      );
    } else if (m.kind === "done") {
      this.pending.delete(m.job);
      p.resolve(m.clustering);
    } else this.settle(m.job, new Error(m.message));
  }

  private settle(job: number, e: Error): void {
    this.pending.get(job)?.reject(e);
    this.pending.delete(job);
  }

  /** Every job waiting, and every later one, fails with the reason. */
  private fail(e: Error): void {
    this.broken = e;
    for (const job of [...this.pending.keys()]) this.settle(job, e);
  }
}
