/** What hovering the graph tells: an actor's name and counts with its main partners, or a dyad's figures. */
import type { NamedActor, NamedEdge } from "../../api.js";
import { el } from "../../dom.js";
import { QUADS } from "../../format.js";
import { actorLabel, type GraphNode } from "./graph-model.js";

const item = (field: string, term: string, value: string | number) =>
  el("div", { class: `tip-row field-${field}` }, el("dt", {}, term), el("dd", {}, value));

/** An actor: its counts under the view's filters (all its dyads), and the dyads the graph shows. */
export function actorTip(
  node: GraphNode,
  ranked: NamedActor | undefined,
  names: ReadonlyMap<string, string | null>,
): (HTMLElement | null)[] {
  const partners = ranked?.partners ?? [];
  return [
    el(
      "p",
      { class: "tip-title" },
      el("strong", { class: "tip-name" }, node.name ?? node.id),
      " ",
      el("span", { class: "tip-code" }, node.id),
    ),
    el(
      "dl",
      {},
      item("events", "Events", node.events),
      ranked && item("as-source", "As source", ranked.asSource),
      ranked && item("as-target", "As target", ranked.asTarget),
      item("dyads", "Dyads shown", node.dyads),
    ),
    partners.length
      ? el(
          "div",
          { class: "tip-partners" },
          el("span", { class: "tip-heading" }, "Top partners"),
          el(
            "ol",
            {},
            ...partners.map((p) =>
              el(
                "li",
                { "data-actor": p.actor },
                `${actorLabel(p.actor, names.get(p.actor))} `,
                el("span", { class: "count" }, p.events),
              ),
            ),
          ),
        )
      : null,
  ];
}

/** A dyad: its events by quad class and mean Goldstein score, and what a click does. */
export function dyadTip(e: NamedEdge): (HTMLElement | null)[] {
  return [
    el(
      "p",
      { class: "tip-title" },
      el("strong", {}, `${actorLabel(e.a, e.aName)} – ${actorLabel(e.b, e.bName)}`),
    ),
    el(
      "dl",
      {},
      item("events", "Events", e.events),
      ...e.quad.map((n, i) => item(`q${i + 1}`, QUADS[i] ?? "", n)),
      item("goldstein", "Mean Goldstein", e.goldsteinMean),
    ),
    el("p", { class: "tip-hint" }, "Click to open the dyad."),
  ];
}
