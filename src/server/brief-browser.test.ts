// The dyad brief in Debian's Chromium, over the news corpus and the seeds: the page the API serves and the
// "Brief" link of the dyad view. Each citation the browser shows must be the stored article's words at its span.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DyadSeries, Stats } from "../store/store.js";
import { unresolved, type CitedSpan } from "../test-support/brief-citations.js";
import { HAS_CHROMIUM, launchBrowser } from "../test-support/browser.js";
import type { Served } from "../test-support/served-corpus.js";
import { HAS_VOLUME, serveVolume } from "../test-support/volume-corpus.js";

let browser: Browser;
let closeBrowser: () => Promise<void>;
let served: Served;
/** The busiest dyad of the corpus, as the API ranks them. */
let top: [string, string];

async function api<T = unknown>(path: string): Promise<T> {
  const res = await fetch(new URL(path, served.url));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** The citations as the browser shows them. */
const shownCitations = (page: Page): Promise<CitedSpan[]> =>
  page.locator("figure.citation").evaluateAll((figures) =>
    figures.map((f) => ({
      article: Number(f.getAttribute("data-article")),
      start: Number(f.getAttribute("data-start")),
      end: Number(f.getAttribute("data-end")),
      quote: f.querySelector("blockquote")?.textContent ?? "",
    })),
  );

describe.skipIf(!HAS_CHROMIUM || !HAS_VOLUME)("the dyad brief in Chromium", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    ({ browser, close: closeBrowser } = await launchBrowser());
    served = await serveVolume();
    const [a, b] = (await api<Stats>("api/stats")).topDyads[0]?.dyad.split("-") ?? [];
    if (!a || !b) throw new Error("no dyad in the corpus");
    top = [a, b];
  }, 600_000);
  afterAll(async () => {
    await served.stop();
    await closeBrowser();
  });

  it("opens the busiest dyad's brief as a page that runs nothing, every citation resolving to a stored article and span", async () => {
    const [a, b] = top;
    const page = await browser.newPage();
    const response = await page.goto(`${served.url}api/dyads/${a}/${b}/brief?format=html`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(await page.locator("h1").textContent()).toMatch(new RegExp(`\\(${a}\\) – .*\\(${b}\\)$`));
    expect(await page.locator("script").count()).toBe(0);
    const cites = await shownCitations(page);
    expect(cites.length).toBeGreaterThan(0);
    expect(await unresolved(served.url, cites)).toEqual([]);
    await page.close();
  });

  it("opens the brief of the range the dyad view shows from its Brief link", async () => {
    const [a, b] = top;
    const rows = (await api<DyadSeries>(`api/dyads/${a}/${b}/series?merged=true`)).rows;
    const since = rows[Math.floor(rows.length / 2)]?.period ?? "";
    const until = rows.at(-1)?.period ?? "";
    const page = await browser.newPage();
    await page.goto(`${served.url}#/dyad/${a}/${b}?since=${since}&until=${until}`);
    await page.waitForSelector("section.view[data-rendered]");
    const [brief] = await Promise.all([
      page.context().waitForEvent("page"),
      page.locator("a.brief-html").click(),
    ]);
    await brief.waitForLoadState();
    expect(new URL(brief.url()).pathname).toBe(`/api/dyads/${a}/${b}/brief`);
    expect(await brief.locator(".dated").textContent()).toContain(`events ${since} to ${until}`);
    const cites = await shownCitations(brief);
    expect(cites.length).toBeGreaterThan(0);
    expect(await unresolved(served.url, cites)).toEqual([]);
    await page.close();
    await brief.close();
  });
});
