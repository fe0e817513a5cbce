/** Event selection with the shared filters, and the mapping from rows to StoredEvent. */
import {
  sql,
  type CompiledQuery,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
} from "kysely";
import { dyadKey } from "../../domain/records.js";
import type { Database } from "../schema.js";
import type { Modality, Quad, Role, Sector } from "../../domain/vocabulary.js";
import type { EventFilter, StoredEvent } from "../store.js";
import { UNDATED_SORT_DATE, dateRange } from "../date-range.js";

type Db = Kysely<Database>;
type From = "events" | "articles" | "sources";

/** The date range and what to do with undated events (UNDATED_MODES), as conditions to AND together. */
function dateWhere(eb: ExpressionBuilder<Database, "events">, f: EventFilter) {
  const dated = [];
  if (f.since) {
    const from = dateRange(f.since)[0];
    dated.push(eb("events.date_end", ">=", from));
    // Implied by the line above (no date spans more than a year) but lets the index on sort_date seek to it.
    dated.push(eb("events.sort_date", ">=", `${Number(from.slice(0, 4)) - 1}${from.slice(4)}`));
  }
  if (f.until) dated.push(eb("events.date_start", "<=", dateRange(f.until)[1]));
  // Undated rows carry UNDATED_SORT_DATE, so each mode is one comparison on the sort_date index.
  const undated = eb("events.sort_date", "=", UNDATED_SORT_DATE);
  if (f.undated === "only") return [undated];
  if (f.undated === "exclude") return [...dated, eb("events.sort_date", "<", UNDATED_SORT_DATE)];
  if (f.undated === "include" && dated.length) return [eb.or([eb.and(dated), undated])];
  return dated;
}

/** The `where` of every query, on the events table alone; all filters are bound parameters. */
export function filterWhere(eb: ExpressionBuilder<Database, "events">, f: EventFilter) {
  const parts = [];
  if (f.actors?.length)
    parts.push(eb.or([eb("events.source", "in", [...f.actors]), eb("events.target", "in", [...f.actors])]));
  if (f.dyad) parts.push(eb("events.dyad", "=", dyadKey(f.dyad[0], f.dyad[1])));
  parts.push(...dateWhere(eb, f));
  if (f.code) parts.push(eb("events.cameo", "like", `${f.code.replace(/[%_]/g, "")}%`));
  if (f.quad) parts.push(eb("events.quad", "=", f.quad));
  if (f.modality) parts.push(eb("events.modality", "=", f.modality));
  if (f.modalities?.length) parts.push(eb("events.modality", "in", [...f.modalities]));
  if (f.source) {
    const name = f.source;
    parts.push(
      eb(
        "events.article_id",
        "in",
        eb
          .selectFrom("articles")
          .innerJoin("sources", "sources.id", "articles.source_id")
          .select("articles.id")
          .where("sources.name", "=", name),
      ),
    );
  }
  return eb.and(parts);
}

/** Filtered events alone: what aggregations read, from indexes where they can. */
export function selectEventRows(db: Db, f: EventFilter) {
  return db.selectFrom("events").where((eb) => filterWhere(eb, f));
}

/** Events joined to their article and outlet, filtered. */
export function selectEvents(db: Db, f: EventFilter) {
  return db
    .selectFrom("events")
    .innerJoin("articles", "articles.id", "events.article_id")
    .leftJoin("sources", "sources.id", "articles.source_id")
    .where((eb) => filterWhere(eb as unknown as ExpressionBuilder<Database, "events">, f));
}

export function withEventColumns<O>(q: SelectQueryBuilder<Database, From, O>) {
  return q.select([
    "events.id",
    "events.article_id",
    "articles.origin",
    "sources.name as outlet",
    "articles.url",
    "events.source",
    "events.target",
    "events.source_role",
    "events.target_role",
    "events.code",
    "events.cameo",
    "events.quad",
    "events.symmetric",
    "events.date",
    "events.modality",
    "events.sector",
    "events.amount_value",
    "events.amount_unit",
    "events.evidence",
    "events.start_offset",
    "events.end_offset",
    "events.rule",
    "events.goldstein",
    "events.extractor_version",
    "events.cluster_id",
  ]);
}

