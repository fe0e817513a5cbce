/** CSV as spreadsheets read it, for every face that writes rows (the CLI, the API's export). */

export type Row = Record<string, string | number | boolean | null>;

/** RFC 4180 quoting; cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Row[], columns: readonly string[], header = true): string {
  const lines = rows.map((r) => columns.map((c) => csvCell(r[c] ?? null)).join(","));
  return [...(header ? [columns.join(",")] : []), ...lines].join("\n") + "\n";
}
