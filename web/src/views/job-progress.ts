/** An added article's job while it runs: what it is doing, a progress bar where progress is known, and its time so far. */
import { api, type AddJob } from "../api.js";
import { el, replace } from "../dom.js";

/** Coding takes seconds to minutes: a second between polls shows each step without loading the server. */
const POLL_MS = 1000;

const size = (bytes: number) =>
  bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One line per step: it changes only when the step does, so a screen reader announces each step once. */
function says(job: AddJob): string {
  const name = `${job.article.name} (${size(job.article.bytes)})`;
  switch (job.status) {
    case "queued":
      return job.ahead > 0
        ? `${name} waits for ${job.ahead} article(s) before it to be coded…`
        : `${name} waits to be coded…`;
    case "coding":
      return `Coding ${name}…`;
    case "storing":
      return `Storing ${name} and its events…`;
    case "clustering":
      return `Merging its events with other reports of the same events…`;
    default:
      return `The job is ${job.status}.`;
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Shows the job in `box` and polls it until it ends (the ended job) or its progress leaves the page (null):
 * the user went to another view, or `box` was filled with something else.
 */
export async function followJob(id: string, box: HTMLElement): Promise<AddJob | null> {
  const status = el("p", { class: "loading", role: "status" }, "Waiting for the server…");
  const bar = el("progress", { "aria-label": "steps done" });
  const time = el("p", { class: "job-time" });
  const panel = el("div", { class: "job" }, status, bar, time);
  replace(box, panel);
  const left = () => !panel.isConnected;
  for (;;) {
    const job = await api.job(id);
    if (left()) return null;
    if (job.status === "done" || job.status === "failed") return job;
    const line = says(job);
    if (status.textContent !== line) status.textContent = line;
    // How much of the coding is done is not known (it is one step on the server's coding thread): the bar
    // moves with the steps after it, and shows activity without a value until then.
    bar.max = job.steps;
    if (job.step > 1) bar.value = job.step - 1;
    else bar.removeAttribute("value");
    time.textContent = job.seconds === null ? "" : `${Math.round(job.seconds)} s so far`;
    await pause(POLL_MS);
    if (left()) return null;
  }
}
