// The dyad brief through the API and the CLI, over a real server and SQLite file: every citation resolves to
// a stored article and span, and every figure equals what the views' queries answer for the same range.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClusterRecord, Conflict, DyadSeries, SourcesReport, Stats } from "../store/store.js";
import { citationsOf, markdownQuotes, unresolved } from "../test-support/brief-citations.js";
import { HAS_CHROMIUM } from "../test-support/browser.js";
import { EXAMPLES, serveCorpus, type Served } from "../test-support/served-corpus.js";
import { HAS_VOLUME, serveVolume } from "../test-support/volume-corpus.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Range {
  since?: string;
  until?: string;
}

/** An answer of the API; `T` is what the route sends. */
interface Answer<T> {
  body: T;
  total: number;
}

async function api<T = unknown>(served: Served, path: string): Promise<Answer<T>> {
  const res = await fetch(new URL(path, served.url));
  expect(res.status, path).toBe(200);
  return { body: (await res.json()) as T, total: Number(res.headers.get("x-total-count")) };
}

const query = (r: Range) => (r.since ? `&since=${r.since}` : "") + (r.until ? `&until=${r.until}` : "");
/** A figure as the brief prints it ("+5.57", "-8", "–" for none). */
const figure = (s: string | null | undefined) => (s === "–" || s == null ? null : Number(s));

/** The busiest dyads, as the API ranks them. */
async function busiest(served: Served): Promise<[string, string][]> {
  const stats = (await api<Stats>(served, "api/stats")).body;
  return stats.topDyads.map((d) => d.dyad.split("-") as [string, string]);
}

/** A range inside the dyad's dated years: from its middle period to its last. */
async function innerRange(served: Served, a: string, b: string): Promise<Range> {
  const rows = (await api<DyadSeries>(served, `api/dyads/${a}/${b}/series?merged=true`)).body.rows;
  const from = rows[Math.floor(rows.length / 2)]?.period;
  const to = rows.at(-1)?.period;
  return from && to ? { since: from, until: to } : {};
}

/** Checks one brief against the API and returns how many citations it holds. */
async function checkBrief(served: Served, a: string, b: string, range: Range): Promise<number> {
  const q = query(range);
  const res = await fetch(new URL(`api/dyads/${a}/${b}/brief?format=html${q}`, served.url));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'");
  const { document } = parseHTML(await res.text());
  const at = (selector: string) => document.querySelector(selector)?.textContent;

  const cites = citationsOf(document);
  expect(await unresolved(served.url, cites)).toEqual([]);

  // The clusters the chart counts; with none, the brief says so and has no sections.
  const happened: ClusterRecord[] = [];
  for (const modality of ["asserted", "reported"]) {
    const page = await api<ClusterRecord[]>(
      served,
      `api/clusters?dyad=${a}-${b}&modality=${modality}&limit=1000${q}`,
    );
    expect(page.body).toHaveLength(page.total);
    happened.push(...page.body);
  }
  if (happened.length === 0) {
    expect(at("#summary")).toContain("there is nothing to summarise");
    expect(document.querySelectorAll("#trend, #events, #conflicts, #framing").length).toBe(0);
    return cites.length;
  }

  // The trend: the dyad view's series for the same range, period by period.
  const series = (await api<DyadSeries>(served, `api/dyads/${a}/${b}/series?merged=true${q}`)).body;
  const table = Array.from(document.querySelectorAll("table.trend tbody tr")).map((tr) => ({
    period: tr.getAttribute("data-period"),
    ...Object.fromEntries(
      Array.from(tr.querySelectorAll("td[data-field]")).map((td) => [
        td.getAttribute("data-field") ?? "",
        figure(td.textContent),
      ]),
    ),
  }));
  expect(table).toEqual(
    series.rows.map((r) => ({
      period: r.period,
      events: r.combined.events,
      forward: r.forward.events,
      backward: r.backward.events,
      quad1: r.combined.quad[0],
      quad2: r.combined.quad[1],
      quad3: r.combined.quad[2],
      quad4: r.combined.quad[3],
      mean: r.combined.goldsteinMean,
    })),
  );
  expect(figure(at('#summary [data-field="events"]'))).toBe(
    series.rows.reduce((n, r) => n + r.combined.events, 0),
  );
  expect(figure(at('#summary [data-field="undated"]'))).toBe(series.undated);

  // Where sources disagree: the conflicts query for the same range, in its order.
  const conflicts = (await api<Conflict[]>(served, `api/conflicts?dyad=${a}-${b}${q}`)).body;
  expect(at("#conflicts h2")).toContain(`(${conflicts.length})`);
  expect(
    Array.from(document.querySelectorAll("li.conflict")).map((li) => [
      li.getAttribute("data-cluster"),
      li.getAttribute("data-attribute"),
      li.querySelectorAll("li.claim").length,
    ]),
  ).toEqual(conflicts.slice(0, 20).map((c) => [c.cluster, c.attribute, c.claims.length]));

  // Main events: chosen among them by outlets and then by the extreme score.
  const chosenIds = Array.from(document.querySelectorAll("li.event")).map((li) =>
    li.getAttribute("data-cluster"),
  );
  expect(chosenIds).toHaveLength(Math.min(10, happened.length));
  expect(at("#events h2")).toContain(`of ${happened.length})`);
  const chosen = happened.filter((c) => chosenIds.includes(c.id));
  expect(chosen).toHaveLength(chosenIds.length);
  for (const c of chosen)
    for (const u of happened.filter((x) => !chosenIds.includes(x.id)))
      expect(
        c.outlets > u.outlets || (c.outlets === u.outlets && Math.abs(c.goldstein) >= Math.abs(u.goldstein)),
        `${c.id} chosen over ${u.id}`,
      ).toBe(true);

  // Framing: without a range, each named outlet's figures are the sources view's.
  if (!range.since && !range.until) {
    const sources = (await api<SourcesReport>(served, `api/sources?dyad=${a}-${b}`)).body;
    for (const li of Array.from(document.querySelectorAll("li.outlet"))) {
      const outlet = li.getAttribute("data-outlet");
      if (!outlet) continue;
      expect({
        outlet,
        articles: figure(li.querySelector('[data-field="articles"]')?.textContent),
        slant: figure(li.querySelector('[data-field="slant"]')?.textContent),
      }).toEqual(sources.outlets.find((o) => o.outlet === outlet));
    }
  }

  // The Markdown brief quotes the same words in the same order.
  const md = await (await fetch(new URL(`api/dyads/${a}/${b}/brief?format=md${q}`, served.url))).text();
  expect(markdownQuotes(md)).toEqual(cites.map((c) => c.quote.replace(/\s+/g, " ")));
  return cites.length;
}

