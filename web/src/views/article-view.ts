/** Article view: the cleaned text with actor mentions and event evidence marked; an event's record and rule on hover or focus; the slant. */
import { api, type ArticleWithSlant, type Slant, type StoredEvent } from "../api.js";
import { el, empty, replace } from "../dom.js";
import { QUADS, arrow, articleLabel, cameoName } from "../format.js";
import { href, replaceHash, type Route } from "../router.js";

interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: "mention" | "evidence";
  readonly label: string;
  readonly event?: number;
}

/** Cuts [from, to) of the text at every span edge; each piece is a text node inside a span carrying the marks that cover it. */
function markedText(text: string, from: number, to: number, spans: readonly Span[]): Node[] {
  const inside = spans.filter((s) => s.end > from && s.start < to);
  const cuts = [
    ...new Set([from, to, ...inside.flatMap((s) => [s.start, s.end]).filter((x) => x > from && x < to)]),
  ].sort((x, y) => x - y);
  const out: Node[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(s, e);
    const covering = inside.filter((m) => m.start <= s && m.end >= e);
    if (!covering.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const events = covering.filter((c) => c.event !== undefined).map((c) => c.event!);
    const node = el(
      "span",
      {
        class: [...new Set(covering.map((c) => c.kind))].join(" "),
        title: covering.map((c) => c.label).join("\n"),
        "data-events": events.length ? events.join(" ") : null,
      },
      piece,
    );
    out.push(node);
  }
  return out;
}

function recordPanel(e: StoredEvent): HTMLElement {
  const rows: [string, string][] = [
    ["event", `${arrow(e)} (${e.sourceRole} → ${e.targetRole})`],
    ["code", cameoName(e.cameo)],
    ["quad class", `${e.quad} ${QUADS[e.quad - 1] ?? ""}`.trim()],
    ["Goldstein", String(e.goldstein)],
    ["date", e.date ?? "undated"],
    ["modality", e.modality],
    ["sector", e.sector],
    [
      "amount",
      e.amountValue === null ? "–" : `${e.amountValue.toLocaleString("en-US")} ${e.amountUnit ?? ""}`,
    ],
    ["evidence", e.evidence],
    ["offsets", `${e.start}–${e.end}`],
    ["rule", e.rule],
    ["extractor", e.extractorVersion],
  ];
  return el(
    "dl",
    { class: "record" },
    ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", { class: `field-${k.replace(/\W/g, "-")}` }, v)]),
  );
}

function slantPanel(slants: readonly Slant[]): HTMLElement {
  if (!slants.length) return empty("No slant measured for this article.");
  return el(
    "ul",
    { class: "slant" },
    ...slants.map((s) =>
      el(
        "li",
        {},
        el("strong", {}, s.dyad),
        ` ${s.score >= 0 ? "+" : ""}${s.score.toFixed(2)} (from ${s.events} event(s)); toward `,
        Object.entries(s.toward)
          .map(([actor, v]) => `${actor} ${v >= 0 ? "+" : ""}${v.toFixed(2)}`)
          .join(", "),
        s.drivers.length
          ? el(
              "ul",
              {},
              ...s.drivers
                .slice(0, 5)
                .map((d) =>
                  el(
                    "li",
                    {},
                    `${d.weight >= 0 ? "+" : ""}${d.weight.toFixed(2)} `,
                    el("q", {}, d.sentence),
                    d.cues.length ? ` (${d.cues.join(", ")})` : "",
                  ),
                ),
            )
          : null,
      ),
    ),
  );
}

export async function articleView(root: HTMLElement, route: Route): Promise<void> {
  const id = Number(route.parts[1]);
  if (!Number.isInteger(id) || id < 1) {
    replace(root, empty("No such article: the link should end with an article number."));
    return;
  }
  const a: ArticleWithSlant = await api.article(id);
  const spans: Span[] = [
    ...a.mentions.map((m): Span => ({
      start: m.start,
      end: m.end,
      kind: "mention",
      label: `${m.code} (${m.role}${m.person ? `, ${m.person}` : ""})`,
    })),
    ...a.eventList.map((e): Span => ({
      start: e.start,
      end: e.end,
      kind: "evidence",
      label: `${arrow(e)} ${cameoName(e.cameo)}`,
      event: e.id,
    })),
  ];
  const blocks = a.blocks.length ? a.blocks : [{ kind: "body" as const, start: 0, end: a.text.length }];
  const body = el(
    "div",
    { class: "article-text" },
    ...blocks.map((b) => {
      const tag = b.kind === "title" ? "h2" : b.kind === "heading" ? "h3" : "p";
      return el(tag, {}, ...markedText(a.text, b.start, b.end, spans));
    }),
  );
  const record = el(
    "div",
    { class: "record-box", "aria-live": "polite" },
    empty("Hover over or select an event to see its record and the rule that coded it."),
  );
  const buttons = new Map<number, HTMLButtonElement>();
  // Hovering only marks the evidence; choosing an event (click, keyboard) also scrolls it into view, as far
  // down a long article as it lies, and puts it in the URL so that the link shows the same.
  const select = (e: StoredEvent, reveal = false) => {
    replace(record, recordPanel(e));
    for (const n of body.querySelectorAll(".evidence.active")) n.classList.remove("active");
    for (const n of body.querySelectorAll<HTMLElement>("[data-events]"))
      if (n.dataset.events?.split(" ").includes(String(e.id))) n.classList.add("active");
    for (const [bid, btn] of buttons) btn.setAttribute("aria-pressed", String(bid === e.id));
    if (!reveal) return;
    body.querySelector(".evidence.active")?.scrollIntoView({ block: "center" });
    replaceHash(href(["article", String(a.id)], { event: e.id }));
  };
  const list = a.eventList.length
    ? el(
        "ol",
        { class: "article-events" },
        ...a.eventList.map((e) => {
          const btn = el(
            "button",
            {
              type: "button",
              "data-event": e.id,
              "aria-pressed": "false",
              onclick: () => {
                select(e, true);
              },
              onmouseenter: () => {
                select(e);
              },
              onfocus: () => {
                select(e, true);
              },
            },
            `${e.date ?? "undated"} ${arrow(e)} ${cameoName(e.cameo)} · ${e.modality}`,
          );
          buttons.set(e.id, btn);
          return el("li", {}, btn);
        }),
      )
    : empty("No events were coded in this article.");
  body.addEventListener("mouseover", (ev) => {
    const ids = (ev.target as HTMLElement).closest<HTMLElement>("[data-events]")?.dataset.events?.split(" ");
    const e = ids && a.eventList.find((x) => String(x.id) === ids[0]);
    if (e) select(e);
  });
  // The stored URL is untrusted too: only http(s) becomes a link, never javascript: or data:.
  const url = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;
  replace(
    root,
    el("h1", {}, articleLabel(a.title, a.origin)),
    el(
      "p",
      { class: "meta" },
      [a.outlet, a.published, a.origin].filter(Boolean).join(" · "),
      url ? " · " : "",
      url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original") : null,
    ),
    el(
      "p",
      { class: "legend" },
      el("span", { class: "mention" }, "actor mention"),
      " ",
      el("span", { class: "evidence" }, "event evidence"),
    ),
    el(
      "div",
      { class: "columns" },
      el("article", { "aria-label": "Article text" }, body),
      el(
        "aside",
        {},
        el("h2", {}, `Events (${a.eventList.length})`),
        list,
        el("h2", {}, "Record"),
        record,
        el("h2", {}, "Slant"),
        slantPanel(a.slant),
      ),
    ),
  );
  const wanted = a.eventList.find((e) => String(e.id) === route.params.get("event"));
  if (wanted) select(wanted, true);
}
