// The web app at real volume: Debian's Chromium against a real server over the news corpus and the seeds in SQLite.
// Every expectation is read from the API (or the CLI) for the same question, never written down from a run.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClusterRecord, DyadSeries, Stats } from "../store/store.js";
import { HAS_CHROMIUM, launchBrowser } from "../test-support/browser.js";
import { HAS_VOLUME, serveVolume } from "../test-support/volume-corpus.js";
import type { Served } from "../test-support/served-corpus.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let browser: Browser;
let closeBrowser: () => Promise<void>;
let served: Served;
/** The busiest dyad of the corpus, as the API ranks them. */
let top: [string, string];

interface Answer<T> {
  body: T;
  total: number;
}

async function api<T>(path: string): Promise<Answer<T>> {
  const res = await fetch(new URL(path, served.url));
  expect(res.status).toBe(200);
  return { body: (await res.json()) as T, total: Number(res.headers.get("x-total-count")) };
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${served.url}${hash}`);
  await page.waitForSelector("section.view[data-rendered]");
}

describe.skipIf(!HAS_CHROMIUM || !HAS_VOLUME)(
  "the web app over the news corpus and the seeds",
  { timeout: 60_000 },
  () => {
    beforeAll(async () => {
      ({ browser, close: closeBrowser } = await launchBrowser());
      served = await serveVolume();
      const stats = (await api<Stats>("api/stats")).body;
      expect(stats.articles).toBeGreaterThan(2500);
      const [a, b] = (stats.topDyads[0]?.dyad ?? "").split("-");
      if (!a || !b) throw new Error("no dyad in the corpus");
      top = [a, b];
    }, 600_000);
    afterAll(async () => {
      await served.stop();
      await closeBrowser();
    }, 60_000);

    it("pages the dyad timeline newest first, says how many of how many, and shows more in place", async () => {
      const [a, b] = top;
      const page = await browser.newPage();
      await open(page, `#/dyad/${a}/${b}`);
      const first = await api<ClusterRecord[]>(`api/clusters?dyad=${a}-${b}&order=newest&limit=50`);
      expect(first.total).toBeGreaterThan(50);
      const status = page.locator(".timeline-box .range");
      expect(await status.textContent()).toBe(`50 of ${first.total} merged events, newest first`);
      const ids = () =>
        page
          .locator(".timeline-box > div > ol > li")
          .evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.cluster));
      expect(await ids()).toEqual(first.body.map((c) => c.id));
      await page.locator(".timeline-box button.more").click();
      const shown = Math.min(100, first.total);
      await page.waitForFunction(
        (n) => document.querySelectorAll(".timeline-box > div > ol > li").length === n,
        shown,
      );
      expect(await status.textContent()).toBe(`${shown} of ${first.total} merged events, newest first`);
      const oldest = await api<ClusterRecord[]>(`api/clusters?dyad=${a}-${b}&limit=1`);
      await page.locator(".order a", { hasText: "oldest first" }).click();
      await page.waitForFunction(() => location.hash.includes("order=oldest"));
      await page.waitForSelector(".timeline-box .range");
      await page.waitForFunction(
        (id) => document.querySelector<HTMLElement>(".timeline-box li")?.dataset.cluster === id,
        oldest.body[0]?.id,
      );
      await page.close();
    });

    it("draws every period from the first to the last, counts undated events, and narrows the view with the slider", async () => {
      const [a, b] = top;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await open(page, `#/dyad/${a}/${b}`);
      const series = (await api<DyadSeries>(`api/dyads/${a}/${b}/series?by=year&merged=true`)).body;
      const years = series.rows.map((r) => Number(r.period));
      const span = Math.max(...years) - Math.min(...years) + 1;
      expect(span).toBeGreaterThan(series.rows.length); // the corpus has years without events between two with
      expect(await page.locator(".chart").getAttribute("data-periods")).toBe(String(span));
      expect(await page.locator(".undated").getAttribute("data-undated")).toBe(String(series.undated));
      // Which sentence depends on whether the corpus's busiest dyad has an undated event at all.
      expect(await page.locator(".undated").textContent()).toContain(
        series.undated
          ? `${series.undated} merged event(s) without a date`
          : "Every event of this dyad has a date.",
      );

      // Drag the slider's left handle to the middle of the axis: the lists below follow, and the URL says so.
      const chart = await page.locator(".chart").boundingBox();
      if (!chart) throw new Error("no chart");
      const y = chart.y + chart.height - 10 - 12;
      const left = chart.x + 43; // the handle, at the first period
      await page.mouse.move(left, y);
      await page.mouse.down();
      await page.mouse.move(chart.x + 40 + (chart.width - 90) / 2, y, { steps: 10 });
      await page.mouse.up();
      await page.waitForFunction(() => location.hash.includes("since="));
      const since = new URLSearchParams(new URL(page.url()).hash.split("?")[1]).get("since") ?? "";
      expect(since).toMatch(/^\d{4}$/);
      const narrowed = await api<ClusterRecord[]>(`api/clusters?dyad=${a}-${b}&since=${since}&limit=1`);
      const all = await api<ClusterRecord[]>(`api/clusters?dyad=${a}-${b}&limit=1`);
      expect(narrowed.total).toBeLessThan(all.total);
      await page.waitForFunction(
        (total) => document.querySelector(".timeline-box .range")?.textContent.includes(`of ${total} merged`),
        narrowed.total,
      );
      expect(await page.locator(".range-note").textContent()).toContain(`Showing ${since} to the last`);
      // Its download links take the range, as the CLI's export would.
      expect(await page.locator(".range-note a.export-csv").getAttribute("href")).toBe(
        `api/export?dyad=${a}-${b}&since=${since}&format=csv`,
      );
      // The link reproduces the view.
      await page.reload();
      await page.waitForSelector("section.view[data-rendered]");
      expect(await page.locator(".timeline-box .range").textContent()).toContain(
        `of ${narrowed.total} merged`,
      );
      await page.close();
    });

    it("pages through the articles by cursor, as the API does", async () => {
      const page = await browser.newPage();
      const first = await api<{ id: number }[]>("api/articles?limit=50");
      const second = await api<{ id: number }[]>("api/articles?limit=50&offset=50");
      await open(page, "#/articles");
      await page.locator(".pager a", { hasText: "Next page" }).first().click();
      await page.waitForFunction(() => location.hash.includes("after="));
      await page.waitForFunction(() =>
        document.querySelector(".pager .range")?.textContent.startsWith("51–"),
      );
      expect(await page.locator(".pager .range").first().textContent()).toBe(
        `51–100 of ${first.total} articles, newest first`,
      );
      const ids = await page
        .locator("table.articles tbody th a")
        .evaluateAll((links) => links.map((a) => Number(a.getAttribute("href")?.split("/").pop())));
      expect(ids).toEqual(second.body.map((r) => r.id));
      await page.close();
    });

    it("counts search hits and pages through them", async () => {
      const page = await browser.newPage();
      const q = "nuclear";
      const hits = await api<unknown[]>(`api/search?q=${q}&limit=20`);
      expect(hits.total).toBeGreaterThan(40);
      await open(page, `#/search?q=${q}`);
      expect(await page.locator(".pager .range").first().textContent()).toBe(
        `1–20 of ${hits.total} matching articles, best first`,
      );
      await page.locator(".pager a", { hasText: "Next page" }).first().click();
      await page.waitForFunction(() => location.hash.includes("offset=20"));
      await page.waitForSelector(".pager .range");
      expect(await page.locator(".pager .range").first().textContent()).toBe(
        `21–40 of ${hits.total} matching articles, best first`,
      );
      expect(await page.locator("ol.hits > li").count()).toBe(20);
      await page.close();
    });

    it("filters events by the CLI's names, keeps them in the URL, and downloads the rows the CLI exports", async () => {
      const [a, b] = top;
      const page = await browser.newPage();
      await open(page, "#/events");
      await page.fill("#filter-dyad", `${a}-${b}`);
      await page.fill("#filter-since", "2017");
      await page.selectOption("#filter-quad", "3");
      await page.locator("form.filters button[type=submit]").click();
      await page.waitForFunction(() => location.hash.includes("quad=3"));
      await page.waitForSelector(".pager .range");
      const expected = await api<unknown[]>(`api/events?dyad=${a}-${b}&since=2017&quad=3&limit=1`);
      expect(expected.total).toBeGreaterThan(0);
      expect(await page.locator(".pager .range").first().textContent()).toMatch(
        new RegExp(`^1–${Math.min(50, expected.total)} of ${expected.total} events$`),
      );
      expect(await page.locator("ol.timeline > li").count()).toBe(Math.min(50, expected.total));
      const download = page.waitForEvent("download");
      await page.locator("a.export-csv").click();
      const path = await (await download).path();
      const { readFileSync } = await import("node:fs");
      const file = readFileSync(path, "utf8");
      const cli = execFileSync(
        process.execPath,
        [
          "bin/dyad.js",
          "export",
          "--db",
          join(served.dir, "news.db"),
          "--dyad",
          `${a}-${b}`,
          "--since",
          "2017",
          "--quad",
          "3",
        ],
        { cwd: ROOT, encoding: "utf8" },
      );
      expect(file).toBe(cli);
      expect(file.trim().split("\n").length).toBe(expected.total + 1);
      await page.close();
    });

    it("downloads the network's table as shown: the same dyads, in the same order", async () => {
      const page = await browser.newPage();
      await open(page, "#/network?min=2&sort=-events");
      await page.waitForSelector("table.dyads tbody tr");
      const shown = await page
        .locator("table.dyads tbody tr")
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.dyad));
      const download = page.waitForEvent("download");
      await page.locator(".edge-list a.export-csv").click();
      const { readFileSync } = await import("node:fs");
      const lines = readFileSync(await (await download).path(), "utf8")
        .trim()
        .split("\n");
      expect(lines[0]?.startsWith("dyad,")).toBe(true);
      expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
      await page.close();
    });

    it("names each view in the tab, lists articles with how many there are, and breaks no content policy", async () => {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      const [a, b] = top;
      for (const hash of [
        "#/network",
        `#/dyad/${a}/${b}`,
        "#/events",
        "#/articles",
        "#/search?q=talks",
        `#/sources/${a}/${b}`,
        "#/add",
      ]) {
        await open(page, hash);
        const heading = (await page.locator("section.view h1").first().textContent())?.trim();
        expect(await page.title()).toBe(`${heading ?? ""} · dyad`);
      }
      await open(page, "#/articles");
      const articles = await api<unknown[]>("api/articles?limit=1");
      expect(await page.locator(".pager .range").first().textContent()).toBe(
        `1–50 of ${articles.total} articles, newest first`,
      );
      expect(violations).toEqual([]);
      await page.close();
    });
  },
);
