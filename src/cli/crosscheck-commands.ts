/** Commands that compare sources: clusters of one event, conflicts between reports, and each source's slant. */
import { cameo } from "../domain/cameo.js";
import { formatAmount } from "../domain/format-amount.js";
import { clusterCursor } from "../store/cursor.js";
import type { ClusterRecord, Conflict, SourcesReport } from "../store/store.js";
import { printable } from "./format-records.js";
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

const amount = (v: number | null, unit: string | null) => (v === null ? null : formatAmount(v, unit));
const fileName = (origin: string) => origin.split("/").pop() ?? origin;

export const clusterRow = (c: ClusterRecord): Row => ({
  id: c.id,
  date: c.date,
  dyad: `${c.source}${c.symmetric ? "<->" : "->"}${c.target}`,
  code: `${c.cameo} ${cameo(c.cameo).name}`,
  modality: c.modality,
  amount: amount(c.amountValue, c.amountUnit),
  articles: c.articles,
  outlets: c.outlets,
  conflicts: c.conflicts,
  evidence: c.evidence,
});
export const CLUSTER_COLUMNS = [
  "id",
  "date",
  "dyad",
  "code",
  "modality",
  "amount",
  "articles",
  "outlets",
  "conflicts",
  "evidence",
];

export interface ClustersOptions extends FilterOptions, PageOptions {
  format: string;
}

/** One row per real-world event; `dyad events --merged` prints the same. */
export async function runClusters(o: ClustersOptions, io: Io): Promise<number> {
  const format = parseRowFormat(o.format);
  const filter = parseFilter(o);
  const page = parsePage(o);
  const rows = await withStore(o, (s) =>
    paged(
      page,
      io,
      (c) => clusterCursor(c, page.order),
      () => s.clusters(filter, page),
    ),
  );
  io.out(
    format === "json"
      ? JSON.stringify(rows, null, 2) + "\n"
      : formatRows(rows.map(clusterRow), CLUSTER_COLUMNS, format),
  );
  return 0;
}

export async function runCluster(id: string, o: FilterOptions & { format: string }, io: Io): Promise<number> {
  const format = parseRowFormat(o.format, ["table", "json"]);
  const c = await withStore(o, (s) => s.cluster(id));
  if (!c) throw new UsageError(`no cluster "${id}" in this database (list them with "dyad clusters")`);
  if (format === "json") {
    io.out(JSON.stringify(c, null, 2) + "\n");
    return 0;
  }
  io.out(
    `${c.id}: ${c.source}${c.symmetric ? "<->" : "->"}${c.target} ${c.cameo} ${cameo(c.cameo).name}, ${c.date ?? "undated"}, ${c.modality}` +
      `${c.amountValue === null ? "" : `, ${amount(c.amountValue, c.amountUnit)}`}; ${c.articles} article(s), ${c.outlets} independent outlet(s), ${c.conflicts} conflict(s)\n`,
  );
  io.out(
    formatRows(
      c.events.map((e) => ({
        article: fileName(e.article),
        outlet: e.outlet,
        date: e.date,
        modality: e.modality,
        amount: amount(e.amountValue, e.amountUnit),
        evidence: e.evidence,
      })),
      ["article", "outlet", "date", "modality", "amount", "evidence"],
      "table",
    ),
  );
  return 0;
}

