/** The graph as data: actors ranked by importance, their labels and sizes, and how many labels a zoom level shows. */
import type { NamedActor, NamedEdge } from "../../api.js";

/** "Russia (RUS)", or the code alone when the dictionaries give no name. */
export const actorLabel = (code: string, name: string | null | undefined) =>
  name ? `${name} (${code})` : code;

/** A long name crowds the canvas: the code is shorter and as well known ("WTO", "OECD"). */
const shortLabel = (code: string, name: string | null | undefined) =>
  name && name.length <= 16 ? name : code;

export interface GraphNode {
  readonly id: string;
  readonly name: string | null;
  /** What the canvas writes beside the node. */
  readonly label: string;
  /** The actor's events under the filters (all its dyads), which rank and size it. */
  readonly events: number;
  /** Events of the dyads the graph shows. */
  readonly shownEvents: number;
  readonly dyads: number;
  /** 0 for the most important actor. */
  readonly rank: number;
}

/** The actors of the shown dyads, most events first (ties by code, so the order is the same at every load). */
export function graphNodes(
  edges: readonly NamedEdge[],
  actors: ReadonlyMap<string, NamedActor>,
): GraphNode[] {
  const shown = new Map<string, { name: string | null; events: number; dyads: number }>();
  const add = (code: string, name: string | null, events: number) => {
    const s = shown.get(code) ?? { name, events: 0, dyads: 0 };
    s.events += events;
    s.dyads += 1;
    shown.set(code, s);
  };
  for (const e of edges) {
    add(e.a, e.aName, e.events);
    add(e.b, e.bName, e.events);
  }
  return [...shown.entries()]
    .map(([id, s]) => ({ id, s, events: actors.get(id)?.events ?? s.events }))
    .sort((x, y) => y.events - x.events || y.s.events - x.s.events || x.id.localeCompare(y.id))
    .map(({ id, s, events }, rank) => ({
      id,
      name: s.name,
      label: shortLabel(id, s.name),
      events,
      shownEvents: s.events,
      dyads: s.dyads,
      rank,
    }));
}

/** Node diameter in model units: area grows with events, so a hub stands out without hiding its neighbours. */
export function nodeSize(events: number, most: number): number {
  return Math.round(12 + 44 * Math.sqrt(events / Math.max(1, most)));
}

/** Edge width in model units, by the dyad's events. */
export function edgeWidth(events: number, most: number): number {
  return Math.round((1 + 9 * Math.sqrt(events / Math.max(1, most))) * 10) / 10;
}

/** Canvas height for this many actors: a handful fits a short box, 150 get most of a laptop's screen. */
export function canvasHeight(nodes: number): number {
  return Math.round(Math.min(600, Math.max(320, 120 + 42 * Math.sqrt(nodes))));
}

/**
 * How many actors are labelled: at the zoom that fits the graph, about one label per 120×200 px of canvas;
 * zooming in shows the visible part larger, so the count grows with the zoom's square (labels per screen area
 * stay about the same).
 */
export function labelCount(nodes: number, width: number, height: number, zoomOverFit: number): number {
  const atFit = Math.max(8, Math.round((width * height) / 24_000));
  return Math.min(nodes, Math.round(atFit * Math.max(1, zoomOverFit) ** 2));
}

/** Label size in screen pixels: a little larger as one zooms in, never small enough to squint at. */
export function labelPixels(zoomOverFit: number): number {
  return Math.round(Math.min(17, Math.max(12, 12 + 3 * Math.log2(Math.max(1, zoomOverFit)))) * 10) / 10;
}
