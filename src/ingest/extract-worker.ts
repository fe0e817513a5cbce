/** Worker thread: codes what it is sent (an input item to store, a file for `dyad extract`, a stored article to re-code) and posts back the result. */
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../domain/types.js";
import type { Block } from "../read/clean-text.js";
import {
  createExtractor,
  extract,
  extractArticle,
  type Extraction,
  type ExtractOptions,
} from "../pipeline/extract.js";
import { codeItem, type ItemOutcome } from "./code-item.js";
import type { InputItem } from "./collect-inputs.js";

export type Job =
  | { readonly kind: "item"; readonly item: InputItem }
  | {
      readonly kind: "extract";
      readonly content: string;
      readonly options: Omit<ExtractOptions, "extractor">;
    }
  | { readonly kind: "recode"; readonly article: Article; readonly blocks: readonly Block[] };
export type Reply =
  | { readonly kind: "outcome"; readonly outcome: ItemOutcome }
  | { readonly kind: "extraction"; readonly extraction: Extraction }
  /** Sent once, when the dictionaries are loaded: an article's time budget starts after it. */
  | { readonly kind: "ready" };

if (parentPort) {
  const { known, version } = workerData as { known: string[]; version: string };
  const knownSet = new Set(known);
  const extractor = createExtractor();
  const port = parentPort;
  port.postMessage({ kind: "ready" } satisfies Reply);
  port.on("message", (job: Job) => {
    const reply: Reply =
      job.kind === "item"
        ? { kind: "outcome", outcome: codeItem(job.item, knownSet, extractor, version) }
        : job.kind === "extract"
          ? { kind: "extraction", extraction: extract(job.content, { ...job.options, extractor }) }
          : { kind: "extraction", extraction: extractArticle(job.article, job.blocks, extractor) };
    port.postMessage(reply);
  });
}
