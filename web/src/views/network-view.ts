/** Network view: actors as nodes, dyads as edges coloured from conflict to cooperation and sized by events, over a year range. */
import cytoscape from "cytoscape";
import { api, type NetworkEdge } from "../api.js";
import { el, empty, link, replace } from "../dom.js";
import { goldsteinColour } from "../format.js";
import { href, replaceHash, type Route } from "../router.js";

const year = (date: string | null, fallback: number) => (date ? Number(date.slice(0, 4)) : fallback);

function edgeTable(edges: readonly NetworkEdge[]): HTMLElement {
  if (!edges.length) return empty("No relations in this time range.");
  return el(
    "table",
    { class: "edges" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[
          "dyad",
          "events",
          "verbal coop",
          "material coop",
          "verbal conflict",
          "material conflict",
          "mean Goldstein",
        ].map((h) => el("th", { scope: "col" }, h)),
      ),
    ),
    el(
      "tbody",
      {},
      ...edges.map((e) =>
        el(
          "tr",
          { "data-dyad": e.dyad },
          el("th", { scope: "row" }, link(href(["dyad", e.a, e.b]), `${e.a} – ${e.b}`)),
          el("td", { class: "count" }, e.events),
          ...e.quad.map((n) => el("td", {}, n)),
          el(
            "td",
            {},
            el("span", { class: "swatch", style: `background:${goldsteinColour(e.goldsteinMean)}` }),
            ` ${e.goldsteinMean}`,
          ),
        ),
      ),
    ),
  );
}

function drawGraph(box: HTMLElement, edges: readonly NetworkEdge[]): void {
  const actors = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort();
  const max = Math.max(1, ...edges.map((e) => e.events));
  const cy = cytoscape({
    container: box,
    elements: [
      ...actors.map((id) => ({ data: { id } })),
      ...edges.map((e) => ({
        data: {
          id: e.dyad,
          source: e.a,
          target: e.b,
          width: 1.5 + 10 * Math.sqrt(e.events / max),
          colour: goldsteinColour(e.goldsteinMean),
          label: String(e.events),
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(id)",
          "background-color": "#3b5b7c",
          color: "#fff",
          "text-valign": "center",
          "font-size": 11,
          width: 42,
          height: 42,
        },
      },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "line-color": "data(colour)",
          label: "data(label)",
          "font-size": 10,
          "text-background-color": "#fff",
          "text-background-opacity": 1,
          "curve-style": "bezier",
        },
      },
    ],
    // A circle is the same at every load: the picture does not jump when the range changes.
    layout: { name: "circle", padding: 30 },
    userZoomingEnabled: false,
  });
  cy.on("tap", "edge", (evt) => {
    const [a, b] = (evt.target as cytoscape.EdgeSingular).id().split("-");
    if (a && b) location.hash = href(["dyad", a, b]);
  });
  cy.on("tap", "node", (evt) => {
    location.hash =
      href(["dyad"], {}) + `/${encodeURIComponent((evt.target as cytoscape.NodeSingular).id())}`;
  });
}

export async function networkView(root: HTMLElement, route: Route): Promise<void> {
  const stats = await api.stats();
  const now = new Date().getFullYear();
  const first = year(stats.firstEvent, now),
    last = Math.max(first, year(stats.lastEvent, now));
  const clamp = (v: string | null, d: number) =>
    v && /^\d{4}$/.test(v) ? Math.min(last, Math.max(first, Number(v))) : d;
  const range = {
    since: clamp(route.params.get("since"), first),
    until: clamp(route.params.get("until"), last),
  };
  const slider = (name: "since" | "until", label: string) =>
    el(
      "label",
      {},
      label,
      " ",
      el("input", {
        type: "range",
        name,
        id: `range-${name}`,
        min: first,
        max: last,
        step: 1,
        value: range[name],
        "aria-valuetext": String(range[name]),
      }),
    );
  const output = el("output", { id: "range-label", "aria-live": "polite" });
  const graph = el("div", { class: "graph", "aria-hidden": "true" });
  const list = el("div", { class: "edge-list" });
  const form = el("form", { class: "range" }, slider("since", "From"), slider("until", "to"), output);
  replace(
    root,
    el("h1", {}, "Network"),
    el(
      "p",
      {},
      "Each line is a pair of actors: thicker for more events, red for conflict, green for cooperation. Click a line, or a pair in the table, to open it.",
    ),
    form,
    graph,
    el("h2", {}, "Relations in range"),
    list,
  );

  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    output.textContent = `${range.since} – ${range.until}`;
    // The full range sends no filter, so undated events count too.
    const params = {
      since: range.since > first ? range.since : undefined,
      until: range.until < last ? range.until : undefined,
    };
    replaceHash(href(["network"], params));
    const edges = await api.network(params);
    if (mine !== generation) return; // a later move of the slider has already asked again
    replace(list, edgeTable(edges));
    graph.replaceChildren();
    if (edges.length) drawGraph(graph, edges);
    else graph.append(empty("No relations in this time range."));
    root.dataset.ready = `${range.since}-${range.until}`;
  };
  form.addEventListener("input", (e) => {
    const input = e.target as HTMLInputElement;
    const name = input.name as "since" | "until";
    range[name] = Number(input.value);
    // The two thumbs never cross: moving one past the other moves both.
    if (range.since > range.until) {
      if (name === "since") range.until = range.since;
      else range.since = range.until;
    }
    for (const n of ["since", "until"] as const) {
      const i = form.elements.namedItem(n) as HTMLInputElement;
      i.value = String(range[n]);
      i.setAttribute("aria-valuetext", String(range[n]));
    }
    void update();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  await update();
}
