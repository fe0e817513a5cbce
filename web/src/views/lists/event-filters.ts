/**
 * The filters of every event list, with the CLI's names (actor, dyad, since, until, code, quad, modality,
 * source), read from and written to the URL, so a link or a reload shows the same rows.
 */
import { MODALITIES } from "../../../../src/domain/vocabulary.js";
import { el } from "../../dom.js";
import { QUADS } from "../../format.js";
import { href, type Route } from "../../router.js";

export const FILTER_NAMES = [
  "actor",
  "dyad",
  "since",
  "until",
  "code",
  "quad",
  "modality",
  "source",
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

/** The filters a route names; empty ones left out. */
export function routeFilters(route: Route): Filters {
  const out: Filters = {};
  for (const name of FILTER_NAMES) {
    const v = route.params.get(name)?.trim();
    if (v) out[name] = v;
  }
  return out;
}

const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

function field(label: string, input: HTMLElement): HTMLElement {
  return el("label", { class: "filter" }, el("span", {}, label), input);
}

function text(name: FilterName, value: string | undefined, placeholder: string, pattern?: string) {
  return el("input", {
    type: "text",
    name,
    id: `filter-${name}`,
    value: value ?? "",
    placeholder,
    pattern,
    title: pattern ? placeholder : undefined,
    autocomplete: "off",
  });
}

function choice(name: FilterName, value: string | undefined, options: readonly [string, string][]) {
  return el(
    "select",
    { name, id: `filter-${name}` },
    el("option", { value: "" }, "any"),
    ...options.map(([v, label]) => el("option", { value: v, selected: v === value }, label)),
  );
}

/**
 * The form; submitting it navigates to `parts` with the filters (and `keep`, e.g. the order) in the URL.
 * Paging starts again at the first page whenever the filters change.
 */
export function filterForm(parts: readonly string[], filters: Filters, keep: Record<string, string> = {}) {
  const form = el(
    "form",
    { class: "filters", "aria-label": "Filters" },
    field("Actor", text("actor", filters.actor, "RUS,PAK")),
    field("Dyad", text("dyad", filters.dyad, "RUS-PAK")),
    field("Since", text("since", filters.since, "YYYY[-MM[-DD]]", DATE_PATTERN)),
    field("Until", text("until", filters.until, "YYYY[-MM[-DD]]", DATE_PATTERN)),
    field("CAMEO code", text("code", filters.code, "06, 042", "\\d{2,4}")),
    field(
      "Quad class",
      choice(
        "quad",
        filters.quad,
        QUADS.map((q, i) => [String(i + 1), q]),
      ),
    ),
    field(
      "Modality",
      choice(
        "modality",
        filters.modality,
        MODALITIES.map((m) => [m, m]),
      ),
    ),
    field("Outlet", text("source", filters.source, "outlet name")),
    el("button", { type: "submit" }, "Apply"),
    el("a", { href: href(parts, keep), class: "clear" }, "Clear"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string> = { ...keep };
    for (const name of FILTER_NAMES) {
      const v = data.get(name);
      if (typeof v === "string" && v.trim()) next[name] = v.trim();
    }
    location.hash = href(parts, next);
  });
  return form;
}
