/** Sources view: the articles and outlets on one dyad side by side, as `dyad sources` prints them; and the list of all articles. */
import { api, type SourceRow, type SourcesReport } from "../api.js";
import { el, empty, link, replace } from "../dom.js";
import { articleLabel, originalLink } from "../format.js";
import { pager } from "./lists/pager.js";
import { href, type Route } from "../router.js";
import { actorPicker } from "./actor-picker.js";

const score = (v: number | null | undefined) =>
  v === null || v === undefined ? "–" : `${v >= 0 ? "+" : ""}${v.toFixed(2)}`;

function articleRows(rows: readonly SourceRow[]): HTMLElement {
  if (!rows.length)
    return empty("No articles report on this dyad (or the sources have not been compared yet).");
  return el(
    "table",
    { class: "sources" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["article", "outlet", "published", "slant", "reports", "omits", "contradicted"].map((h) =>
          el("th", { scope: "col" }, h),
        ),
      ),
    ),
    el(
      "tbody",
      {},
      ...rows.map((r) =>
        el(
          "tr",
          {},
          el(
            "th",
            { scope: "row" },
            link(href(["article", String(r.articleId)]), articleLabel(r.title, r.origin)),
          ),
          el("td", {}, r.outlet ?? "–"),
          el("td", {}, r.published ?? "–"),
          el("td", {}, score(r.slant?.score)),
          el("td", {}, r.reports.length),
          el("td", {}, r.omits.length),
          el(
            "td",
            {},
            r.contradicted.length ? r.contradicted.map((c) => `${c.attribute}: ${c.note}`).join("; ") : "–",
          ),
        ),
      ),
    ),
  );
}

function outletRows(report: SourcesReport): HTMLElement {
  if (!report.outlets.length) return empty("No outlets to compare.");
  return el(
    "table",
    { class: "outlets" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, "outlet"),
        el("th", { scope: "col" }, "articles"),
        el("th", { scope: "col" }, "mean slant"),
      ),
    ),
    el(
      "tbody",
      {},
      ...report.outlets.map((o) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, o.outlet),
          el("td", {}, o.articles),
          el("td", {}, score(o.slant)),
        ),
      ),
    ),
  );
}

export async function sourcesView(root: HTMLElement, route: Route): Promise<void> {
  const [, a, b] = route.parts;
  if (!a || !b) {
    replace(
      root,
      el("h1", {}, "Sources"),
      el("p", {}, "Pick two actors to compare what each article and outlet reports about them."),
      await actorPicker("sources", a),
    );
    return;
  }
  const report = await api.sources(`${a}-${b}`);
  replace(
    root,
    el("h1", {}, `Sources on ${a} – ${b}`),
    await actorPicker("sources", a, b),
    el(
      "p",
      { class: "links" },
      link(href(["dyad", a, b]), "Dyad view"),
      ` · ${report.clusters.length} merged event(s)`,
    ),
    el(
      "div",
      { class: "columns" },
      el(
        "section",
        { class: "panel" },
        el("h2", {}, `Articles (${report.articles.length})`),
        articleRows(report.articles),
      ),
      el(
        "section",
        { class: "panel" },
        el("h2", {}, `Outlets (${report.outlets.length})`),
        outletRows(report),
      ),
    ),
  );
}

const PAGE = 50;

export async function articlesView(root: HTMLElement, route: Route): Promise<void> {
  // Paged by cursor, as events are: a deep page costs what the first does.
  const after = route.params.get("after") ?? undefined;
  const from = Math.max(1, Number(route.params.get("from") ?? 1) || 1);
  const page = await api.articlePage(PAGE, after);
  const list = page.rows.length
    ? el(
        "table",
        { class: "articles" },
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            ...["article", "outlet", "published", "events", "original"].map((h) =>
              el("th", { scope: "col" }, h),
            ),
          ),
        ),
        el(
          "tbody",
          {},
          ...page.rows.map((r) =>
            el(
              "tr",
              {},
              el(
                "th",
                { scope: "row" },
                link(href(["article", String(r.id)]), articleLabel(r.title, r.origin)),
              ),
              el("td", {}, r.outlet ?? "–"),
              el("td", {}, r.published ?? "–"),
              el("td", {}, r.events),
              el("td", {}, originalLink(r.url) ?? "–"),
            ),
          ),
        ),
      )
    : empty(after ? "No more articles." : "No articles stored yet: add one with the Add article form.");
  const bar = pager({
    parts: ["articles"],
    params: {},
    from,
    shown: page.rows.length,
    total: page.total,
    noun: "articles, newest first",
    next: page.next ? { after: page.next } : null,
  });
  replace(
    root,
    el("h1", {}, "Articles"),
    bar,
    el("div", { class: "table-scroll" }, list),
    bar.cloneNode(true),
  );
}