/** An event row with the key lists are ordered by. */
export type EventPageRow = EventRow & { sort_date: string };

/** A built query of event rows, as a backend may run it: through Kysely, or compiled and run its own way. */
export interface EventRowQuery {
  execute(): Promise<EventPageRow[]>;
  compile(): CompiledQuery<EventPageRow>;
}
export type RunEventRows = (query: EventRowQuery) => Promise<EventPageRow[]>;
export const runThroughKysely: RunEventRows = (query) => query.execute();

/**
 * Reads event rows given as arrays (a driver's raw mode) in the order of `columns`, into one object
 * shape: building the objects here costs far less than the driver building them by name.
 */
export function eventRowReader(columns: readonly string[]): (r: readonly unknown[]) => EventPageRow {
  const at = (name: keyof EventPageRow): number => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`event query without column ${name}`);
    return i;
  };
  const id = at("id");
  const articleId = at("article_id");
  const origin = at("origin");
  const outlet = at("outlet");
  const url = at("url");
  const source = at("source");
  const target = at("target");
  const sourceRole = at("source_role");
  const targetRole = at("target_role");
  const code = at("code");
  const cameo = at("cameo");
  const quad = at("quad");
  const symmetric = at("symmetric");
  const date = at("date");
  const modality = at("modality");
  const sector = at("sector");
  const amountValue = at("amount_value");
  const amountUnit = at("amount_unit");
  const evidence = at("evidence");
  const start = at("start_offset");
  const end = at("end_offset");
  const rule = at("rule");
  const goldstein = at("goldstein");
  const version = at("extractor_version");
  const cluster = at("cluster_id");
  const sortDate = at("sort_date");
  return (r) =>
    ({
      id: r[id],
      article_id: r[articleId],
      origin: r[origin],
      outlet: r[outlet],
      url: r[url],
      source: r[source],
      target: r[target],
      source_role: r[sourceRole],
      target_role: r[targetRole],
      code: r[code],
      cameo: r[cameo],
      quad: r[quad],
      symmetric: r[symmetric],
      date: r[date],
      modality: r[modality],
      sector: r[sector],
      amount_value: r[amountValue],
      amount_unit: r[amountUnit],
      evidence: r[evidence],
      start_offset: r[start],
      end_offset: r[end],
      rule: r[rule],
      goldstein: r[goldstein],
      extractor_version: r[version],
      cluster_id: r[cluster],
      sort_date: r[sortDate],
    }) as EventPageRow;
}

export interface EventRow {
  id: number;
  article_id: number;
  origin: string;
  outlet: string | null;
  url: string | null;
  source: string;
  target: string;
  source_role: Role;
  target_role: Role;
  code: string;
  cameo: string;
  quad: Quad;
  symmetric: number;
  date: string | null;
  modality: Modality;
  sector: Sector;
  amount_value: number | null;
  amount_unit: string | null;
  evidence: string;
  start_offset: number;
  end_offset: number;
  rule: string;
  goldstein: number;
  extractor_version: string;
  cluster_id: string | null;
}

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    id: r.id,
    articleId: r.article_id,
    article: r.origin,
    outlet: r.outlet,
    url: r.url,
    source: r.source,
    target: r.target,
    sourceRole: r.source_role,
    targetRole: r.target_role,
    code: r.code,
    cameo: r.cameo,
    quad: r.quad,
    symmetric: r.symmetric === 1,
    date: r.date,
    modality: r.modality,
    sector: r.sector,
    amountValue: r.amount_value,
    amountUnit: r.amount_unit,
    evidence: r.evidence,
    start: r.start_offset,
    end: r.end_offset,
    rule: r.rule,
    goldstein: r.goldstein,
    extractorVersion: r.extractor_version,
    clusterId: r.cluster_id,
  };
}

/** Oldest dated first, undated last, then in the order they were stored (article, then position). */
export const EVENT_ORDER = sql`events.sort_date asc, events.id asc`;
export const EVENT_ORDER_DESCENDING = sql`events.sort_date desc, events.id desc`;
