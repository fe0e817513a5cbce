/** Worker thread: codes what it is sent (an input item to store, or a file for `dyad extract`) and posts back the result. */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor, extract, type Extraction, type ExtractOptions } from "../pipeline/extract.js";
import { codeItem, type ItemOutcome } from "./code-item.js";
import type { InputItem } from "./collect-inputs.js";

export type Job = { readonly kind: "item"; readonly item: InputItem } | { readonly kind: "extract"; readonly content: string; readonly options: Omit<ExtractOptions, "extractor"> };
export type Reply = { readonly kind: "outcome"; readonly outcome: ItemOutcome } | { readonly kind: "extraction"; readonly extraction: Extraction };

if (parentPort) {
  const { known, version } = workerData as { known: string[]; version: string };
  const knownSet = new Set(known);
  const extractor = createExtractor();
  const port = parentPort;
  port.on("message", (job: Job) => {
    const reply: Reply = job.kind === "item"
      ? { kind: "outcome", outcome: codeItem(job.item, knownSet, extractor, version) }
      : { kind: "extraction", extraction: extract(job.content, { ...job.options, extractor }) };
    port.postMessage(reply);
  });
}
