/** Shared pieces of the views: how an event, an actor and a Goldstein score are shown. */
import { cameo } from "../../src/domain/cameo.js";
import type { StoredEvent } from "./api.js";
import { el, link } from "./dom.js";
import { href } from "./router.js";

export const QUADS = [
  "verbal cooperation",
  "material cooperation",
  "verbal conflict",
  "material conflict",
] as const;
export const QUAD_COLOURS = ["#6fb28a", "#2e7d4f", "#e49a5b", "#b8322a"] as const;

export const cameoName = (code: string) => `${code} ${cameo(code).name}`;

/** Colour from conflict (-10, red) through neutral grey to cooperation (+10, green). */
export function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.abs(t));
  const [r, gr, b] =
    t < 0 ? [mix(150, 200), mix(150, 40), mix(150, 40)] : [mix(150, 30), mix(150, 140), mix(150, 70)];
  return `rgb(${r}, ${gr}, ${b})`;
}

/** An article's name: its title, else the file name it came from (without the folders, which mean nothing to a reader). */
export function articleLabel(title: string | null, origin: string): string {
  return title ?? origin.replace(/^.*[\\/](?=[^\\/]+$)/, "");
}

export const arrow = (e: { source: string; target: string; symmetric: boolean }) =>
  `${e.source} ${e.symmetric ? "↔" : "→"} ${e.target}`;

/** Link to the article with this event selected. */
export const eventHref = (e: StoredEvent) => href(["article", String(e.articleId)], { event: e.id });

/**
 * A link to where the article was published, opened outside the app. Only http(s) addresses: a stored URL
 * comes from the article's source and could name a script.
 */
export function originalLink(url: string | null, label = "original ↗"): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el("a", { href: url, class: "original", target: "_blank", rel: "noopener noreferrer" }, label);
}

/** One event as a timeline or list item: when, who, what, how sure, the words, and where it was read. */
export function eventItem(e: StoredEvent): HTMLLIElement {
  return el(
    "li",
    { class: `event quad-${e.quad}`, "data-event": e.id },
    el("span", { class: "date" }, e.date ?? "undated"),
    " ",
    el("span", { class: "who" }, arrow(e)),
    " ",
    el("span", { class: "code" }, cameoName(e.cameo)),
    " ",
    el("span", { class: `modality ${e.modality}` }, e.modality),
    el("blockquote", {}, e.evidence),
    el(
      "span",
      { class: "from" },
      "in ",
      link(
        eventHref(e),
        e.outlet ? `${e.outlet}: ${articleLabel(null, e.article)}` : articleLabel(null, e.article),
      ),
      ...(e.url ? [" · ", originalLink(e.url)] : []),
    ),
  );
}
