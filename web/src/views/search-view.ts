/** Search view: full-text search over stored articles, with the events coded in each hit. */
import { api } from "../api.js";
import { el, empty, link, replace } from "../dom.js";
import { articleLabel, eventItem } from "../format.js";
import { href, type Route } from "../router.js";
import { offsetPager } from "./lists/pager.js";

const PAGE = 20;

/** The snippet marks hits with [ ]: shown as <mark> elements around text nodes, never parsed as HTML. */
function snippet(text: string): HTMLElement {
  const p = el("p", { class: "snippet" });
  for (const [i, part] of text.split(/[[\]]/).entries())
    p.append(i % 2 ? el("mark", {}, part) : document.createTextNode(part));
  return p;
}

export async function searchView(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get("q") ?? "";
  const input = el("input", {
    type: "search",
    name: "q",
    id: "search-q",
    value: q,
    placeholder: 'Gwadar port, "joint exercise"',
    "aria-label": "Search text",
  });
  const form = el(
    "form",
    { class: "search", role: "search" },
    input,
    el("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = href(["search"], { q: input.value.trim() });
  });
  const results = el("div", { class: "results" });
  replace(root, el("h1", {}, "Search"), form, results);
  if (!q) {
    input.focus();
    return;
  }
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const page = await api.searchPage(q, PAGE, offset);
  if (!page.total) {
    replace(results, empty(`Nothing matched “${q}”.`));
    return;
  }
  const bar = offsetPager({
    parts: ["search"],
    params: { q },
    offset,
    limit: PAGE,
    shown: page.rows.length,
    total: page.total,
    noun: "matching articles, best first",
  });
  replace(
    results,
    bar,
    el(
      "ol",
      { class: "hits", start: offset + 1 },
      ...page.rows.map((h) =>
        el(
          "li",
          {},
          el("h2", {}, link(href(["article", String(h.articleId)]), articleLabel(h.title, h.origin))),
          el("p", { class: "meta" }, [h.published, h.origin].filter(Boolean).join(" · ")),
          snippet(h.snippet),
          h.events.length
            ? el("ul", { class: "timeline" }, ...h.events.map(eventItem))
            : empty("No events coded in this article."),
        ),
      ),
    ),
    page.rows.length > 5 ? bar.cloneNode(true) : null,
  );
}
