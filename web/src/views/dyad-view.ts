/** Dyad view: two actors over time (chart), their merged events with sources, conflicts between sources, third parties. */
import { api, exportUrl, type ClusterRecord, type Conflict, type NetworkEdge, type Period } from "../api.js";
import type { ListOrder } from "../../../src/domain/records.js";
import { el, empty, errorBox, later, link, replace } from "../dom.js";
import { arrow, articleLabel, cameoName, eventItem } from "../format.js";
import { href, replaceHash, type Route } from "../router.js";
import { actorPicker } from "./actor-picker.js";
import { briefLinks } from "./brief-link.js";
import { seriesChart, type DateRange } from "./series-chart.js";

const PERIOD_NAMES: readonly Period[] = ["year", "quarter", "month"];

/** A merged event; its reports, each linking to its article, are fetched when opened. */
function clusterItem(c: ClusterRecord): HTMLLIElement {
  const reports = el(
    "details",
    { class: "reports" },
    el(
      "summary",
      {},
      `${c.members} report(s) in ${c.articles} article(s) from ${c.outlets} outlet(s)`,
      c.conflicts ? ` · ${c.conflicts} conflict(s)` : "",
    ),
  );
  reports.addEventListener(
    "toggle",
    later(async () => {
      if (!reports.open || reports.dataset.loaded) return;
      reports.dataset.loaded = "true";
      const detail = await api.cluster(c.id);
      reports.append(el("ol", { class: "timeline" }, ...detail.events.map(eventItem)));
    }),
  );
  return el(
    "li",
    { class: `event cluster quad-${c.quad}`, "data-cluster": c.id },
    el("span", { class: "date" }, c.date ?? "undated"),
    " ",
    el("span", { class: "who" }, arrow(c)),
    " ",
    el("span", { class: "code" }, cameoName(c.cameo)),
    " ",
    el("span", { class: `modality ${c.modality}` }, c.modality),
    el("blockquote", {}, c.evidence),
    reports,
  );
}

