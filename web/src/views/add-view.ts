/**
 * Add article: paste text or upload a file; the server codes and stores it as by `dyad ingest` in a job,
 * whose progress is shown until its events are (the job's id in the URL, so a reload follows it again).
 */
import { api, ApiError, type AddedArticle, type QueuedArticle } from "../api.js";
import { el, empty, errorBox, later, link, replace } from "../dom.js";
import { eventItem } from "../format.js";
import { href, replaceHash, type Route } from "../router.js";
import { followJob } from "./job-progress.js";

const field = (name: string, label: string, attrs: Record<string, string> = {}) =>
  el("label", { class: "field" }, label, el("input", { name, id: `add-${name}`, ...attrs }));

function outcome(r: AddedArticle): HTMLElement {
  return el(
    "div",
    { class: "outcome", role: "status" },
    el(
      "p",
      {},
      r.created ? "Stored as " : "Already stored as ",
      link(href(["article", String(r.id)]), `article ${r.id}`),
      ` with ${r.events.length} event(s).`,
    ),
    ...(r.warnings ?? []).map((w) => el("p", { class: "warning" }, `Warning: ${w}`)),
    r.events.length
      ? el("ol", { class: "timeline" }, ...r.events.map(eventItem))
      : empty("No events were coded in this article."),
  );
}

/** Sends the form: the file when one is chosen, else the pasted text (and the fields) as JSON. */
function send(data: FormData, upload: File | undefined): Promise<QueuedArticle> {
  if (upload) return api.addForm(data);
  const body: Record<string, string> = {};
  for (const [k, v] of data) if (typeof v === "string" && v.trim() && k !== "file") body[k] = v;
  if (!body.text) return Promise.reject(new ApiError(400, "Paste the article text or choose a file."));
  return api.addJson(body);
}

export function addView(root: HTMLElement, route: Route): void {
  const text = el("textarea", {
    name: "text",
    id: "add-text",
    rows: 14,
    placeholder: "Paste the article: a title line, then its paragraphs.",
  });
  const file = el("input", {
    type: "file",
    name: "file",
    id: "add-file",
    accept: ".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown",
  });
  const result = el("div", { class: "add-result" });
  const submit = el("button", { type: "submit" }, "Add article");
  const form = el(
    "form",
    { class: "add" },
    el("label", { class: "field" }, "Text", text),
    el("label", { class: "field" }, "or a file (.txt, .md, .html)", file),
    field("title", "Title (optional)"),
    field("published", "Published (YYYY-MM-DD, anchors relative dates)", {
      pattern: "\\d{4}-\\d{2}-\\d{2}",
      placeholder: "2024-03-28",
    }),
    field("source", "Outlet (optional)"),
    field("url", "URL (optional)", { type: "url" }),
    submit,
  );
  /** Shows the job's progress, then its events or why it failed; stops quietly once the view is left. */
  const follow = async (job: string) => {
    submit.disabled = true;
    try {
      const ended = await followJob(job, result);
      if (ended?.result) replace(result, outcome(ended.result));
      else if (ended) replace(result, errorBox(ended.error?.message ?? `the job ended ${ended.status}`));
    } catch (err) {
      replace(result, errorBox(err instanceof Error ? err.message : String(err)));
    } finally {
      submit.disabled = false;
    }
  };
  form.addEventListener(
    "submit",
    later(async (e) => {
      e.preventDefault();
      submit.disabled = true;
      replace(result, el("p", { class: "loading", role: "status" }, "Sending the article…"));
      let queued: QueuedArticle;
      try {
        queued = await send(new FormData(form), file.files?.[0]);
      } catch (err) {
        replace(result, errorBox(err instanceof Error ? err.message : String(err)));
        submit.disabled = false;
        return;
      }
      replaceHash(href(["add"], { job: queued.job }));
      await follow(queued.job);
    }),
  );
  replace(root, el("h1", {}, "Add article"), form, result);
  text.focus();
  const job = route.params.get("job");
  if (job) void follow(job);
}
