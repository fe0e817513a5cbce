/** Strips scraped clutter from plain text and splits it into title, headings and body paragraphs. */
import { stripGalleryChrome } from "./gallery.js";
import { splitKickers } from "./kickers.js";
import { AUTHOR_CARD, BYLINE, CLUTTER_LINES, TRAILER_LINES, isAuthorBio } from "./clutter.js";
import { parseDateLine, parseDateline, parseHeaderLine } from "./published-date.js";

import type { Block, BlockKind } from "../domain/types.js";
export type { Block, BlockKind } from "../domain/types.js";

export interface CleanText {
  readonly text: string;
  readonly title: string | null;
  /** The date the page states for itself, if any. */
  readonly published: string | null;
  /** The outlet a header line names ("Source: Meridian Wire"), if any. */
  readonly outlet: string | null;
  readonly blocks: readonly Block[];
  /** Lines dropped as clutter, for --explain. */
  readonly removed: readonly string[];
}

/** "Source: Meridian Wire", "*Publisher: Border Lines*": an outlet line in an article's header. */
const OUTLET_LINE = /^[*_]*(?:source|outlet|publisher|published by)\s*:\s*(.{2,60}?)[*_]*$/i;

const LABELLED_DATE = /^[*_]*(?:published|posted|updated|date)\b/i;
const CLOCK_YEARS = 5;

/**
 * A bare date line at the top of a scraped page ("Thursday, March 28, 2024") is often the site's
 * clock on the day of the scrape, not the article's date: it is not trusted when the newest year
 * the text names is years older, so "last year" is left undated rather than dated wrongly.
 */
function isPageClock(published: string, text: string): boolean {
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length > 0 && Number(published.slice(0, 4)) - Math.max(...years) > CLOCK_YEARS;
}

const TERMINAL = /[.!?…"”’')\]]$/;

/**
 * A run this long without a space is not prose (a data URL, minified code, a base64 blob), and the
 * tokenizer's word tests take time that grows with its square: it is cut to its first characters.
 */
const LONG_RUN_LENGTH = 200;
const LONG_RUN = new RegExp(String.raw`\S{${LONG_RUN_LENGTH},}`, "g");

/** Whether `line` (trimmed) has more than `n` words; a paragraph is read only as far as that takes. */
function moreWordsThan(line: string, n: number): boolean {
  const gaps = /\s+/g;
  for (let k = 0; k < n; k++) if (!gaps.exec(line)) return false;
  return true;
}

/** Whether `line` has a run of LONG_RUN_LENGTH characters without a space; plain ASCII is read without the regex. */
function hasLongRun(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(line.charAt(i));
    run = space ? 0 : run + 1;
    if (run >= LONG_RUN_LENGTH) return true;
  }
  return false;
}

/** A short line with no closing punctuation: a headline, sub-heading, caption or tag list. */
function isHeadingLike(line: string): boolean {
  if (moreWordsThan(line, 14)) return false;
  // "Is Pakistan on the Path of Betraying Russia?": a one-line question is a headline too.
  return !TERMINAL.test(line) || (line.endsWith("?") && !line.includes(". "));
}

/** Cleans text that is already plain (after HTML extraction, or a .txt/.md file). */
export function cleanText(raw: string, knownTitle: string | null = null): CleanText {
  const gallery = stripGalleryChrome(raw);
  const lines = splitKickers(gallery.text)
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/g, "").trim());
  const removed: string[] = [...gallery.removed];
  const kept: string[] = [];
  let author: string | null = null;
  let published: string | null = null;
  let outlet: string | null = null;
  let dateLabelled = false;
  for (const [i, line] of lines.entries()) {
    if (line === "") {
      kept.push("");
      continue;
    }
    if (TRAILER_LINES.some((r) => r.test(line))) {
      removed.push(...lines.slice(i).filter(Boolean));
      break;
    }
    if (CLUTTER_LINES.some((r) => r.test(line)) || AUTHOR_CARD.test(line)) {
      removed.push(line);
      continue;
    }
    const byline = i < 15 && line.endsWith("|") ? BYLINE.exec(line) : null;
    if (byline?.[2]) {
      author = byline[2];
      removed.push(line);
      continue;
    }
    const dateLine = i < 15 && line.length <= 120 ? parseHeaderLine(line) : null;
    // A byline's date ("By Jane Doe | March 28, 2024") is the article's own, like a labelled one; a bare date may be the site's clock.
    if (dateLine) {
      if (!published) {
        published = dateLine;
        dateLabelled = LABELLED_DATE.test(line) || !parseDateLine(line);
      }
      removed.push(line);
      continue;
    }
    const outletLine = i < 15 ? OUTLET_LINE.exec(line) : null;
    if (outletLine) {
      outlet ??= outletLine[1]!.trim();
      removed.push(line);
      continue;
    }
    const unmarked = line.replace(/^#{1,6}\s+/, "").replace(/^\|\s*/, "");
    kept.push(
      hasLongRun(unmarked)
        ? unmarked.replace(LONG_RUN, (run) => {
            removed.push(
              `${run.slice(0, 60)}… (${run.length.toLocaleString("en")} characters without a space)`,
            );
            return `${run.slice(0, 20)}…`;
          })
        : unmarked,
    );
  }
  // An author card is a name line followed by a bio paragraph: learn the name, drop both.
  const paragraphs = kept
    .join("\n")
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const bioNames = new Set<string>(author ? [author] : []);
  for (const [i, p] of paragraphs.entries()) {
    const next = paragraphs[i + 1];
    if (next && p.split(/\s+/).length <= 4 && isAuthorBio(next, p)) bioNames.add(p);
  }
  const body = paragraphs.filter((p) => {
    const drop = bioNames.has(p) || [...bioNames].some((n) => isAuthorBio(p, n));
    if (drop) removed.push(p);
    return !drop;
  });
  // "WASHINGTON, Sept. 3, 2017 (Reuters) -": a dateline with a year in the opening paragraphs dates the story.
  if (!published) {
    const dateline = body.slice(0, 4).map(parseDateline).find(Boolean);
    if (dateline) {
      published = dateline;
      dateLabelled = true;
    }
  }
  // Scrapes often repeat the headline (page title, then article title): keep one.
  const deduped = body.filter((p, i) => i === 0 || p !== body[i - 1]);
  let title = knownTitle;
  const blocks: Block[] = [];
  let text = "";
  for (const [i, p] of deduped.entries()) {
    if (text) text += "\n\n";
    const start = text.length;
    text += p;
    let kind: BlockKind = isHeadingLike(p) ? "heading" : "body";
    if (i === 0 && kind === "heading" && (title === null || title === p)) {
      kind = "title";
      title = p;
    }
    blocks.push({ kind, start, end: text.length });
  }
  if (published && !dateLabelled && isPageClock(published, text)) {
    removed.push(
      `(${published} not taken as the publication date: the text names no year within ${CLOCK_YEARS} years of it)`,
    );
    published = null;
  }
  return { text, title, published, outlet, blocks, removed };
}