function conflictList(conflicts: readonly Conflict[]): HTMLElement {
  if (!conflicts.length) return empty("No conflicts between sources found for this dyad.");
  return el(
    "ul",
    { class: "conflicts" },
    ...conflicts.map((c) =>
      el(
        "li",
        {},
        el("strong", {}, c.attribute),
        `: ${c.note}`,
        el(
          "ul",
          {},
          ...c.claims.map((cl) =>
            el(
              "li",
              {},
              el("span", { class: "claim" }, cl.value),
              " — ",
              link(
                href(["article", String(cl.articleId)], { event: cl.eventId }),
                cl.outlet ?? articleLabel(null, cl.article),
              ),
              el("blockquote", {}, cl.sentence || cl.evidence),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Actors with events involving either side, other than the two: who else is in the story. */
function thirdParties(a: string, b: string, edges: readonly NetworkEdge[]): HTMLElement {
  const counts = new Map<string, { with: Set<string>; events: number }>();
  for (const e of edges) {
    for (const [self, other] of [
      [e.a, e.b],
      [e.b, e.a],
    ] as const) {
      if ((self === a || self === b) && other !== a && other !== b) {
        const c = counts.get(other) ?? { with: new Set<string>(), events: 0 };
        c.with.add(self);
        c.events += e.events;
        counts.set(other, c);
      }
    }
  }
  if (!counts.size) return empty("No third parties appear with them.");
  const rows = [...counts.entries()].sort((x, y) => y[1].events - x[1].events || x[0].localeCompare(y[0]));
  return el(
    "ul",
    { class: "third-parties" },
    ...rows.map(([actor, c]) =>
      el(
        "li",
        {},
        el("strong", {}, actor),
        ` ${c.events} event(s) with `,
        ...[...c.with].flatMap((w, i) => [i ? ", " : "", link(href(["dyad", w, actor]), w)]),
      ),
    ),
  );
}

const PAGE = 50;

/**
 * The dyad's events in the range, a page at a time (newest first unless asked otherwise), merged once
 * reports are clustered; "Show more" appends the next page in place and the count says how far it got.
 */
async function timelinePanel(dyad: string, range: DateRange, order: ListOrder, merged: boolean) {
  const params = { dyad, ...range, order, limit: PAGE };
  const noun = merged ? "merged events" : "events";
  const list = el("ol", { class: "timeline", "aria-label": merged ? "Merged events" : "Events" });
  const status = el("p", { class: "range", role: "status" });
  const more = el("button", { type: "button", class: "more" }, `Show ${PAGE} more`);
  let next: string | null = null;
  let shown = 0;
  const load = async (after?: string) => {
    const page = merged
      ? await api.clusterPage({ ...params, after })
      : await api.eventPage({ ...params, after });
    list.append(...page.rows.map((r) => ("members" in r ? clusterItem(r) : eventItem(r))));
    shown += page.rows.length;
    next = page.next;
    status.textContent = page.total
      ? `${shown} of ${page.total} ${noun}, ${order} first`
      : `No ${noun} between these two actors${range.since || range.until ? " in this range" : ""}.`;
    status.classList.toggle("empty", page.total === 0);
    more.hidden = next === null;
  };
  more.addEventListener(
    "click",
    later(async () => {
      if (next === null) return;
      more.disabled = true;
      try {
        await load(next);
      } finally {
        more.disabled = false;
      }
    }),
  );
  await load();
  return el("div", {}, status, list, more);
}

const rangeWords = (r: DateRange) =>
  r.since || r.until ? `${r.since ?? "the first"} to ${r.until ?? "the last"}` : "all dates";

export async function dyadView(root: HTMLElement, route: Route): Promise<void> {
  const [, a, b] = route.parts;
  if (!a || !b) {
    replace(
      root,
      el("h1", {}, "Dyad"),
      el("p", {}, "Pick two actors to see their relationship over time."),
      await actorPicker("dyad", a),
    );
    return;
  }
  const by = PERIOD_NAMES.find((p) => p === route.params.get("by")) ?? "year";
  const order: ListOrder = route.params.get("order") === "oldest" ? "oldest" : "newest";
  const dyad = `${a}-${b}`;
  let range: DateRange = {
    since: route.params.get("since") ?? undefined,
    until: route.params.get("until") ?? undefined,
  };
  const urlOf = (r: DateRange, o: ListOrder = order, p: Period = by) =>
    href(["dyad", a, b], {
      by: p === "year" ? undefined : p,
      order: o === "newest" ? undefined : o,
      since: r.since,
      until: r.until,
    });
  const [clustered, edges] = await Promise.all([api.clusterPage({ dyad, limit: 1 }), api.network({})]);
  // Once reports are merged, the chart counts real-world events (clusters), like the timeline beside it.
  const merged = clustered.total > 0;
  const series = await api.series(a, b, by, merged);

  const timelineBox = el("div", { class: "timeline-box" });
  const conflictsBox = el("div", { class: "conflicts-box" });
  const rangeNote = el("p", { class: "range-note" });
  const briefBox = el("div", { class: "brief-box" });
  const orderNav = el("nav", { class: "order", "aria-label": "Order" });
  // The chart's range filters every list below it; the chart itself keeps showing all periods.
  const showRange = async (r: DateRange) => {
    range = r;
    const filters = { dyad, since: r.since, until: r.until };
    rangeNote.replaceChildren(
      `Showing ${rangeWords(r)}. `,
      r.since || r.until
        ? link(urlOf({}), "Show all dates")
        : "Drag the slider under the chart to narrow it.",
      " Every event of the range: ",
      el("a", { href: exportUrl(filters, "csv"), download: "", class: "export-csv" }, "CSV"),
      " · ",
      el("a", { href: exportUrl(filters, "jsonl"), download: "", class: "export-jsonl" }, "JSON Lines"),
      " · ",
      link(href(["events"], filters), "with filters"),
    );
    replace(
      orderNav,
      "Order: ",
      ...(["newest", "oldest"] as const).flatMap((o, i) => [
        i ? " · " : "",
        o === order
          ? el("strong", { "aria-current": "true" }, `${o} first`)
          : link(urlOf(r, o), `${o} first`),
      ]),
    );
    replace(briefBox, briefLinks(a, b, r, by));
    const [timeline, conflicts] = await Promise.all([
      timelinePanel(dyad, r, order, merged),
      api.conflicts({ dyad, ...r }),
    ]);
    replace(timelineBox, timeline);
    replace(
      conflictsBox,
      conflicts.length
        ? el(
            "p",
            { class: "range", role: "status" },
            `${conflicts.length} disputed attribute(s) in ${rangeWords(r)}`,
          )
        : null,
      conflictList(conflicts),
    );
  };
  const periods = el(
    "nav",
    { class: "periods", "aria-label": "Period" },
    "By ",
    ...PERIOD_NAMES.flatMap((p, i) => [
      i ? " · " : "",
      p === by ? el("strong", { "aria-current": "page" }, p) : link(urlOf(range, order, p), p),
    ]),
  );
  const undated = el(
    "p",
    { class: "undated", "data-undated": series.undated },
    series.undated
      ? `${series.undated} ${merged ? "merged event(s)" : "event(s)"} without a date: not on the chart; the timeline lists them after the dated ones while no range is set.`
      : "Every event of this dyad has a date.",
  );
  replace(
    root,
    el("h1", {}, `${a} – ${b}`),
    await actorPicker("dyad", a, b),
    el(
      "p",
      { class: "links" },
      link(href(["sources", a, b]), "Sources on this dyad"),
      " · ",
      link(href(["events"], { dyad }), "All events, with filters and export"),
      " · ",
      link(href(["dyad", b, a], { by }), "Swap"),
    ),
    briefBox,
    el(
      "section",
      { class: "panel", "aria-labelledby": "h-chart" },
      el("h2", { id: "h-chart" }, "Cooperation and conflict over time"),
      periods,
      series.rows.length
        ? seriesChart(series, range, (r) => {
            replaceHash(urlOf(r));
            void showRange(r).catch((e: unknown) => {
              replace(timelineBox, errorBox(e instanceof Error ? e.message : String(e)));
            });
          })
        : empty(`No dated events between ${a} and ${b}.`),
      undated,
      rangeNote,
    ),
    el(
      "div",
      { class: "columns" },
      el(
        "section",
        { class: "panel", "aria-labelledby": "h-timeline" },
        el("h2", { id: "h-timeline" }, merged ? "Timeline of merged events" : "Timeline of events"),
        orderNav,
        timelineBox,
      ),
      el(
        "div",
        {},
        el(
          "section",
          { class: "panel", "aria-labelledby": "h-conflicts" },
          el("h2", { id: "h-conflicts" }, "Conflicts between sources"),
          conflictsBox,
        ),
        el(
          "section",
          { class: "panel", "aria-labelledby": "h-third" },
          el("h2", { id: "h-third" }, "Third parties"),
          thirdParties(a, b, edges),
        ),
      ),
    ),
  );
  await showRange(range);
}
