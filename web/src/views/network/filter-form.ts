/** The network's filter bar: years, quad class, minimum events per dyad, actor search and undated events. */
import type { NamedActor } from "../../api.js";
import { el, replace } from "../../dom.js";
import { QUADS as QUAD_NAMES } from "../../format.js";
import { QUADS } from "../../../../src/domain/vocabulary.js";
import { actorLabel } from "./graph-model.js";
import type { NetworkState, Years } from "./network-state.js";

export interface FilterForm {
  readonly form: HTMLFormElement;
  /** The actors the search offers, with their names, and the codes searched for, shown by name. */
  setActors(actors: readonly NamedActor[], searched: readonly string[]): void;
  /** How many undated events the current filters match, said beside the toggle. */
  setUndated(count: number): void;
}

const ACTOR = /^[A-Z][A-Z0-9]{1,11}$/;

/**
 * Actor codes from what was typed or picked: "Russia (RUS)", "RUS", "russia", or several joined by commas.
 * Returns the first part that names no actor instead, to be said.
 */
export function resolveActors(
  text: string,
  actors: readonly NamedActor[],
): { ok: true; codes: string[] } | { ok: false; unknown: string } {
  const codes: string[] = [];
  // A picked label ends in its code and may hold commas ("Bonaire, Sint Eustatius and Saba (BES)"): split after
  // those first, then the rest on every comma.
  const parts = text
    .split(/(?<=\))\s*,/)
    .flatMap((p) => (/\([A-Z][A-Z0-9]{1,11}\)\s*$/.test(p) ? [p] : p.split(",")))
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const picked = /\(([A-Z][A-Z0-9]{1,11})\)$/.exec(part)?.[1];
    const upper = part.toUpperCase();
    const code =
      picked ??
      actors.find((a) => a.actor === upper)?.actor ??
      actors.find((a) => a.name?.toLowerCase() === part.toLowerCase())?.actor ??
      (ACTOR.test(upper) && part === upper ? upper : undefined);
    if (!code) return { ok: false, unknown: part };
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, codes };
}

/** The form, filled from the state; `onChange` hears each change as the part of the state it sets. */
export function filterForm(
  state: NetworkState,
  years: Years,
  onChange: (patch: Partial<NetworkState>) => void,
): FilterForm {
  let actors: readonly NamedActor[] = [];
  const range = { since: state.since, until: state.until };
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
        min: years.first,
        max: years.last,
        step: 1,
        value: range[name],
        "aria-valuetext": String(range[name]),
      }),
    );
  const output = el(
    "output",
    { id: "range-label", "aria-live": "polite" },
    `${range.since} – ${range.until}`,
  );
  const quad = el(
    "select",
    { name: "quad", id: "quad" },
    el("option", { value: "" }, "all quad classes"),
    ...QUADS.map((q) =>
      el("option", { value: q, selected: state.quad === q }, `${q} ${QUAD_NAMES[q - 1] ?? ""}`),
    ),
  );
  const min = el("input", {
    type: "number",
    name: "min",
    id: "min-events",
    min: 1,
    step: 1,
    value: state.min,
  });
  const options = el("datalist", { id: "actor-options" });
  const actor = el("input", {
    type: "search",
    name: "actor",
    id: "actor-search",
    list: "actor-options",
    placeholder: "name or code",
    value: state.actors.join(","),
    autocomplete: "off",
  });
  const actorError = el("span", { class: "actor-error", role: "alert" });
  const undated = el("input", {
    type: "checkbox",
    name: "undated",
    id: "undated",
    checked: state.undated === "include",
  });
  const undatedCount = el("span", { class: "undated-count" });
  // Two rows: when (the years, and the undated events beside them), then what and who.
  const form = el(
    "form",
    { class: "network-filters", "aria-label": "Filters" },
    el(
      "div",
      { class: "filter-row" },
      el(
        "fieldset",
        { class: "years" },
        el("legend", {}, "Years"),
        slider("since", "from"),
        slider("until", "to"),
        output,
      ),
      el("label", { class: "undated" }, undated, " Include undated events", undatedCount),
    ),
    el(
      "div",
      { class: "filter-row" },
      el("label", {}, "Quad class ", quad),
      el("label", {}, "Min. events per dyad ", min),
      el("label", {}, "Actor ", actor),
      options,
      actorError,
    ),
  );

  const applyActor = () => {
    const found = resolveActors(actor.value, actors);
    actorError.textContent = found.ok ? "" : `No actor “${found.unknown}”: pick one from the list.`;
    if (found.ok) onChange({ actors: found.codes });
  };
  const setYear = (name: "since" | "until", value: number) => {
    range[name] = value;
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
    output.textContent = `${range.since} – ${range.until}`;
    onChange({ ...range });
  };
  form.addEventListener("input", (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === "since" || target.name === "until") setYear(target.name, Number(target.value));
    else if (target === min) {
      const n = Number(min.value);
      if (Number.isInteger(n) && n >= 1) onChange({ min: n });
    }
  });
  form.addEventListener("change", (e) => {
    if (e.target === quad) onChange({ quad: QUADS.find((q) => String(q) === quad.value) ?? null });
    else if (e.target === undated) onChange({ undated: undated.checked ? "include" : "exclude" });
    else if (e.target === actor) applyActor();
  });
  // Enter in the search box submits: the same as leaving it.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    applyActor();
  });
  return {
    form,
    setActors(list, searched) {
      actors = list;
      replace(options, ...list.map((a) => el("option", { value: actorLabel(a.actor, a.name) })));
      if (document.activeElement !== actor) {
        const names = new Map(list.map((a) => [a.actor, a.name]));
        actor.value = searched.map((code) => actorLabel(code, names.get(code))).join(", ");
      }
    },
    setUndated(count) {
      undatedCount.textContent = ` (${count})`;
    },
  };
}
