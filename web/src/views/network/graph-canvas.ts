/**
 * The network drawn by Cytoscape: a force layout sized to the box, zoom and pan, labels for the most important
 * actors (more as one zooms in), a tooltip on hover, a click on an actor to highlight its neighbourhood and a
 * click on a line to open the dyad. State tests read is on the container's data attributes.
 */
import cytoscape from "cytoscape";
import type { NamedActor, NamedEdge } from "../../api.js";
import { replace } from "../../dom.js";
import { goldsteinColour } from "../../format.js";
import { href } from "../../router.js";
import { edgeWidth, labelCount, labelPixels, nodeSize, type GraphNode } from "./graph-model.js";
import { layOut } from "./graph-layout.js";
import { actorTip, dyadTip } from "./graph-tooltip.js";

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly NamedEdge[];
  /** Each actor's counts under the view's filters, for the tooltip. */
  readonly actors: ReadonlyMap<string, NamedActor>;
  readonly names: ReadonlyMap<string, string | null>;
}

export interface DrawnGraph {
  /** Highlights an actor and its neighbours (null: none). */
  focus(actor: string | null): void;
  /** Zooms about the centre by a factor (the +/− buttons). */
  zoomBy(factor: number): void;
  fit(): void;
  destroy(): void;
}

const LABELLED = "node.labelled, node.near, node.hovered, node.focused";

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      "background-color": "#3b6b96",
      "border-width": 1,
      "border-color": "#ffffff",
      label: "",
      "font-size": "data(font)",
      "text-valign": "bottom",
      "text-margin-y": 2,
      color: "#1d232b",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "text-outline-opacity": 0.9,
    },
  },
  // Labelled actors are drawn above the rest, so no unlabelled circle hides a label.
  { selector: LABELLED, style: { label: "data(label)", "z-index": 5 } },
  { selector: "node.hovered", style: { "background-color": "#1f3347", "z-index": 10 } },
  { selector: "node.focused", style: { "border-color": "#e0a100", "border-width": 4 } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "data(colour)",
      "curve-style": "straight",
      opacity: 0.7,
    },
  },
  { selector: "edge.hovered", style: { opacity: 1, "z-index": 10 } },
  { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.3 } },
];

function elements(data: GraphData): cytoscape.ElementDefinition[] {
  const most = Math.max(1, ...data.nodes.map((n) => n.events));
  const heaviest = Math.max(1, ...data.edges.map((e) => e.events));
  return [
    ...data.nodes.map((n) => ({
      data: {
        id: n.id,
        label: n.label,
        rank: n.rank,
        events: n.events,
        size: nodeSize(n.events, most),
        font: 12,
      },
    })),
    ...data.edges.map((e) => ({
      data: {
        id: e.dyad,
        source: e.a,
        target: e.b,
        width: edgeWidth(e.events, heaviest),
        colour: goldsteinColour(e.goldsteinMean),
      },
    })),
  ];
}

/** Draws the graph into `canvas`, with the tooltip in `tip`; `onFocus` hears clicks on actors and on the background. */
export function drawGraph(
  canvas: HTMLElement,
  tip: HTMLElement,
  data: GraphData,
  onFocus: (actor: string | null) => void,
): DrawnGraph {
  const cy = cytoscape({
    container: canvas,
    elements: elements(data),
    style: STYLE,
    layout: { name: "preset" },
    boxSelectionEnabled: false,
    // A click focuses an actor (below) rather than selecting it in Cytoscape's own way.
    autounselectify: true,
  });
  layOut(cy);
  const fitZoom = cy.zoom();
  // "Fit to view" returns here: fitting again would measure the labels shown when zoomed in, a wider box.
  const fitPan = { ...cy.pan() };
  cy.minZoom(fitZoom / 2);
  cy.maxZoom(Math.max(3, fitZoom * 8));
  let focused: string | null = null;

  const relabel = () => {
    const zoom = cy.zoom();
    const k = labelCount(data.nodes.length, cy.width(), cy.height(), zoom / fitZoom);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("labelled", Number(n.data("rank")) < k);
      });
      cy.nodes().data("font", labelPixels(zoom / fitZoom) / zoom);
    });
    canvas.dataset.zoom = zoom.toFixed(2);
    canvas.dataset.labelled = String(cy.nodes(LABELLED).length);
  };

  const hideTip = () => {
    tip.hidden = true;
    cy.elements(".hovered").removeClass("hovered");
    delete canvas.dataset.hover;
    canvas.dataset.labelled = String(cy.nodes(LABELLED).length);
  };
  const showTip = (
    target: cytoscape.NodeSingular | cytoscape.EdgeSingular,
    content: (HTMLElement | null)[],
    at: cytoscape.Position,
  ) => {
    cy.elements(".hovered").removeClass("hovered");
    target.addClass("hovered");
    canvas.dataset.hover = target.id();
    canvas.dataset.labelled = String(cy.nodes(LABELLED).length);
    replace(tip, ...content);
    tip.hidden = false;
    // Beside the pointer, turned back inside the box at its right and bottom edges.
    const x = at.x + 16 + tip.offsetWidth > cy.width() ? at.x - 16 - tip.offsetWidth : at.x + 16;
    const y = Math.min(at.y + 12, Math.max(0, cy.height() - tip.offsetHeight));
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${Math.max(0, y)}px`;
  };

  const focus = (actor: string | null) => {
    const node = actor ? cy.$id(actor) : cy.collection();
    focused = node.empty() ? null : actor;
    cy.batch(() => {
      cy.elements().removeClass("faded near focused");
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      cy.elements().not(hood).addClass("faded");
      hood.nodes().addClass("near");
      node.addClass("focused");
    });
    if (focused) canvas.dataset.focus = focused;
    else delete canvas.dataset.focus;
    canvas.dataset.labelled = String(cy.nodes(LABELLED).length);
  };

  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.dyad, e]));
  cy.on("mouseover", "node", (evt) => {
    const node = evt.target as cytoscape.NodeSingular;
    const model = byId.get(node.id());
    if (model) showTip(node, actorTip(model, data.actors.get(model.id), data.names), node.renderedPosition());
  });
  cy.on("mouseover", "edge", (evt) => {
    const edge = evt.target as cytoscape.EdgeSingular;
    const model = edgeById.get(edge.id());
    if (model) showTip(edge, dyadTip(model), evt.renderedPosition);
  });
  cy.on("mouseout", "node, edge", hideTip);
  // A pointer leaving the box fast, straight off a node, gets no mouseout from Cytoscape.
  canvas.addEventListener("mouseleave", hideTip);
  cy.on("pan zoom", hideTip);
  cy.on("zoom", relabel);
  cy.on("tap", (evt) => {
    if (evt.target === cy) onFocus(null);
  });
  cy.on("tap", "node", (evt) => {
    const id = (evt.target as cytoscape.NodeSingular).id();
    onFocus(id === focused ? null : id);
  });
  cy.on("tap", "edge", (evt) => {
    const edge = evt.target as cytoscape.EdgeSingular;
    location.hash = href(["dyad", edge.source().id(), edge.target().id()]);
  });

  canvas.dataset.nodes = String(cy.nodes().length);
  canvas.dataset.edges = String(cy.edges().length);
  relabel();
  return {
    focus,
    zoomBy(factor) {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fit() {
      cy.viewport({ zoom: fitZoom, pan: fitPan });
    },
    destroy() {
      canvas.removeEventListener("mouseleave", hideTip);
      tip.hidden = true;
      cy.destroy();
    },
  };
}