const runCli = (args: readonly string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync("node", ["bin/dyad.js", ...args], { cwd: ROOT, env, maxBuffer: 64 << 20 });

describe.each([
  ["the example corpus", true, () => serveCorpus([EXAMPLES]), "test.db"],
  ["the news corpus and the seeds", HAS_VOLUME, () => serveVolume(), "news.db"],
] as const)("the dyad brief over %s", (_, present, serve, dbFile) => {
  let served: Served;
  let db: string;
  beforeAll(async () => {
    if (!present) return;
    served = await serve();
    db = join(served.dir, dbFile);
  }, 600_000);
  afterAll(async () => {
    if (present) await served.stop();
  });

  it.skipIf(!present)(
    "cites stored words for every statement of the busiest dyads' briefs, with the views' figures, over all dates and a range",
    { timeout: 300_000 },
    async () => {
      const dyads = await busiest(served);
      expect(dyads.length).toBeGreaterThan(0);
      let cited = 0;
      for (const [a, b] of dyads) {
        cited += await checkBrief(served, a, b, {});
        cited += await checkBrief(served, a, b, await innerRange(served, a, b));
      }
      expect(cited).toBeGreaterThan(0);
    },
  );

  it.skipIf(!present)(
    "prints the same Markdown from the CLI as the API serves",
    { timeout: 60_000 },
    async () => {
      const [[a, b] = ["", ""]] = await busiest(served);
      const range = await innerRange(served, a, b);
      const api = await (
        await fetch(new URL(`api/dyads/${a}/${b}/brief?format=md${query(range)}`, served.url))
      ).text();
      const args = ["brief", a, b, "--db", db];
      if (range.since) args.push("--since", range.since);
      if (range.until) args.push("--until", range.until);
      const cli = runCli(args);
      expect(cli.stderr.toString()).toBe("");
      expect(cli.status).toBe(0);
      expect(cli.stdout.toString()).toBe(api);
    },
  );

  it.skipIf(!present || !HAS_CHROMIUM)(
    "prints a PDF to a file and, when standard output is a pipe, to it",
    { timeout: 120_000 },
    async () => {
      const [[a, b] = ["", ""]] = await busiest(served);
      const out = join(mkdtempSync(join(tmpdir(), "dyad-brief-")), "brief.pdf");
      const toFile = runCli(["brief", a, b, "--db", db, "--format", "pdf", "--out", out]);
      expect(toFile.status, toFile.stderr.toString()).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const piped = runCli(["brief", a, b, "--db", db, "--format", "pdf"]);
      expect(piped.status, piped.stderr.toString()).toBe(0);
      expect(piped.stdout.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
  );

  it.skipIf(!present).each([
    ["an unknown actor", ["RUS", "PAKK"], /unknown actor "PAKK"/],
    ["a malformed actor code", ["RUS", "pak!"], /expected two different actor codes/],
    ["a date that is not one", ["RUS", "PAK", "--since", "2015-13"], /--since "2015-13": expected a date/],
    [
      "a format it does not print",
      ["RUS", "PAK", "--format", "docx"],
      /--format "docx": expected md, html, pdf/,
    ],
  ])("refuses %s with one line and exit code 2", (_, args, message) => {
    const r = runCli(["brief", ...args, "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(message);
    expect(r.stderr.toString().trim().split("\n")).toHaveLength(1);
  });

  it.skipIf(!present)("says how to install Chromium when it is missing, and exits non-zero", () => {
    const [a, b] = ["RUS", "PAK"];
    const r = runCli(["brief", a, b, "--db", db, "--format", "pdf", "--out", join(tmpdir(), "never.pdf")], {
      ...process.env,
      DYAD_CHROMIUM: join(tmpdir(), "no-chromium-here"),
    });
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/no Chromium at .*no-chromium-here.*apt-get install chromium/);
  });

  it.skipIf(!present)(
    "answers a dyad with no events with a brief that says so, and exit code 0",
    async () => {
      // Two actors the dictionaries know and the corpora never pair, as the network of stored dyads shows.
      const edges = (await api<{ dyad: string }[]>(served, "api/network")).body.map((e) => e.dyad);
      expect(edges).not.toContain("ISL-NZL");
      const cli = runCli(["brief", "NZL", "ISL", "--db", db]);
      expect(cli.status).toBe(0);
      expect(cli.stdout.toString()).toContain("there is nothing to summarise");
      const res = await fetch(new URL("api/dyads/NZL/ISL/brief", served.url));
      expect(res.status).toBe(200);
      expect(citationsOf(parseHTML(await res.text()).document)).toEqual([]);
    },
  );
});
