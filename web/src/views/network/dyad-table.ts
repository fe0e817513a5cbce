/** The graph's dyads as a table: names beside codes, sortable by every column, narrowed by a filter box and a focused actor. */
import type { NamedEdge } from "../../api.js";
import { el, link } from "../../dom.js";
import { toCsv } from "../../../../src/domain/csv.js";
import { QUADS, goldsteinColour } from "../../format.js";
import { href } from "../../router.js";
import { actorLabel } from "./graph-model.js";
import { SORT_KEYS, type NetworkState, type SortKey } from "./network-state.js";

const HEADINGS: Record<SortKey, string> = {
  dyad: "Dyad",
  events: "Events",
  q1: QUADS[0],
  q2: QUADS[1],
  q3: QUADS[2],
  q4: QUADS[3],
  goldstein: "Mean Goldstein",
};

export const dyadLabel = (e: NamedEdge) => `${actorLabel(e.a, e.aName)} – ${actorLabel(e.b, e.bName)}`;

function value(e: NamedEdge, key: SortKey): number | string {
  switch (key) {
    case "dyad":
      return dyadLabel(e);
    case "events":
      return e.events;
    case "goldstein":
      return e.goldsteinMean;
    default:
      return e.quad[Number(key.slice(1)) - 1] ?? 0;
  }
}

/** Whether a dyad matches the filter box: either actor's code or name contains the text, in any case. */
export function matches(e: NamedEdge, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return true;
  return [e.a, e.b, e.aName ?? "", e.bName ?? ""].some((s) => s.toLowerCase().includes(t));
}

/** The rows the table shows, in its order; ties go to the busier dyad, then by key, so the order is stable. */
export function tableRows(
  edges: readonly NamedEdge[],
  s: Pick<NetworkState, "q" | "sort" | "descending" | "focus">,
): NamedEdge[] {
  const sign = s.descending ? -1 : 1;
  return edges
    .filter((e) => matches(e, s.q) && (!s.focus || e.a === s.focus || e.b === s.focus))
    .sort((x, y) => {
      const a = value(x, s.sort),
        b = value(y, s.sort);
      const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
      return sign * c || y.events - x.events || x.dyad.localeCompare(y.dyad);
    });
}

/** The table's rows as a file, in the columns and order shown. */
function tableFile(rows: readonly NamedEdge[], format: "csv" | "json"): Blob {
  const records = rows.map((e) => ({
    dyad: e.dyad,
    a: e.a,
    aName: e.aName,
    b: e.b,
    bName: e.bName,
    events: e.events,
    ...Object.fromEntries(e.quad.map((n, i) => [QUADS[i] ?? `quad ${i + 1}`, n])),
    goldsteinMean: e.goldsteinMean,
  }));
  if (format === "json") return new Blob([JSON.stringify(records, null, 2)], { type: "application/json" });
  const columns = Object.keys(records[0] ?? { dyad: "" });
  return new Blob([toCsv(records, columns)], { type: "text/csv" });
}

/** Download links for exactly the rows the table shows (after its filters, focus and order). */
export function tableDownloads(rows: readonly NamedEdge[]): HTMLElement {
  const fileLink = (format: "csv" | "json", label: string) => {
    const a = el("a", { class: `export-${format}`, download: `dyad-network.${format}`, href: "#" }, label);
    // Made when clicked: no file is built for a table nobody downloads.
    a.addEventListener("click", () => {
      a.href = URL.createObjectURL(tableFile(rows, format));
      setTimeout(() => {
        URL.revokeObjectURL(a.href);
      }, 10_000);
    });
    return a;
  };
  return el(
    "p",
    { class: "downloads" },
    `Download these ${rows.length} dyads: `,
    fileLink("csv", "CSV"),
    " · ",
    fileLink("json", "JSON"),
  );
}

/** The table; a header click asks for that column's order through `onSort`. */
export function dyadTable(
  rows: readonly NamedEdge[],
  s: Pick<NetworkState, "sort" | "descending">,
  onSort: (key: SortKey) => void,
): HTMLTableElement {
  const header = (key: SortKey) =>
    el(
      "th",
      {
        scope: "col",
        class: key === "dyad" ? "sortable" : "sortable num",
        "aria-sort": s.sort === key ? (s.descending ? "descending" : "ascending") : null,
      },
      el("button", { type: "button", "data-sort": key, onclick: () => onSort(key) }, HEADINGS[key]),
    );
  return el(
    "table",
    { class: "edges dyads" },
    el("thead", {}, el("tr", {}, ...SORT_KEYS.map(header))),
    el(
      "tbody",
      {},
      ...rows.map((e) =>
        el(
          "tr",
          { "data-dyad": e.dyad },
          el("th", { scope: "row" }, link(href(["dyad", e.a, e.b]), dyadLabel(e))),
          el("td", { class: "count num" }, e.events),
          ...e.quad.map((n, i) => el("td", { class: `num q${i + 1}` }, n)),
          el(
            "td",
            { class: "num goldstein" },
            el("span", {
              class: "swatch",
              "aria-hidden": "true",
              style: `background:${goldsteinColour(e.goldsteinMean)}`,
            }),
            ` ${e.goldsteinMean}`,
          ),
        ),
      ),
    ),
  );
}
