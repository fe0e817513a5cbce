/**
 * Network view: actors as nodes sized by events, dyads as lines coloured from conflict to cooperation, with
 * filters in the URL, and the same dyads in a sortable table. Undated events count unless the toggle drops them.
 */
import { api, type NamedActor, type NamedEdge } from "../api.js";
import { el, empty, errorBox, replace } from "../dom.js";
import { href, replaceHash, type Route } from "../router.js";
import { filterForm } from "./network/filter-form.js";
import { dyadTable, tableDownloads, tableRows } from "./network/dyad-table.js";
import { drawGraph, type DrawnGraph } from "./network/graph-canvas.js";
import { actorLabel, canvasHeight, graphNodes } from "./network/graph-model.js";
import {
  apiParams,
  defaultDescending,
  readState,
  sameServerFilters,
  stateParams,
  type NetworkState,
  type Years,
} from "./network/network-state.js";
import "./network/network.css";

/** What the server answered for one set of filters. */
interface Loaded {
  readonly edges: readonly NamedEdge[];
  readonly actors: ReadonlyMap<string, NamedActor>;
  readonly undated: number;
}

const year = (date: string | null, fallback: number) => (date ? Number(date.slice(0, 4)) : fallback);

async function load(s: NetworkState, years: Years): Promise<Loaded> {
  const params = apiParams(s, years);
  // The tooltip's counts are the actor's under the other filters: with an actor search they still describe each partner.
  const { actor: _actor, ...others } = params;
  const [edges, actors, undated] = await Promise.all([
    api.network(params),
    api.actorsMatching({ ...others, limit: 1000 }),
    api.network({ ...params, undated: "only" }),
  ]);
  return {
    edges,
    actors: new Map(actors.map((a) => [a.actor, a])),
    undated: undated.reduce((n, e) => n + e.events, 0),
  };
}