export async function runConflicts(o: FilterOptions & { format: string }, io: Io): Promise<number> {
  const format = parseRowFormat(o.format);
  const conflicts = await withStore(o, (s) => s.conflicts(parseFilter(o)));
  if (format === "json") {
    io.out(JSON.stringify(conflicts, null, 2) + "\n");
    return 0;
  }
  if (format === "csv") {
    const rows = conflicts.flatMap((c, i) =>
      c.claims.map((cl) => ({
        conflict: i + 1,
        cluster: c.cluster,
        dyad: c.dyad,
        attribute: c.attribute,
        value: cl.value,
        article: cl.article,
        outlet: cl.outlet,
        evidence: cl.evidence,
        sentence: cl.sentence,
      })),
    );
    io.out(
      toCsv(rows, [
        "conflict",
        "cluster",
        "dyad",
        "attribute",
        "value",
        "article",
        "outlet",
        "evidence",
        "sentence",
      ]),
    );
    return 0;
  }
  if (conflicts.length === 0) {
    io.out("(no conflicts between sources)\n");
    return 0;
  }
  conflicts.forEach((c: Conflict, i) => {
    io.out(`${i + 1}. ${c.dyad} ${c.attribute} (cluster ${c.cluster}): ${printable(c.note)}\n`);
    for (const cl of c.claims)
      io.out(
        `   ${cl.value.padEnd(14)} ${fileName(cl.article)}${cl.outlet ? ` (${cl.outlet})` : ""}: “${printable(cl.sentence || cl.evidence)}”\n`,
      );
  });
  return 0;
}

export interface SourcesOptions extends FilterOptions {
  format: string;
  limit?: string;
}

/** One dyad with --dyad; otherwise the busiest dyads that more than one article reports. */
export async function runSources(o: SourcesOptions, io: Io): Promise<number> {
  const format = parseRowFormat(o.format, ["table", "json"]);
  const filter = parseFilter(o);
  const limit = parseCount("limit", o.limit, 5);
  const reports = await withStore(o, async (s) => {
    if (filter.dyad) return [await s.sources(filter.dyad[0], filter.dyad[1])];
    const out: SourcesReport[] = [];
    for (const edge of await s.network(filter)) {
      if (out.length >= limit) break;
      const r = await s.sources(edge.a, edge.b);
      if (r.articles.length > 1) out.push(r);
    }
    return out;
  });
  if (format === "json") {
    io.out(JSON.stringify(filter.dyad ? reports[0] : reports, null, 2) + "\n");
    return 0;
  }
  if (reports.length === 0) {
    io.out("(no dyad is reported by more than one article)\n");
    return 0;
  }
  reports.forEach((report, i) => {
    if (i) io.out("\n");
    printSources(report, io);
  });
  return 0;
}

function printSources(report: SourcesReport, io: Io): void {
  if (report.articles.length === 0) {
    io.out(`(no article reports events between ${report.dyad})\n`);
    return;
  }
  const [a, b] = report.dyad.split("-") as [string, string];
  const score = (x: number | null | undefined) =>
    x === null || x === undefined ? "-" : `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
  io.out(
    `${report.dyad}: ${report.clusters.length} event(s) reported by ${report.articles.length} article(s); slant from -1 (hostile) to +1 (warm)\n`,
  );
  io.out(
    formatRows(
      report.articles.map((r) => ({
        article: fileName(r.origin),
        outlet: r.outlet,
        published: r.published,
        slant: score(r.slant?.score),
        [`toward ${a}`]: score(r.slant?.toward[a]),
        [`toward ${b}`]: score(r.slant?.toward[b]),
        reports: r.reports.length,
        omits: r.omits.length,
        contradicted: r.contradicted.length,
      })),
      [
        "article",
        "outlet",
        "published",
        "slant",
        `toward ${a}`,
        `toward ${b}`,
        "reports",
        "omits",
        "contradicted",
      ],
      "table",
    ),
  );
  for (const r of report.articles) {
    const drivers = r.slant?.drivers.slice(0, 2) ?? [];
    if (drivers.length === 0 && r.contradicted.length === 0) continue;
    io.out(`\n${fileName(r.origin)}\n`);
    for (const d of drivers)
      io.out(`  slant ${score(d.weight)} [${d.cues.join(", ")}]: “${printable(d.sentence).slice(0, 160)}”\n`);
    for (const c of r.contradicted) io.out(`  contradicted on ${c.attribute}: ${printable(c.note)}\n`);
  }
  if (report.outlets.length) {
    io.out(
      "\n" +
        formatRows(
          report.outlets.map((x) => ({ outlet: x.outlet, articles: x.articles, slant: score(x.slant) })),
          ["outlet", "articles", "slant"],
          "table",
        ),
    );
  }
}
