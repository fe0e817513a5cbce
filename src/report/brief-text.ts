/** The wording both renderers share, as plain text (each renderer escapes it for its format). */
import { cameo } from "../domain/cameo.js";
import type { Flow } from "../store/store.js";
import type { Brief, Citation, CitedEvent, MainEvent, OutletFraming } from "./brief.js";

export const QUAD_NAMES = [
  "verbal cooperation",
  "material cooperation",
  "verbal conflict",
  "material conflict",
] as const;

/** "+1.9", "-8", "0". */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Russia (RUS)", or the code alone when no dictionary names it. */
export function actorLabel(brief: Brief, which: "a" | "b"): string {
  const name = brief.names[which];
  return name ? `${name} (${brief[which]})` : brief[which];
}

export function title(brief: Brief): string {
  return `Brief: ${actorLabel(brief, "a")} – ${actorLabel(brief, "b")}`;
}

/** "all dates", "from 2014", "until 2016-06", "2014 to 2016". */
export function rangeLabel(brief: Pick<Brief, "since" | "until">): string {
  if (brief.since && brief.until) return `${brief.since} to ${brief.until}`;
  if (brief.since) return `from ${brief.since}`;
  if (brief.until) return `until ${brief.until}`;
  return "all dates";
}

export function dateLine(brief: Brief): string {
  return `Made ${brief.generated} from the dyad database · events ${rangeLabel(brief)} · trend by ${brief.by}.`;
}

export const COUNTING =
  "Counted as the dyad view's chart counts: one event per cluster of reports (an event told by ten articles counts once), asserted and reported events only.";

export const arrowOf = (e: { source: string; target: string; symmetric: boolean }) =>
  `${e.source} ${e.symmetric ? "↔" : "→"} ${e.target}`;

export const cameoLabel = (code: string) => `${code} ${cameo(code).name}`;

/** "2014-11-20 RUS → PAK 057 Sign formal agreement". */
export const eventLabel = (e: CitedEvent | MainEvent) =>
  `${e.date ?? "undated"} ${arrowOf(e)} ${cameoLabel(e.cameo)}`;

export const eventDetails = (e: CitedEvent) => `${e.modality}, Goldstein ${signed(e.goldstein)}`;

export const mainEventDetails = (e: MainEvent) =>
  `${e.modality}, Goldstein ${signed(e.goldstein)}; reported by ${plural(e.outlets, "outlet")} in ${plural(e.articles, "article")}`;

/** "9 verbal cooperation, 5 material cooperation, 0 verbal conflict, 0 material conflict". */
export const quadCounts = (f: Flow) => f.quad.map((n, i) => `${n} ${QUAD_NAMES[i] ?? ""}`).join(", ");

export const meanLabel = (f: Flow) =>
  f.goldsteinMean === null ? "no mean Goldstein" : `mean Goldstein ${signed(f.goldsteinMean)}`;

export function summaryLine(brief: Brief): string {
  const t = brief.totals;
  return `${plural(t.events, "dated event")} between ${brief.a} and ${brief.b} (${rangeLabel(brief)}): ${quadCounts(t)}; ${meanLabel(t)}.`;
}

/** The notes on what the counts leave out; empty when they leave nothing out. */
export function countNotes(brief: Brief): string[] {
  const notes: string[] = [];
  if (brief.undated)
    notes.push(
      `${plural(brief.undated, "undated event")} of the dyad ${brief.undated === 1 ? "is" : "are"} counted apart: no period or date range can hold ${brief.undated === 1 ? "it" : "them"}.`,
    );
  if (brief.notHappened)
    notes.push(
      `${plural(brief.notHappened, "planned, denied or hypothetical event")}${brief.since || brief.until ? " in the range" : ""} ${brief.notHappened === 1 ? "is" : "are"} left out of the counts.`,
    );
  if (brief.unclustered)
    notes.push(
      `${plural(brief.unclustered, "report")} of the dyad ${brief.unclustered === 1 ? "is" : "are"} not merged into events yet: run \`dyad recluster\` on the database.`,
    );
  return notes;
}

/** No event said to have happened between the two in the range, dated or not. */
export const isEmpty = (brief: Brief) => brief.eventCount === 0;

export function nothingLine(brief: Brief): string {
  return `No event between ${brief.a} and ${brief.b} (${rangeLabel(brief)}) is stored as having happened: there is nothing to summarise.`;
}

export const slantWord = (s: number | null) =>
  s === null ? "no slant measured" : s >= 0.2 ? "warm" : s <= -0.2 ? "hostile" : "even";

export function framingLine(f: OutletFraming): string {
  const toward = Object.entries(f.toward)
    .map(([actor, v]) => `${signed(v)} toward ${actor}`)
    .join(", ");
  const slant =
    f.slant === null ? "no slant measured" : `mean slant ${signed(f.slant)} (${slantWord(f.slant)})`;
  return `${plural(f.articles, "article")}, ${slant}${toward ? `; ${toward}` : ""}.`;
}

export function framingCueLine(f: OutletFraming): string {
  return f.weight === null
    ? "No evaluative sentence found."
    : `The sentence that moved it most (weight ${signed(f.weight)}; ${f.cues.join(", ") || "no cue named"}):`;
}

export const outletName = (f: OutletFraming) => f.outlet ?? `no outlet named (${f.origin ?? "article"})`;

/** The parts of a citation line, in order; `link` is an http(s) address or null. */
export function citationParts(c: Citation): {
  source: string;
  title: string | null;
  published: string;
  link: string | null;
  file: string | null;
  where: string;
} {
  const link = httpUrl(c.url);
  return {
    source: c.outlet ?? "no outlet named",
    title: c.title,
    published: c.published ? `published ${c.published}` : "publication date unknown",
    link,
    // Without a web address, the stored origin is where the reader finds the article.
    file: link ? null : c.origin,
    where: `article ${c.articleId}, characters ${c.start}–${c.end}`,
  };
}

/** The address when it is http(s); any other scheme (javascript:, data:) is never made a link. */
export function httpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export const SLANT_SCALE =
  "Slant runs from -1 (hostile) to +1 (warm), from each article's evaluative words and the events it reports; an outlet's slant is the mean of its articles'.";
