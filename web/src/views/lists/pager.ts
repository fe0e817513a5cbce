/**
 * "N–M of T" and the links to the next page. Event lists page by cursor (each page as fast as the first):
 * the URL holds the cursor and where the page starts, so Back returns to the page before.
 */
import { el, link } from "../../dom.js";
import { href } from "../../router.js";

/** Where a page of `total` rows starts and how many it shows, in words. */
export function rangeText(from: number, shown: number, total: number, noun: string): string {
  if (total === 0) return `No ${noun}.`;
  if (shown === 0) return `Nothing past ${from - 1} of ${total} ${noun}.`;
  return `${from}–${from + shown - 1} of ${total} ${noun}`;
}

export interface PagerState {
  readonly parts: readonly string[];
  /** The URL's parameters without the page's own (after, from, offset). */
  readonly params: Record<string, string>;
  /** 1-based position of this page's first row. */
  readonly from: number;
  readonly shown: number;
  readonly total: number;
  readonly noun: string;
  /** The next page's cursor, or its offset for lists paged by position. */
  readonly next: { after: string } | { offset: number } | null;
  /** The offset of the page before, for lists paged by position. */
  readonly previous?: number | null;
}

export function pager(s: PagerState): HTMLElement {
  const links: (HTMLElement | string)[] = [];
  if (s.from > 1) links.push(link(href(s.parts, s.params), "« First page"));
  if (s.previous !== undefined && s.previous !== null && s.previous > 0)
    links.push(" · ", link(href(s.parts, { ...s.params, offset: s.previous }), "‹ Previous page"));
  if (s.next) {
    const page =
      "after" in s.next ? { after: s.next.after, from: s.from + s.shown } : { offset: s.next.offset };
    if (links.length) links.push(" · ");
    links.push(link(href(s.parts, { ...s.params, ...page }), "Next page »"));
  }
  return el(
    "nav",
    { class: "pager", "aria-label": "Pages" },
    el("span", { class: "range", role: "status" }, rangeText(s.from, s.shown, s.total, s.noun)),
    links.length ? " " : "",
    ...links,
  );
}

/** The pager of a list paged by position (search hits by rank): where this page and its neighbours start. */
export function offsetPager(s: {
  readonly parts: readonly string[];
  readonly params: Record<string, string>;
  readonly offset: number;
  readonly limit: number;
  readonly shown: number;
  readonly total: number;
  readonly noun: string;
}): HTMLElement {
  return pager({
    parts: s.parts,
    params: s.params,
    from: s.offset + 1,
    shown: s.shown,
    total: s.total,
    noun: s.noun,
    next: s.offset + s.shown < s.total ? { offset: s.offset + s.limit } : null,
    previous: s.offset ? Math.max(0, s.offset - s.limit) : null,
  });
}
