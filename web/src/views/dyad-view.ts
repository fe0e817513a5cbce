/** Dyad view: two actors over time (chart), their merged events with sources, conflicts between sources, third parties. */
import {
  api,
  type ClusterRecord,
  type Conflict,
  type NetworkEdge,
  type Period,
  type StoredEvent,
} from "../api.js";
import { el, empty, later, link, replace } from "../dom.js";
import { arrow, articleLabel, cameoName, eventItem } from "../format.js";
import { href, type Route } from "../router.js";
import { actorPicker } from "./actor-picker.js";
import { seriesChart } from "./series-chart.js";

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

function timeline(clusters: readonly ClusterRecord[], events: readonly StoredEvent[]): HTMLElement {
  if (clusters.length)
    return el("ol", { class: "timeline", "aria-label": "Merged events" }, ...clusters.map(clusterItem));
  if (events.length) return el("ol", { class: "timeline", "aria-label": "Events" }, ...events.map(eventItem));
  return empty("No events between these two actors.");
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
  const dyad = `${a}-${b}`;
  const [clusters, events, conflicts, edges] = await Promise.all([
    api.clusters({ dyad, limit: 200 }),
    api.events({ dyad, limit: 200 }),
    api.conflicts({ dyad }),
    api.network({}),
  ]);
  // Once reports are merged, the chart counts real-world events (clusters), like the timeline beside it.
  const series = await api.series(a, b, by, clusters.length > 0);
  const periods = el(
    "nav",
    { class: "periods", "aria-label": "Period" },
    "By ",
    ...PERIOD_NAMES.flatMap((p, i) => [
      i ? " · " : "",
      p === by ? el("strong", { "aria-current": "page" }, p) : link(href(["dyad", a, b], { by: p }), p),
    ]),
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
      link(href(["dyad", b, a], { by }), "Swap"),
    ),
    el(
      "section",
      { class: "panel", "aria-labelledby": "h-chart" },
      el("h2", { id: "h-chart" }, "Cooperation and conflict over time"),
      periods,
      series.rows.length
        ? seriesChart(series)
        : empty(
            `No dated events between ${a} and ${b}${series.undated ? ` (${series.undated} undated)` : ""}.`,
          ),
    ),
    el(
      "div",
      { class: "columns" },
      el(
        "section",
        { class: "panel", "aria-labelledby": "h-timeline" },
        el("h2", { id: "h-timeline" }, clusters.length ? "Timeline of merged events" : "Timeline of events"),
        timeline(clusters, events),
      ),
      el(
        "div",
        {},
        el(
          "section",
          { class: "panel", "aria-labelledby": "h-conflicts" },
          el("h2", { id: "h-conflicts" }, "Conflicts between sources"),
          conflictList(conflicts),
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
}
