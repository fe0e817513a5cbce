/** Prints event records as JSON lines (the spec's record), a JSON array, or an aligned table for people. */
import type { EventRecord } from "../domain/types.js";
import { cameo } from "../domain/cameo.js";
import { formatAmount } from "../domain/format-amount.js";

const FIELD_ORDER = [
  "article",
  "source",
  "target",
  "source_role",
  "target_role",
  "code",
  "quad",
  "symmetric",
  "date",
  "modality",
  "sector",
  "amount",
  "evidence",
  "start",
  "end",
  "rule",
  "goldstein",
] as const;

/** The record with its fields in the spec's order. */
export function ordered(e: EventRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (e[k] !== undefined) out[k] = e[k];
  return out;
}

export function toJsonl(events: readonly EventRecord[]): string {
  return events.map((e) => JSON.stringify(ordered(e)) + "\n").join("");
}

export function toJson(events: readonly EventRecord[]): string {
  return JSON.stringify(events.map(ordered), null, 2) + "\n";
}

const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + "…");
/** Untrusted article text with terminal control characters (and line breaks) replaced by spaces. */
// Control characters are exactly what must not reach a terminal from an article's text.
// eslint-disable-next-line no-control-regex
export const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");

/** One aligned line per event: dyad, code name, date, modality and a short excerpt. */
export function toTable(events: readonly EventRecord[], width = 160): string {
  if (events.length === 0) return "(no events)\n";
  const rows = events.map((e) => [
    clip(e.article.split("/").pop() ?? e.article, 24),
    `${e.source}${e.symmetric ? "<->" : "->"}${e.target}`,
    `${e.code} ${cameo(e.rule.split(":").pop() ?? e.code).name}`,
    e.date ?? "-",
    e.modality,
    e.amount ? formatAmount(e.amount.value, e.amount.unit) : "",
  ]);
  const head = ["ARTICLE", "DYAD", "CODE", "DATE", "MODALITY", "AMOUNT"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  const used = widths.reduce((a, b) => a + b + 2, 0);
  const room = Math.max(30, width - used);
  const out = [line(head) + "  EVIDENCE"];
  events.forEach((e, i) => out.push(line(rows[i]!) + "  " + clip(printable(e.evidence), room)));
  return out.join("\n") + "\n";
}
