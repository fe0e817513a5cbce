/**
 * Every event matching a filter as one file, page by page along the index (no page costs more than the
 * first, memory stays flat): what `dyad export` writes and the API's /api/export serves.
 */
import { toCsv, type Row } from "../domain/csv.js";
import { eventCursor, nextCursor } from "./cursor.js";
import type { EventFilter, Page, Store, StoredEvent } from "./store.js";

/** GDELT-like column names for analysts (documented in the README). */
export const EXPORT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "DatePrecision",
  "Actor1Code",
  "Actor1Type1Code",
  "Actor2Code",
  "Actor2Type1Code",
  "IsSymmetric",
  "EventCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "Modality",
  "Sector",
  "AmountValue",
  "AmountUnit",
  "SOURCEURL",
  "SourceOutlet",
  "ArticleOrigin",
  "Evidence",
  "EvidenceStart",
  "EvidenceEnd",
  "Rule",
  "ExtractorVersion",
] as const;

export function exportRow(e: StoredEvent): Row {
  return {
    GLOBALEVENTID: e.id,
    SQLDATE: e.date ? e.date.replace(/-/g, "").padEnd(8, "0") : null,
    DatePrecision: e.date ? (e.date.length === 4 ? "year" : e.date.length === 7 ? "month" : "day") : null,
    Actor1Code: e.source,
    Actor1Type1Code: e.sourceRole,
    Actor2Code: e.target,
    Actor2Type1Code: e.targetRole,
    IsSymmetric: e.symmetric ? 1 : 0,
    EventCode: e.cameo,
    EventRootCode: e.code,
    QuadClass: e.quad,
    GoldsteinScale: e.goldstein,
    Modality: e.modality,
    Sector: e.sector,
    AmountValue: e.amountValue,
    AmountUnit: e.amountUnit,
    SOURCEURL: e.url,
    SourceOutlet: e.outlet,
    ArticleOrigin: e.article,
    Evidence: e.evidence,
    EvidenceStart: e.start,
    EvidenceEnd: e.end,
    Rule: e.rule,
    ExtractorVersion: e.extractorVersion,
  };
}

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXPORT_PAGE = 5000;

/** The file in chunks of one page each (the CSV header first); `counted` hears how many rows each chunk holds. */
export async function* exportEvents(
  store: Store,
  filter: EventFilter,
  format: ExportFormat,
  counted: (rows: number) => void = () => undefined,
): AsyncGenerator<string> {
  if (format === "csv") yield EXPORT_COLUMNS.join(",") + "\n";
  let page: Page = { limit: EXPORT_PAGE, offset: 0 };
  for (;;) {
    const events = await store.events(filter, page);
    const rows = events.map(exportRow);
    if (rows.length) {
      counted(rows.length);
      yield format === "csv"
        ? toCsv(rows, EXPORT_COLUMNS, false)
        : rows.map((r) => JSON.stringify(r) + "\n").join("");
    }
    const next = nextCursor(events, EXPORT_PAGE, eventCursor);
    if (next === null) return;
    page = { limit: EXPORT_PAGE, after: next };
  }
}
