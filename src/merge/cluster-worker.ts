/** Worker thread: clusters the dyads it is sent and posts back each clustering, asking for article texts as it needs them. */
import { parentPort } from "node:worker_threads";
import type { DyadClustering } from "./cluster-store.js";
import { clusterDyad } from "./dyad-clusters.js";
import type { Report } from "./report.js";

export type ToThread =
  | {
      readonly kind: "cluster";
      readonly job: number;
      readonly dyad: string;
      readonly reports: readonly Report[];
    }
  | { readonly kind: "texts"; readonly job: number; readonly texts: ReadonlyMap<number, string> };
export type FromThread =
  | { readonly kind: "texts"; readonly job: number; readonly ids: readonly number[] }
  | { readonly kind: "done"; readonly job: number; readonly clustering: DyadClustering }
  | { readonly kind: "failed"; readonly job: number; readonly message: string };

if (parentPort) {
  const port = parentPort;
  const waiting = new Map<number, (texts: ReadonlyMap<number, string>) => void>();
  const post = (m: FromThread) => port.postMessage(m);
  port.on("message", (m: ToThread) => {
    if (m.kind === "texts") {
      waiting.get(m.job)?.(m.texts);
      waiting.delete(m.job);
      return;
    }
    const { job, dyad, reports } = m;
    const texts = (ids: readonly number[]) =>
      new Promise<ReadonlyMap<number, string>>((resolve) => {
        waiting.set(job, resolve);
        post({ kind: "texts", job, ids });
      });
    clusterDyad(dyad, reports, texts).then(
      (clustering) => post({ kind: "done", job, clustering }),
      (e: unknown) => post({ kind: "failed", job, message: e instanceof Error ? e.message : String(e) }),
    );
  });
}
