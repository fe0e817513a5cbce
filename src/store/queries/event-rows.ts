/** Event selection with the shared filters, and the mapping from rows to StoredEvent. */
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Database } from "../schema.js";
import type { EventFilter, StoredEvent } from "../store.js";
import { dateRange } from "../date-range.js";

type Db = Kysely<Database>;
type From = "events" | "articles" | "sources";

/** The `where` of every query: all filters are bound parameters. */
export function filterWhere(eb: ExpressionBuilder<Database, From>, f: EventFilter) {
  const parts = [];
  if (f.actors?.length) parts.push(eb.or([eb("events.source", "in", [...f.actors]), eb("events.target", "in", [...f.actors])]));
  if (f.dyad) {
    const [a, b] = f.dyad;
    parts.push(eb.or([eb.and([eb("events.source", "=", a), eb("events.target", "=", b)]), eb.and([eb("events.source", "=", b), eb("events.target", "=", a)])]));
  }
  if (f.since) parts.push(eb("events.date_end", ">=", dateRange(f.since)[0]));
  if (f.until) parts.push(eb("events.date_start", "<=", dateRange(f.until)[1]));
  if (f.code) parts.push(eb("events.cameo", "like", `${f.code.replace(/[%_]/g, "")}%`));
  if (f.quad) parts.push(eb("events.quad", "=", f.quad));
  if (f.modality) parts.push(eb("events.modality", "=", f.modality));
  if (f.modalities?.length) parts.push(eb("events.modality", "in", [...f.modalities]));
  if (f.source) parts.push(eb("sources.name", "=", f.source));
  return eb.and(parts);
}

/** Events joined to their article and outlet, filtered. */
export function selectEvents(db: Db, f: EventFilter) {
  return db.selectFrom("events")
    .innerJoin("articles", "articles.id", "events.article_id")
    .leftJoin("sources", "sources.id", "articles.source_id")
    .where((eb) => filterWhere(eb, f));
}

export function withEventColumns<O>(q: SelectQueryBuilder<Database, From, O>) {
  return q.select([
    "events.id", "events.article_id", "articles.origin", "sources.name as outlet", "articles.url", "events.source", "events.target",
    "events.source_role", "events.target_role", "events.code", "events.cameo", "events.quad", "events.symmetric", "events.date",
    "events.modality", "events.sector", "events.amount_value", "events.amount_unit", "events.evidence", "events.start_offset",
    "events.end_offset", "events.rule", "events.goldstein", "events.extractor_version",
  ]);
}

export interface EventRow {
  id: number; article_id: number; origin: string; outlet: string | null; url: string | null; source: string; target: string;
  source_role: string; target_role: string; code: string; cameo: string; quad: number; symmetric: number; date: string | null;
  modality: string; sector: string; amount_value: number | null; amount_unit: string | null; evidence: string;
  start_offset: number; end_offset: number; rule: string; goldstein: number; extractor_version: string;
}

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    id: r.id, articleId: r.article_id, article: r.origin, outlet: r.outlet, url: r.url, source: r.source, target: r.target,
    sourceRole: r.source_role, targetRole: r.target_role, code: r.code, cameo: r.cameo, quad: r.quad, symmetric: r.symmetric === 1,
    date: r.date, modality: r.modality, sector: r.sector, amountValue: r.amount_value, amountUnit: r.amount_unit, evidence: r.evidence,
    start: r.start_offset, end: r.end_offset, rule: r.rule, goldstein: r.goldstein, extractorVersion: r.extractor_version,
  };
}

/** Oldest dated first, undated last, then in article order. */
export const EVENT_ORDER = sql`coalesce(events.date_start, '9999') asc, events.article_id asc, events.start_offset asc`;
