/** Finds the publication date a page states about itself ("Published: 2024-03-28", "Thursday, March 28, 2024"). */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

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

/** Parses one line that is only a date, with an optional "Published"/"Updated" label; null otherwise. */
export function parseDateLine(line: string): string | null {
  const s = line.trim().replace(/^[*_]+|[*_]+$/g, "").replace(/^(published|posted|updated|date)\s*(on)?\s*[:|-]?\s*/i, "")
    .replace(/^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, "").trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(s);
  if (m) { const mo = monthNumber(m[1]!); return mo ? valid(Number(m[3]), mo, Number(m[2])) : null; }
  m = /^(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(s);
  if (m) { const mo = monthNumber(m[2]!); return mo ? valid(Number(m[3]), mo, Number(m[1])) : null; }
  return null;
}
