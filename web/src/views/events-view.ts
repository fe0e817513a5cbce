/** Events view: every stored event matching the CLI's filters, newest first, paged, with the whole list as CSV or JSON Lines. */
import { api, exportUrl } from "../api.js";
import { el, empty, replace } from "../dom.js";
import { eventItem } from "../format.js";
import { href, type Route } from "../router.js";
import { filterForm, routeFilters } from "./lists/event-filters.js";
import { pager } from "./lists/pager.js";

const PAGE = 50;

export async function eventsView(root: HTMLElement, route: Route): Promise<void> {
  const filters = routeFilters(route);
  const order = route.params.get("order") === "oldest" ? "oldest" : "newest";
  const after = route.params.get("after") ?? undefined;
  const from = Math.max(1, Number(route.params.get("from") ?? 1) || 1);
  const page = await api.eventPage({ ...filters, order, after, limit: PAGE });
  const keep = order === "oldest" ? { order } : {};
  const params = { ...filters, ...keep };
  const orderLinks = el(
    "p",
    { class: "order" },
    "Order: ",
    ...(["newest", "oldest"] as const).flatMap((o, i) => [
      i ? " · " : "",
      o === order
        ? el("strong", { "aria-current": "true" }, `${o} first`)
        : el(
            "a",
            { href: href(["events"], { ...filters, order: o === "oldest" ? o : undefined }) },
            `${o} first`,
          ),
    ]),
  );
  const downloads = el(
    "p",
    { class: "downloads" },
    `Download all ${page.total} matching event(s): `,
    el("a", { href: exportUrl(filters, "csv"), download: "", class: "export-csv" }, "CSV"),
    " · ",
    el("a", { href: exportUrl(filters, "jsonl"), download: "", class: "export-jsonl" }, "JSON Lines"),
    " (the columns of ",
    el("code", {}, "dyad export"),
    ")",
  );
  const bar = pager({
    parts: ["events"],
    params,
    from,
    shown: page.rows.length,
    total: page.total,
    noun: "events",
    next: page.next ? { after: page.next } : null,
  });
  replace(
    root,
    el("h1", {}, "Events"),
    filterForm(["events"], filters, keep),
    orderLinks,
    downloads,
    bar,
    page.rows.length
      ? el("ol", { class: "timeline", "aria-label": "Events" }, ...page.rows.map(eventItem))
      : empty("No events match these filters."),
    page.rows.length > 10 ? bar.cloneNode(true) : null,
  );
}
