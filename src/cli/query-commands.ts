/** The database query commands: events, dyad, actors, search, export, stats. */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { cameo } from "../domain/cameo.js";
import { formatAmount } from "../domain/format-amount.js";
import { eventCursor } from "../store/cursor.js";
import { exportEvents } from "../store/export-events.js";
import { PERIODS, type Flow, type SeriesRow, type StoredEvent } from "../store/store.js";
import { formatRows, parseRowFormat, toCsv, type Row } from "./format-rows.js";
import { withStore } from "./open-store.js";
import {
  paged,
  parseCount,
  parseFilter,
  parsePage,
  type FilterOptions,
  type PageOptions,
} from "./store-options.js";
import { UsageError } from "./usage-error.js";
import type { Io } from "./extract-command.js";

const eventRow = (e: StoredEvent): Row => ({
  date: e.date,
  dyad: `${e.source}${e.symmetric ? "<->" : "->"}${e.target}`,
  code: `${e.cameo} ${cameo(e.cameo).name}`,
  modality: e.modality,
  amount: e.amountValue === null ? null : formatAmount(e.amountValue, e.amountUnit),
  article: e.article,
  outlet: e.outlet,
  evidence: e.evidence,
});
const EVENT_COLUMNS = ["date", "dyad", "code", "modality", "amount", "article", "outlet", "evidence"];

export interface EventsOptions extends FilterOptions, PageOptions {
  format: string;
}

export async function runEvents(o: EventsOptions, io: Io): Promise<number> {
  const format = parseRowFormat(o.format);
  const filter = parseFilter(o);
  const page = parsePage(o);
  const events = await withStore(o, (s) =>
    paged(
      page,
      io,
      (e) => eventCursor(e, page.order),
      () => s.events(filter, page),
    ),
  );
  io.out(
    format === "json"
      ? JSON.stringify(events, null, 2) + "\n"
      : formatRows(events.map(eventRow), EVENT_COLUMNS, format),
  );
  return 0;
}

const flowCells = (prefix: string, f: Flow): Row => ({
  [`${prefix}_events`]: f.events,
  [`${prefix}_q1`]: f.quad[0],
  [`${prefix}_q2`]: f.quad[1],
  [`${prefix}_q3`]: f.quad[2],
  [`${prefix}_q4`]: f.quad[3],
  [`${prefix}_goldstein_sum`]: f.goldsteinSum,
  [`${prefix}_goldstein_mean`]: f.goldsteinMean,
});
const short = (e: StoredEvent | null) =>
  e ? `${e.source}->${e.target} ${e.cameo} ${e.evidence.slice(0, 60)}` : null;

export interface DyadOptions extends FilterOptions {
  format: string;
  by: string;
  raw?: boolean;
}

export async function runDyad(a: string, b: string, o: DyadOptions, io: Io): Promise<number> {
  const format = parseRowFormat(o.format);
  if (!(PERIODS as readonly string[]).includes(o.by))
    throw new UsageError(`--by "${o.by}": expected ${PERIODS.join(", ")}`);
  const filter = { ...parseFilter({ ...o, dyad: `${a}-${b}` }), merged: !o.raw };
  const [x, y] = filter.dyad!;
  const series = await withStore(o, (s) => s.dyadSeries(x, y, o.by as (typeof PERIODS)[number], filter));
  if (format === "json") {
    io.out(JSON.stringify(series, null, 2) + "\n");
    return 0;
  }
  const rows = series.rows.map((r: SeriesRow): Row => ({
    period: r.period,
    ...flowCells("ab", r.forward),
    ...flowCells("ba", r.backward),
    ...flowCells("all", r.combined),
    most_cooperative: short(r.mostCooperative),
    most_conflictual: short(r.mostConflictual),
  }));
  if (format === "csv") {
    io.out(toCsv(rows, Object.keys(rows[0] ?? { period: "" })));
    return 0;
  }
  const fmt = (f: Flow) =>
    `${f.events} [${f.quad.join("/")}] ${f.goldsteinSum >= 0 ? "+" : ""}${f.goldsteinSum}`;
  const table = series.rows.map((r): Row => ({
    period: r.period,
    [`${x}->${y}`]: fmt(r.forward),
    [`${y}->${x}`]: fmt(r.backward),
    both: fmt(r.combined),
    mean: r.combined.goldsteinMean,
    "most cooperative / most conflictual": [short(r.mostCooperative), short(r.mostConflictual)]
      .filter(Boolean)
      .join(" | "),
  }));
  io.out(
    `${x}-${y} by ${series.by}: ${o.raw ? "reports" : "events (reports of one event count once)"} [quad 1/2/3/4] Goldstein sum${series.undated ? `; ${series.undated} undated not shown` : ""}\n`,
  );
  io.out(formatRows(table, Object.keys(table[0] ?? { period: "" }), "table"));
  return 0;
}

