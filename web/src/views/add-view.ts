/** Add article: paste text or upload a file; it is coded and stored as by `dyad ingest`, and its events are shown. */
import { api, ApiError, type AddedArticle } from "../api.js";
import { el, empty, errorBox, later, link, replace } from "../dom.js";
import { eventItem } from "../format.js";
import { href } from "../router.js";

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

export function addView(root: HTMLElement): void {
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
  form.addEventListener(
    "submit",
    later(async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const upload = file.files?.[0];
      submit.disabled = true;
      replace(result, el("p", { class: "loading", role: "status" }, "Coding the article…"));
      try {
        let added: AddedArticle;
        if (upload) added = await api.addForm(data);
        else {
          const body: Record<string, string> = {};
          for (const [k, v] of data) if (typeof v === "string" && v.trim() && k !== "file") body[k] = v;
          if (!body.text) throw new ApiError(400, "Paste the article text or choose a file.");
          added = await api.addJson(body);
        }
        replace(result, outcome(added));
      } catch (err) {
        replace(result, errorBox(err instanceof Error ? err.message : String(err)));
      } finally {
        submit.disabled = false;
      }
    }),
  );
  replace(root, el("h1", {}, "Add article"), form, result);
  text.focus();
}
