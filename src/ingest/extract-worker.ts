/** Worker thread: codes the items it is sent and posts back each outcome. */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../pipeline/extract.js";
import { codeItem } from "./code-item.js";
import type { InputItem } from "./collect-inputs.js";

const { known, version } = workerData as { known: string[]; version: string };
const knownSet = new Set(known);
const extractor = createExtractor();

parentPort?.on("message", (job: { index: number; item: InputItem }) => {
  parentPort?.postMessage({ index: job.index, outcome: codeItem(job.item, knownSet, extractor, version) });
});