export interface ActorsOptions extends FilterOptions {
  format: string;
  limit?: string;
}

export async function runActors(o: ActorsOptions, io: Io): Promise<number> {
  const format = parseRowFormat(o.format);
  const rows = await withStore(o, (s) => s.actors(parseFilter(o), parseCount("limit", o.limit, 20)));
  if (format === "json") {
    io.out(JSON.stringify(rows, null, 2) + "\n");
    return 0;
  }
  io.out(
    formatRows(
      rows.map((r) => ({
        actor: r.actor,
        events: r.events,
        as_source: r.asSource,
        as_target: r.asTarget,
        top_partners: r.partners.map((p) => `${p.actor} ${p.events}`).join(", "),
      })),
      ["actor", "events", "as_source", "as_target", "top_partners"],
      format,
    ),
  );
  return 0;
}

export interface SearchOptions extends FilterOptions {
  format: string;
  limit?: string;
  offset?: string;
}

export async function runSearch(query: string, o: SearchOptions, io: Io): Promise<number> {
  const format = parseRowFormat(o.format);
  const page = { limit: parseCount("limit", o.limit, 10), offset: parseCount("offset", o.offset, 0) };
  const hits = await withStore(o, (s) => s.search(query, page));
  if (format === "json") {
    io.out(JSON.stringify(hits, null, 2) + "\n");
    return 0;
  }
  if (format === "csv") {
    io.out(
      toCsv(
        hits.map((h) => ({
          article: h.origin,
          title: h.title,
          published: h.published,
          snippet: h.snippet,
          events: h.events.length,
        })),
        ["article", "title", "published", "snippet", "events"],
      ),
    );
    return 0;
  }
  if (hits.length === 0) {
    io.out("(nothing matched)\n");
    return 0;
  }
  for (const h of hits) {
    io.out(
      `${h.origin}${h.title ? ` — ${h.title}` : ""}${h.published ? ` (${h.published})` : ""}\n  ${h.snippet.replace(/\s+/g, " ")}\n`,
    );
    for (const e of h.events)
      io.out(
        `    ${e.date ?? "-"}  ${e.source}${e.symmetric ? "<->" : "->"}${e.target} ${e.cameo} ${e.modality}  ${e.evidence.slice(0, 80)}\n`,
      );
  }
  return 0;
}

export interface ExportOptions extends FilterOptions {
  format: string;
  out?: string;
}

export async function runExport(o: ExportOptions, io: Io): Promise<number> {
  if (o.format !== "csv" && o.format !== "jsonl")
    throw new UsageError(`unknown --format "${o.format}" (use csv, jsonl)`);
  const format = o.format;
  const filter = parseFilter(o);
  const file = o.out ? createWriteStream(o.out) : null;
  const stream = file ?? process.stdout;
  let n = 0;
  await withStore(o, async (store) => {
    // Waits whenever the reader is slower than the database, so memory stays flat however many rows there are.
    for await (const chunk of exportEvents(store, filter, format, (rows) => (n += rows)))
      if (!stream.write(chunk)) await once(stream, "drain");
  });
  if (file)
    await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
  if (o.out) io.err(`dyad: exported ${n} events to ${o.out}\n`);
  return 0;
}

export async function runStats(o: FilterOptions & { format: string }, io: Io): Promise<number> {
  const format = parseRowFormat(o.format, ["table", "json"]);
  const s = await withStore(o, (store) => store.stats());
  if (format === "json") {
    io.out(JSON.stringify(s, null, 2) + "\n");
    return 0;
  }
  io.out(
    [
      `database:        ${s.location} (schema ${s.schemaVersion})`,
      `articles:        ${s.articles} from ${s.sources} outlet(s)`,
      `events:          ${s.events}`,
      `actor mentions:  ${s.mentions}`,
      `events span:     ${s.firstEvent ?? "-"} .. ${s.lastEvent ?? "-"}`,
      `top dyads:       ${s.topDyads.map((d) => `${d.dyad} ${d.events}`).join(", ") || "-"}`,
      `extractors:      ${s.extractorVersions.map((v) => `${v.version} (${v.articles} articles)`).join(", ") || "-"}`,
    ].join("\n") + "\n",
  );
  return 0;
}
