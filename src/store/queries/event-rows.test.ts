import { describe, expect, it } from "vitest";
import { eventRowReader } from "./event-rows.js";

// A driver's raw rows are arrays in the statement's column order; the reader must key each value by its
// column's name whatever that order is, and refuse a query that lacks a column.
const COLUMNS = [
  "id",
  "article_id",
  "origin",
  "outlet",
  "url",
  "source",
  "target",
  "source_role",
  "target_role",
  "code",
  "cameo",
  "quad",
  "symmetric",
  "date",
  "modality",
  "sector",
  "amount_value",
  "amount_unit",
  "evidence",
  "start_offset",
  "end_offset",
  "rule",
  "goldstein",
  "extractor_version",
  "cluster_id",
  "sort_date",
];
/** A value per column that names it, so a misplaced one shows in the diff. */
const valueOf = (column: string) => `<${column}>`;

describe("eventRowReader", () => {
  it.each([
    ["in select order", COLUMNS],
    ["reversed", [...COLUMNS].reverse()],
    ["with a column it does not read", ["extra", ...COLUMNS]],
  ])("keys each value by its column name: %s", (_name, columns) => {
    const row = eventRowReader(columns)(columns.map(valueOf));
    expect(row).toEqual(Object.fromEntries(COLUMNS.map((c) => [c, valueOf(c)])));
  });

  it("refuses a query without one of the columns, naming it", () => {
    expect(() => eventRowReader(COLUMNS.filter((c) => c !== "evidence"))).toThrow(/column evidence/);
  });
});