export async function networkView(root: HTMLElement, route: Route): Promise<void> {
  const stats = await api.stats();
  const now = new Date().getFullYear();
  const first = year(stats.firstEvent, now);
  const years: Years = { first, last: Math.max(first, year(stats.lastEvent, now)) };
  let state = readState(route.params, years);

  const canvas = el("div", { class: "graph", "aria-hidden": "true" });
  const tip = el("div", { class: "graph-tip", "aria-hidden": "true", hidden: true });
  const zoomButton = (label: string, text: string, act: (g: DrawnGraph) => void) =>
    el(
      "button",
      { type: "button", "aria-label": label, title: label, onclick: () => drawn && act(drawn) },
      text,
    );
  const graphBox = el(
    "div",
    { class: "graph-box" },
    canvas,
    tip,
    el(
      "div",
      { class: "zoom", role: "group", "aria-label": "Zoom" },
      zoomButton("Zoom in", "+", (g) => g.zoomBy(1.4)),
      zoomButton("Zoom out", "−", (g) => g.zoomBy(1 / 1.4)),
      zoomButton("Fit to view", "Fit", (g) => g.fit()),
    ),
  );
  const status = el("p", { class: "dyad-count", role: "status" });
  const focusBar = el("p", { class: "focus-bar" });
  const filterBox = el("input", {
    type: "search",
    id: "dyad-filter",
    placeholder: "actor name or code",
    value: state.q,
    autocomplete: "off",
  });
  const tableBox = el("div", { class: "edge-list" });
  const controls = filterForm(state, years, (patch) => set(patch));
  replace(
    root,
    el("h1", {}, "Network"),
    controls.form,
    el(
      "p",
      { class: "graph-legend" },
      "Circles: actors, larger for more events. Lines: dyads, thicker for more events, red for conflict, green for cooperation. ",
      "Hover for figures; click an actor to highlight its partners, a line to open the dyad; scroll or use the buttons to zoom, drag to pan.",
    ),
    graphBox,
    el("h2", {}, "Dyads"),
    el("div", { class: "table-tools" }, el("label", {}, "Filter ", filterBox), status),
    focusBar,
    tableBox,
  );

  let data: Loaded | null = null;
  let drawn: DrawnGraph | null = null;
  let generation = 0;
  /** Whether an answer from the server is awaited: the view does not show its URL until it arrives. */
  let loading = false;

  /** The dyads the graph shows: the server's, less those under the minimum. */
  const shownEdges = () => (data ? data.edges.filter((e) => e.events >= state.min) : []);

  const renderTable = () => {
    if (!data) return;
    const shown = shownEdges();
    const names = new Map(shown.flatMap((e) => [[e.a, e.aName] as const, [e.b, e.bName] as const]));
    // An actor the filters have since taken out of the graph narrows nothing.
    const focus = state.focus && names.has(state.focus) ? state.focus : null;
    const rows = tableRows(shown, { ...state, focus });
    const hidden = data.edges.length - shown.length;
    status.textContent =
      `${rows.length} of ${shown.length} dyads` +
      (hidden ? `; ${hidden} with fewer than ${state.min} events left out` : "") +
      (state.undated === "exclude" && data.undated ? `; ${data.undated} undated events left out` : "");
    if (focus) {
      const code = focus;
      replace(
        focusBar,
        `Dyads of ${actorLabel(code, names.get(code))}. `,
        el(
          "button",
          { type: "button", class: "link", onclick: () => set({ actors: [code], focus: null }) },
          "Show only its network",
        ),
        " ",
        el(
          "button",
          { type: "button", class: "link", onclick: () => set({ focus: null }) },
          "Show all dyads",
        ),
      );
    } else focusBar.replaceChildren();
    replace(
      tableBox,
      shown.length ? tableDownloads(rows) : null,
      shown.length
        ? dyadTable(rows, state, (key) =>
            set({ sort: key, descending: state.sort === key ? !state.descending : defaultDescending(key) }),
          )
        : empty("No dyads match these filters."),
    );
  };

  const draw = () => {
    drawn?.destroy();
    drawn = null;
    if (!data) return;
    const edges = shownEdges();
    const nodes = graphNodes(edges, data.actors);
    canvas.style.height = `${canvasHeight(nodes.length)}px`;
    if (!edges.length) {
      canvas.replaceChildren(empty("No relations match these filters."));
      for (const k of ["nodes", "edges"] as const) canvas.dataset[k] = "0";
      return;
    }
    canvas.replaceChildren();
    const names = new Map([...data.actors.values()].map((a) => [a.actor, a.name]));
    for (const n of nodes) names.set(n.id, n.name);
    drawn = drawGraph(canvas, tip, { nodes, edges, actors: data.actors, names }, (focus) => set({ focus }));
    drawn.focus(state.focus);
  };

  /** Marks the view as showing its URL: tests wait for it, and `data-ready` keeps the year range. */
  const settled = () => {
    root.dataset.ready = `${state.since}-${state.until}`;
    root.dataset.shown = href(["network"], stateParams(state, years));
  };

  const fetchAndDraw = async () => {
    const mine = ++generation;
    loading = true;
    delete root.dataset.shown;
    try {
      const loaded = await load(state, years);
      if (mine !== generation) return; // a later change has already asked again
      data = loaded;
      controls.setActors([...loaded.actors.values()], state.actors);
      controls.setUndated(loaded.undated);
      draw();
      renderTable();
    } catch (e) {
      if (mine !== generation) return;
      data = null;
      drawn?.destroy();
      drawn = null;
      canvas.replaceChildren(errorBox(e instanceof Error ? e.message : String(e)));
      tableBox.replaceChildren();
      status.textContent = "";
    }
    loading = false;
    settled();
  };

  function set(patch: Partial<NetworkState>): void {
    const before = state;
    state = { ...state, ...patch };
    replaceHash(href(["network"], stateParams(state, years)));
    if (!sameServerFilters(before, state)) {
      void fetchAndDraw();
      return;
    }
    if (before.min !== state.min) draw();
    else if (before.focus !== state.focus) drawn?.focus(state.focus);
    renderTable();
    if (!loading) settled();
  }

  filterBox.addEventListener("input", () => set({ q: filterBox.value }));
  replaceHash(href(["network"], stateParams(state, years)));
  await fetchAndDraw();
}
