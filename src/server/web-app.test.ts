// The web app in Debian's Chromium (playwright-core) against a real server and SQLite file.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, launchBrowser } from "../test-support/browser.js";
import { EXAMPLES, serveCorpus, type Served } from "../test-support/served-corpus.js";
import { HAS_SHARED, SHARED } from "../test-support/shared.js";

let browser: Browser;
let closeBrowser: () => Promise<void>;

/** Opens a hash route and waits until its view has rendered (data or an error). */
async function open(page: Page, served: Served, hash: string): Promise<void> {
  await page.goto(`${served.url}${hash}`);
  await page.waitForSelector("section.view[data-rendered]");
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

// A page's first load in a cold browser can take longer than vitest's 5 s default on a busy 2-core machine.
describe.skipIf(!HAS_CHROMIUM)("web app", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    ({ browser, close: closeBrowser } = await launchBrowser());
  }, 60_000);
  afterAll(async () => {
    await closeBrowser();
  });

  describe.skipIf(!HAS_SHARED)("on the seed corpus (Russia–Pakistan)", () => {
    let served: Served;
    beforeAll(async () => {
      served = await serveCorpus([`${SHARED}corpus/seeds`]);
    }, 60_000);
    afterAll(async () => {
      await served.stop();
    });

    it("shows RUS–PAK over the years in the chart and its events in the timeline, and links each to its highlighted evidence", async () => {
      const page = await browser.newPage();
      await open(page, served, "#/dyad/RUS/PAK");
      expect(await page.locator("h1").textContent()).toBe("RUS – PAK");
      expect(await page.locator(".chart canvas").count()).toBeGreaterThan(0);
      // The years the seed articles tell of: the 2014 defence agreement, the 2015 helicopter deal, the first joint exercise in 2016, Lavrov's 2021 visit.
      const periods = await page
        .locator(".series-table tbody tr")
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.period));
      expect(periods).toEqual(
        expect.arrayContaining(["1980", "2007", "2014", "2015", "2016", "2017", "2018", "2021"]),
      );
      // The table shows the figures of the series the page asked for (merged events once clusters exist).
      const merged =
        ((await (await fetch(new URL("api/clusters?dyad=RUS-PAK&limit=1", served.url))).json()) as unknown[])
          .length > 0;
      const series = (await (
        await fetch(new URL(`api/dyads/RUS/PAK/series?by=year${merged ? "&merged=true" : ""}`, served.url))
      ).json()) as {
        rows: {
          period: string;
          combined: { events: number; quad: number[]; goldsteinMean: number | null };
        }[];
      };
      expect(periods).toEqual(series.rows.map((r) => r.period));
      const y2014 = series.rows.find((r) => r.period === "2014")!.combined;
      expect(y2014.events).toBeGreaterThanOrEqual(4);
      expect(await texts(page, '.series-table tr[data-period="2014"] td')).toEqual([
        ...y2014.quad.map(String),
        String(y2014.events),
        String(y2014.goldsteinMean),
      ]);

      const deal = page.locator(".timeline li", { hasText: "signed a landmark defence deal" }).first();
      expect(await deal.locator(".date").textContent()).toBe("2015-10");
      expect(await deal.locator(".code").textContent()).toBe("057 Sign formal agreement");

      // A merged event lists its reports when opened; a raw event links to its article directly.
      let report = deal;
      if (await deal.getAttribute("data-cluster")) {
        await deal.locator("summary").click();
        report = deal.locator(".reports li.event").first();
      }
      const evidence = (await report.locator("blockquote").textContent())!;
      await report.locator("a").click();
      await page.waitForSelector(".evidence.active");
      expect(page.url()).toMatch(/#\/article\/\d+\?event=\d+$/);
      expect((await texts(page, ".evidence.active")).join("")).toBe(evidence);
      expect(await page.locator(".record .field-rule").textContent()).toMatch(/:057$/);
      expect(await page.locator(".article-text .mention", { hasText: "Pakistan" }).count()).toBeGreaterThan(
        0,
      );
      await page.close();
    });
  });

  describe("on the bundled example corpus (India–China)", () => {
    let served: Served;
    beforeAll(async () => {
      served = await serveCorpus([EXAMPLES]);
    }, 60_000);
    afterAll(async () => {
      await served.stop();
    });

    it("shows the planted disagreements between sources: in the dyad view with each claim's words, and per article in the sources view", async () => {
      const page = await browser.newPage();
      await open(page, served, "#/dyad/IND/CHN");
      // The blog dates the Kazan Modi–Xi meeting to November 2024; the policy brief and the Indian weekly to October.
      const kazan = page.locator(".conflicts > li", { hasText: "date" });
      expect(await kazan.locator(".claim").allTextContents()).toEqual(
        expect.arrayContaining(["2024-11", "2024-10"]),
      );
      expect(
        await kazan
          .locator("blockquote", {
            hasText: "met on the sidelines of the BRICS summit in Kazan in November 2024",
          })
          .count(),
      ).toBe(1);
      // The Indian daily counts 59 banned apps, the wire "more than 200".
      const apps = page.locator(".conflicts > li", { hasText: "count" });
      expect((await apps.locator(".claim").allTextContents()).sort()).toEqual(["200 apps", "59 apps"]);
      // Followed from the keyboard: a pointer left over the article text would hover-select whatever evidence lies under it.
      await page.mouse.move(0, 0);
      await apps.locator("a", { hasText: "Meridian Wire" }).focus();
      await page.keyboard.press("Enter");
      await page.waitForSelector(".article-text .evidence.active");
      expect((await texts(page, ".evidence.active")).join("")).toBe(
        "India then banned more than 200 Chinese apps",
      );
      await open(page, served, "#/sources/IND/CHN");
      const blog = page.locator("table.sources tr", { hasText: "Border Lines" });
      expect(await blog.locator("td").last().textContent()).toMatch(/^date: .*Border Lines says 2024-11/);
      expect(await page.locator("table.outlets th[scope=row]").allTextContents()).toEqual(
        expect.arrayContaining(["Huaxia Daily", "Meridian Wire", "Indus Valley Times"]),
      );
      await page.close();
    });

    it("narrows the network with the year slider and opens a dyad from it", async () => {
      const page = await browser.newPage();
      await open(page, served, "#/network");
      await page.waitForSelector(".view-network[data-ready]");
      const count = async () => Number(await page.locator('tr[data-dyad="CHN-IND"] .count').textContent());
      const all = await count();
      expect(await page.locator(".graph canvas").count()).toBeGreaterThan(0);
      expect(await page.locator('tr[data-dyad="CHN-RUS"]').count()).toBe(1);
      // Undated events count in any range unless the toggle drops them: here the range alone should narrow.
      await page.uncheck("#undated");
      await page.locator("#range-since").fill("2025");
      await page.waitForSelector('.view-network[data-ready="2025-2025"]');
      expect(page.url()).toMatch(/#\/network\?since=2025&undated=exclude$/);
      expect(await page.locator("#range-label").textContent()).toBe("2025 – 2025");
      expect(await count()).toBeLessThan(all);
      // China and Russia appear in the corpus only in 2020 and 2024.
      expect(await page.locator('tr[data-dyad="CHN-RUS"]').count()).toBe(0);
      await page.locator('tr[data-dyad="CHN-IND"] a').click();
      await page.waitForSelector(".view-dyad[data-rendered]");
      expect(page.url()).toMatch(/#\/dyad\/CHN\/IND$/);
      await page.close();
    });

    it("opens the dyad view when an edge of the graph is clicked", async () => {
      const page = await browser.newPage();
      await open(page, served, "#/network");
      await page.waitForSelector(".view-network[data-ready]");
      // Cytoscape draws on a canvas: ask it (through the registry it keeps on its container) where the edge is drawn,
      // at a point of the edge that no other element covers (its midpoint may lie under a node or a crossing edge).
      const at = await page.evaluate(() => {
        type Point = { x: number; y: number };
        type Cy = {
          $id(id: string): { sourceEndpoint(): Point; targetEndpoint(): Point };
          pan(): Point;
          zoom(): number;
          renderer(): {
            findNearestElement(
              x: number,
              y: number,
              interactive: boolean,
              touch: boolean,
            ): { id(): string } | null;
          };
        };
        const box = document.querySelector(".graph") as HTMLElement & { _cyreg: { cy: Cy } };
        const cy = box._cyreg.cy;
        const edge = cy.$id("CHN-USA");
        const [a, b] = [edge.sourceEndpoint(), edge.targetEndpoint()];
        const pan = cy.pan(),
          zoom = cy.zoom();
        const r = box.getBoundingClientRect();
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
          const model = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
          if (cy.renderer().findNearestElement(model.x, model.y, true, false)?.id() !== "CHN-USA") continue;
          return { x: r.left + pan.x + model.x * zoom, y: r.top + pan.y + model.y * zoom };
        }
        throw new Error("no point of the CHN-USA edge is free to click");
      });
      await page.mouse.click(at.x, at.y);
      await page.waitForURL(/#\/dyad\/CHN\/USA$/);
      await page.waitForSelector(".view-dyad[data-rendered]");
      expect(await page.locator("h1").textContent()).toBe("CHN – USA");
      await page.close();
    });

    it("adds an article through the form and shows its events, in the article and in the dyad", async () => {
      const page = await browser.newPage();
      await open(page, served, "#/add");
      await page.fill("#add-title", "Moscow and Islamabad sign a deal");
      await page.fill("#add-published", "2015-03-10");
      await page.fill("#add-source", "Form Wire");
      await page.fill(
        "#add-text",
        "Moscow and Islamabad sign a deal\n\nIn March 2015, Russia signed a trade agreement with Pakistan, officials in Islamabad said.\n",
      );
      await page.click("form.add button[type=submit]");
      await page.waitForSelector(".outcome");
      expect(await page.locator(".outcome p").first().textContent()).toMatch(
        /^Stored as article \d+ with 1 event\(s\)\.$/,
      );
      expect(await page.locator(".outcome .event .who").textContent()).toBe("RUS ↔ PAK");
      await page.locator(".outcome p a").click();
      await page.waitForSelector(".view-article[data-rendered]");
      // Hovering the marked words shows the event's record.
      await page.locator(".article-text .evidence").first().hover();
      expect(await page.locator(".record .field-evidence").textContent()).toBe(
        "Russia signed a trade agreement with Pakistan",
      );
      // Keyboard: focusing an event shows its record and marks its evidence.
      await page.locator(".article-events button").first().focus();
      expect(await page.locator(".record .field-rule").textContent()).toMatch(/:057$/);
      expect((await texts(page, ".evidence.active")).join("")).toBe(
        "Russia signed a trade agreement with Pakistan",
      );
      await open(page, served, "#/dyad/RUS/PAK");
      expect(
        await page
          .locator(".timeline li", { hasText: "Russia signed a trade agreement with Pakistan" })
          .count(),
      ).toBe(1);
      await page.close();
    });

    it("shows markup in an article as text and never runs it", async () => {
      const title = '<img src=x onerror="window.__pwned=1">';
      const text = `Scripts\n\n<script>window.__pwned=1</script> In June 2016, Russia accused Pakistan of spying. <img src=x onerror="window.__pwned=1"> Officials said so.\n`;
      const res = await fetch(new URL("api/articles?wait=true", served.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, title }),
      });
      const { id } = (await res.json()) as { id: number };
      const page = await browser.newPage();
      await open(page, served, `#/article/${id}`);
      expect(await page.locator("h1").textContent()).toBe(title);
      const shown = (await page.locator(".article-text").textContent())!;
      expect(shown).toContain("<script>window.__pwned=1</script>");
      expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
      expect(await page.locator("main script, main img").count()).toBe(0);
      await open(page, served, `#/search?q=${encodeURIComponent("pwned")}`);
      expect(await page.locator(".hits li").count()).toBeGreaterThan(0);
      expect(await page.locator("main img, main script").count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.close();
    });

    // Each library is found by its own name in its code (its error messages name it).
    it.each([
      ["#/search?q=border", []],
      ["#/articles", []],
      ["#/network", ["cytoscape"]],
      ["#/dyad/IND/CHN", ["echarts"]],
    ])("%s loads the graph and chart libraries only if it draws them: %j", async (hash, expected) => {
      const page = await browser.newPage();
      const bodies: Promise<string>[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") bodies.push(r.text());
      });
      await open(page, served, hash);
      const code = (await Promise.all(bodies)).join("\n");
      expect(["cytoscape", "echarts"].filter((library) => code.includes(library))).toEqual(expected);
      await page.close();
    });

    it("says so when there is nothing to show", async () => {
      const page = await browser.newPage();
      await open(page, served, "#/dyad/IND/FRA");
      expect(await texts(page, ".empty")).toEqual(
        expect.arrayContaining([
          "No dated events between IND and FRA.",
          "No events between these two actors.",
          "No conflicts between sources found for this dyad.",
        ]),
      );
      await open(page, served, "#/search?q=zzyzx");
      expect(await page.locator(".empty").textContent()).toBe("Nothing matched “zzyzx”.");
      await open(page, served, "#/article/99999");
      expect(await page.locator(".error").textContent()).toBe("no article with id 99999");
      await open(page, served, "#/dyad/IND/ZZQ");
      expect(await page.locator(".error").textContent()).toMatch(/unknown actor "ZZQ"/);
      await open(page, served, "#/sources/IND/CHN");
      expect(await page.locator("h1").textContent()).toBe("Sources on IND – CHN");
      await page.close();
    });
  });
});
