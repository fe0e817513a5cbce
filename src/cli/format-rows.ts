/** Prints rows of query results as an aligned table, CSV or JSON. */
import { printable } from "./format-records.js";
import { UsageError } from "./usage-error.js";
import { toCsv, type Row } from "../domain/csv.js";
export { csvCell, toCsv, type Row } from "../domain/csv.js";

/** The terminal's width, or 160 when output goes to a file or pipe (Node's types omit that `columns` is then unset). */
export const terminalWidth = (): number => (process.stdout as { columns?: number }).columns ?? 160;

export const ROW_FORMATS = ["table", "json", "csv"] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export function parseRowFormat(value: string, allowed: readonly string[] = ROW_FORMATS): RowFormat {
  if (!allowed.includes(value))
    throw new UsageError(`unknown --format "${value}" (use ${allowed.join(", ")})`);
  return value as RowFormat;
}

const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + "…");

/** Aligned columns; the last column takes the remaining width and is clipped. */
export function toAligned(rows: readonly Row[], columns: readonly string[], width = terminalWidth()): string {
  if (rows.length === 0) return "(nothing matched)\n";
  const cells = rows.map((r) =>
    columns.map((c) => printable(r[c] === null || r[c] === undefined ? "-" : String(r[c]))),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(20, Math.min(widths[widths.length - 1]!, width - fixed));
  const line = (row: string[]) =>
    row
      .map((c, i) => (i === row.length - 1 ? clip(c, widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...cells.map(line)].join("\n") + "\n";
}

export function formatRows(rows: readonly Row[], columns: readonly string[], format: RowFormat): string {
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  if (format === "csv") return toCsv(rows, columns);
  return toAligned(rows, columns);
}
