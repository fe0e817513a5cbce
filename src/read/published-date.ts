/** Finds the publication date a page states about itself ("Published: 2024-03-28", "Thursday, March 28, 2024"). */

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "Published", "Last updated", "Posted on", "First published on", "Date:" before a page's date. */
const LABEL =
  /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)|date)\s*(?:on|at)?\s*[:|-]?\s*/i;
/** A clock after the date: "10:32 AM ET", "at 10:32 a.m. EST", "10:32 GMT", "10.32 BST". */
const CLOCK =
  /[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,4}\)?|UTC[+-]?\d*)?$/i;

/** A date written out with a year: "2024-03-28", "March 28, 2024", "Mar. 28 2024", "28 March 2024"; null otherwise. */
function parseDate(text: string): string | null {
  const s = text
    .trim()
    .replace(/^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, "")
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)\.?,\s+/i, "")
    .trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(s);
  if (m) {
    const mo = monthNumber(m[1]!);
    return mo ? valid(Number(m[3]), mo, Number(m[2])) : null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)\.?,?\s+(\d{4})$/u.exec(s);
  if (m) {
    const mo = monthNumber(m[2]!);
    return mo ? valid(Number(m[3]), mo, Number(m[1])) : null;
  }
  return null;
}

/** Parses one line that is only a date, with an optional "Published"/"Updated" label and clock; null otherwise. */
export function parseDateLine(line: string): string | null {
  const s = line
    .trim()
    .replace(/^[*_]+|[*_]+$/g, "")
    .replace(LABEL, "")
    .replace(CLOCK, "")
    .trim();
  return parseDate(s);
}

/** Words of a name before a byline's date: "By Jane Doe", "Jane Doe and John Roe", "Jane Doe, Reuters". */
const NAME = /^(?:by\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}’'.-]*){0,5}$/u;

/**
 * The date of a page's header line: a date line, a byline with a date ("By Jane Doe | March 28, 2024",
 * "Jane Doe, 28 March 2024"), or a labelled date among other items ("Reuters · Updated 28 March 2024").
 */
export function parseHeaderLine(line: string): string | null {
  const whole = parseDateLine(line);
  if (whole) return whole;
  const s = line.trim().replace(/^[*_]+|[*_]+$/g, "");
  const parts = s.split(/\s*(?:[|·•]|\s[-–—]\s)\s*/).filter(Boolean);
  if (parts.length > 1) {
    const dated = parts.map((p) => parseDateLine(p));
    // Every other item is a name, an outlet or a reading time, not prose.
    const i = dated.findIndex(Boolean);
    if (i >= 0 && parts.every((p, k) => k === i || p.split(/\s+/).length <= 6)) return dated[i]!;
  }
  const labelled = /\b(?:published|posted|updated)\s*(?:on|at)?\s*[:|-]?\s*(.+)$/i.exec(s);
  if (labelled && s.split(/\s+/).length <= 14) {
    const d = parseDateLine(labelled[1]!);
    if (d) return d;
  }
  // "Jane Doe, 28 March 2024", "By Jane Doe, March 28, 2024": a name, then the date after a comma.
  const commas = s.split(/,\s*/);
  for (let k = 1; k <= 2 && k < commas.length; k++) {
    const date = parseDateLine(commas.slice(-k).join(", "));
    const name = commas.slice(0, -k).join(", ");
    if (date && name.split(/,\s*/).every((n) => NAME.test(n))) return date;
  }
  return null;
}

/**
 * A news dateline opening the first paragraph: "WASHINGTON, Sept. 3, 2017 (Reuters) -",
 * "LONDON, 3 September 2017 —". A dateline without a year ("SEOUL (AP) —", "TOKYO, Sept 3 -") gives
 * no publication date on its own.
 */
export function parseDateline(paragraph: string): string | null {
  const m =
    /^[\p{Lu}][\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}.\s]{2,30})?,\s*([^()—–-]{6,30}?)\s*(?:\([^)]{1,40}\)\s*)?[-—–:]/u.exec(
      paragraph,
    );
  return m ? parseDateLine(m[1]!) : null;
}
