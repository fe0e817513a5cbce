/** The dyad view's "Brief" links: the dyad brief of the API, as a page to open and as Markdown to download. */
import { el } from "../dom.js";

/** A date range of the view, either end open (YYYY[-MM[-DD]]). */
export interface BriefRange {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
}

/** The API address of the brief (relative, as the API client's calls are, so a token cookie goes with it). */
export function briefHref(
  a: string,
  b: string,
  format: "html" | "md",
  range: BriefRange,
  by?: string,
): string {
  const q = new URLSearchParams({ format });
  if (range.since) q.set("since", range.since);
  if (range.until) q.set("until", range.until);
  if (by) q.set("by", by);
  return `api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/brief?${q.toString()}`;
}

/**
 * "Brief" (the HTML page, in a new tab: print it from there for PDF) and "Markdown" (a download), for the
 * dyad a–b within the range the view shows; `by` is the view's period, so the brief's trend matches its chart.
 */
export function briefLinks(a: string, b: string, range: BriefRange, by?: string): HTMLElement {
  const span = [range.since, range.until].filter(Boolean).join(" to ");
  return el(
    "span",
    { class: "brief-links" },
    el(
      "a",
      {
        class: "brief-html button",
        href: briefHref(a, b, "html", range, by),
        target: "_blank",
        rel: "noopener",
        title: `A dated summary of ${a}–${b}${span ? ` (${span})` : ""}, every statement cited`,
      },
      "Brief",
    ),
    " (",
    el(
      "a",
      {
        class: "brief-md",
        href: briefHref(a, b, "md", range, by),
        download: `brief-${a}-${b}${range.since ? `-from-${range.since}` : ""}${range.until ? `-to-${range.until}` : ""}.md`,
      },
      "Markdown",
    ),
    ")",
  );
}
