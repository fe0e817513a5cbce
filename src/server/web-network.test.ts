// The network view at volume: Debian's Chromium against a real server over the news corpus and the seeds in SQLite.
// Every expectation is read from the API for the same question (or counted from its events), never written down
// from a run.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyadKey, type ActorRow, type NetworkEdge, type StoredEvent } from "../store/store.js";
import { HAS_CHROMIUM, launchBrowser } from "../test-support/browser.js";
import type { Served } from "../test-support/served-corpus.js";
import { HAS_VOLUME, serveVolume } from "../test-support/volume-corpus.js";

type Edge = NetworkEdge & { aName: string | null; bName: string | null };
type Actor = ActorRow & { name: string | null };

let browser: Browser;
let closeBrowser: () => Promise<void>;
let served: Served;

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, served.url));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** Every event matching a query, page after page as the Link header names them. */
async function allEvents(query: string): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let next: string | null = `api/events?limit=1000${query ? `&${query}` : ""}`;
  while (next) {
    const res: Response = await fetch(new URL(next, served.url));
    expect(res.status).toBe(200);
    out.push(...((await res.json()) as StoredEvent[]));
    next = /<\/?([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "")?.[1] ?? null;
  }
  return out;
}

/** Dyad → events, as the API's edges give them. */
const counts = (edges: readonly { dyad: string; events: number }[]) =>
  Object.fromEntries(edges.map((e) => [e.dyad, e.events]));

const actorsOf = (edges: readonly NetworkEdge[]) => new Set(edges.flatMap((e) => [e.a, e.b])).size;

/** Waits until the view shows what its URL says: every filter applied, the server's answer drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const view = document.querySelector<HTMLElement>(".view-network");
    return view?.dataset.shown !== undefined && view.dataset.shown === location.hash;
  });
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${served.url}${hash}`);
  await page.waitForSelector("section.view[data-rendered]");
  await settled(page);
}

/** The table's rows as dyad → events. */
const tableCounts = (page: Page): Promise<Record<string, number>> =>
  page
    .locator("table.dyads tbody tr")
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r): [string, number] => [
          (r as HTMLElement).dataset.dyad ?? "",
          Number(r.querySelector(".count")?.textContent),
        ]),
      ),
    );

const graphState = (page: Page): Promise<Record<string, string | undefined>> =>
  page.locator(".graph").evaluate((g) => Object.fromEntries(Object.entries((g as HTMLElement).dataset)));

/**
 * Where an actor is drawn, in page coordinates. Cytoscape draws on a canvas, so the position comes from its
 * public API (node.renderedPosition), reached through the registry it keeps on its container.
 */
async function nodeAt(page: Page, code: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    type Cy = { $id(id: string): { renderedPosition(): { x: number; y: number } } };
    const box = document.querySelector(".graph") as HTMLElement & { _cyreg: { cy: Cy } };
    const p = box._cyreg.cy.$id(id).renderedPosition();
    const r = box.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, code);
}

describe.skipIf(!HAS_CHROMIUM || !HAS_VOLUME)(
  "the network view over the news corpus and the seeds",
  { timeout: 60_000 },
  () => {
    let all: Edge[];
    let actors: Actor[];

    beforeAll(async () => {
      ({ browser, close: closeBrowser } = await launchBrowser());
      served = await serveVolume();
      all = await api<Edge[]>("api/network");
      actors = await api<Actor[]>("api/actors?limit=1000");
      // Enough actors that labels must be thinned (80 in December 2026, as wrong records were removed).
      expect(actorsOf(all)).toBeGreaterThan(70);
    }, 600_000);
    afterAll(async () => {
      await served.stop();
      await closeBrowser();
    });

    it("draws every dyad and actor the API gives, with names beside codes in the table", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await open(page, "#/network");
      expect(await tableCounts(page)).toEqual(counts(all));
      expect(await graphState(page)).toMatchObject({
        nodes: String(actorsOf(all)),
        edges: String(all.length),
      });
      expect(await page.locator(".dyad-count").textContent()).toBe(`${all.length} of ${all.length} dyads`);
      // Names from the actors route, a separate query from the network's.
      const name = (code: string) => actors.find((a) => a.actor === code)?.name;
      const [busiest] = all;
      const label = (code: string) => (name(code) ? `${name(code)} (${code})` : code);
      expect(await page.locator(`tr[data-dyad="${busiest!.dyad}"] th`).textContent()).toBe(
        `${label(busiest!.a)} – ${label(busiest!.b)}`,
      );
      await page.close();
    });

    it("zooms with the buttons and the wheel, labelling more actors closer in", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await open(page, "#/network");
      const zoom = async () => Number((await graphState(page)).zoom);
      const labelled = async () => Number((await graphState(page)).labelled);
      const fit = await zoom();
      const fewest = await labelled();
      expect(fewest).toBeGreaterThan(0);
      expect(fewest).toBeLessThan(actorsOf(all));

      await page.getByRole("button", { name: "Zoom in" }).click();
      expect(await zoom()).toBeGreaterThan(fit);
      expect(await labelled()).toBeGreaterThan(fewest);

      const before = await zoom();
      const box = (await page.locator(".graph").boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await page.waitForFunction(
        (z) => Number(document.querySelector<HTMLElement>(".graph")?.dataset.zoom) > z,
        before,
      );

      await page.getByRole("button", { name: "Fit to view" }).click();
      expect(await zoom()).toBe(fit);
      expect(await labelled()).toBe(fewest);
      await page.getByRole("button", { name: "Zoom out" }).click();
      expect(await zoom()).toBeLessThan(fit);
      await page.close();
    });

    // The busiest actor and one further down, whose circle is smaller.
    it.each([0, 5])(
      "hovering the actor ranked %i shows its name and the counts /api/actors gives",
      async (rank) => {
        const actor = actors[rank]!;
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await open(page, "#/network");
        const at = await nodeAt(page, actor.actor);
        await page.mouse.move(at.x, at.y);
        await page.waitForSelector(`.graph[data-hover="${actor.actor}"]`);
        const tip = page.locator(".graph-tip");
        expect(await tip.isVisible()).toBe(true);
        expect(await tip.locator(".tip-name").textContent()).toBe(actor.name ?? actor.actor);
        expect(await tip.locator(".tip-code").textContent()).toBe(actor.actor);
        const field = (name: string) => tip.locator(`.field-${name} dd`).textContent();
        expect([await field("events"), await field("as-source"), await field("as-target")]).toEqual(
          [actor.events, actor.asSource, actor.asTarget].map(String),
        );
        expect(await field("dyads")).toBe(
          String(all.filter((e) => e.a === actor.actor || e.b === actor.actor).length),
        );
        const partners = await tip.locator(".tip-partners li").evaluateAll((items) =>
          items.map((li) => ({
            actor: (li as HTMLElement).dataset.actor,
            events: Number(li.querySelector(".count")?.textContent),
          })),
        );
        expect(partners).toEqual(actor.partners);
        await page.mouse.move(0, 0);
        await page.waitForSelector(".graph-tip", { state: "hidden" });
        await page.close();
      },
    );

    /** The code the actors route gives the name typed into the search. */
    const russia = () => actors.find((a) => a.name === "Russia")?.actor ?? "(no actor named Russia)";

    // Each case: how the filter is set, the hash parameter it writes, and the API's dyads for it.
    it.each<[string, (page: Page) => Promise<void>, () => string, () => Promise<Edge[]>]>([
      [
        "quad class",
        async (page) => {
          await page.selectOption("#quad", "4");
        },
        () => "quad=4",
        () => api<Edge[]>("api/network?quad=4"),
      ],
      [
        "minimum events per dyad",
        (page) => page.fill("#min-events", "3"),
        () => "min=3",
        () => Promise.resolve(all.filter((e) => e.events >= 3)),
      ],
      [
        "actor search by name",
        async (page) => {
          await page.fill("#actor-search", "Russia");
          await page.press("#actor-search", "Enter");
        },
        () => `actor=${russia()}`,
        () => api<Edge[]>(`api/network?actor=${russia()}`),
      ],
    ])(
      "the %s filter narrows graph and table to what the API gives, and its link reproduces the view",
      async (_, act, hashParam, expected) => {
        const param = hashParam();
        const want = await expected();
        expect(want.length).toBeGreaterThan(0);
        expect(want.length).toBeLessThan(all.length);
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await open(page, "#/network");
        await act(page);
        await page.waitForURL(new RegExp(`#/network\\?${param}$`));
        await settled(page);
        const check = async () => {
          expect(await tableCounts(page)).toEqual(counts(want));
          expect(await graphState(page)).toMatchObject({
            nodes: String(actorsOf(want)),
            edges: String(want.length),
          });
        };
        await check();
        await open(page, `#/network?${param}`);
        await check();
        await page.close();
      },
    );

    it("keeps undated events beside a year range until the toggle drops them, by exactly the undated events the API lists", async () => {
      const undatedByDyad = new Map<string, number>();
      for (const e of await allEvents("")) {
        if (e.date !== null) continue;
        const dyad = dyadKey(e.source, e.target);
        undatedByDyad.set(dyad, (undatedByDyad.get(dyad) ?? 0) + 1);
      }
      const undated = [...undatedByDyad.values()].reduce((a, b) => a + b, 0);
      expect(undated).toBeGreaterThan(0);
      // The API's long-standing answer for a range: dated events only.
      const dated = counts(await api<Edge[]>("api/network?since=2017&until=2017"));
      const withUndated = { ...dated };
      for (const [dyad, n] of undatedByDyad) withUndated[dyad] = (withUndated[dyad] ?? 0) + n;

      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await open(page, "#/network?since=2017&until=2017");
      expect(await page.isChecked("#undated")).toBe(true);
      expect(await page.locator(".undated-count").textContent()).toBe(` (${undated})`);
      expect(await tableCounts(page)).toEqual(withUndated);

      await page.uncheck("#undated");
      await page.waitForURL(/#\/network\?since=2017&until=2017&undated=exclude$/);
      await settled(page);
      expect(await tableCounts(page)).toEqual(dated);
      expect(await page.locator(".dyad-count").textContent()).toContain(
        `; ${undated} undated events left out`,
      );
      await page.close();
    });

    it("sorts the table by every column, both ways, and filters it by name", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await open(page, "#/network");
      const columns = await page
        .locator("table.dyads thead button")
        .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.sort ?? ""));
      expect(columns).toHaveLength(7);
      for (const [i, key] of columns.entries()) {
        for (const direction of ["ascending", "descending"]) {
          const header = page.locator("table.dyads thead th").nth(i);
          // A first click sorts a column its natural way (numbers most first); a second turns it round.
          for (let clicks = 0; clicks < 2 && (await header.getAttribute("aria-sort")) !== direction; clicks++)
            await header.locator("button").click();
          await settled(page);
          expect(await page.locator("table.dyads thead th").nth(i).getAttribute("aria-sort"), key).toBe(
            direction,
          );
          const values = await page
            .locator("table.dyads tbody tr")
            .evaluateAll((rows, n) => rows.map((r) => (r.children.item(n)?.textContent ?? "").trim()), i);
          const typed = i === 0 ? values : values.map(Number);
          const sorted = [...typed].sort((a, b) =>
            typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b)),
          );
          expect(typed, `${key} ${direction}`).toEqual(direction === "ascending" ? sorted : sorted.reverse());
        }
      }

      await page.fill("#dyad-filter", "korea");
      await settled(page);
      const want = all.filter((e) => [e.aName, e.bName].some((n) => n?.toLowerCase().includes("korea")));
      expect(want.length).toBeGreaterThan(0);
      expect(await tableCounts(page)).toEqual(counts(want));
      expect(await page.locator(".dyad-count").textContent()).toBe(`${want.length} of ${all.length} dyads`);
      expect(page.url()).toMatch(/[?&]q=korea(&|$)/);
      await page.close();
    });

    it("clicking an actor highlights it and lists its dyads; the background or the focus bar lets go", async () => {
      const code = actors[0]!.actor;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await open(page, "#/network");
      // The whole graph in sight: the focus bar's button lies below it, and clicking it scrolls the page. Cytoscape
      // learns where its canvas went from the scroll event, which comes a frame later: the click waits for it.
      const showGraph = () =>
        page.locator(".graph").evaluate(
          (g) =>
            new Promise<void>((resolve) => {
              const y = scrollY;
              addEventListener("scroll", () => resolve(), { once: true });
              g.scrollIntoView();
              if (scrollY === y) resolve();
            }),
        );
      const focusOn = async () => {
        await showGraph();
        const at = await nodeAt(page, code);
        await page.mouse.click(at.x, at.y);
        await page.waitForSelector(`.graph[data-focus="${code}"]`);
        await settled(page);
        expect(page.url()).toMatch(new RegExp(`#/network\\?focus=${code}$`));
        expect(await tableCounts(page)).toEqual(counts(all.filter((e) => e.a === code || e.b === code)));
      };
      const letGo = async () => {
        await page.waitForSelector(".graph:not([data-focus])");
        await settled(page);
        expect(page.url()).toMatch(/#\/network$/);
        expect(await tableCounts(page)).toEqual(counts(all));
      };
      await focusOn();
      await page.getByRole("button", { name: "Show all dyads" }).click();
      await letGo();
      await focusOn();
      // The fit leaves a margin round the drawing: its corner is background.
      await showGraph();
      const box = (await page.locator(".graph").boundingBox())!;
      await page.mouse.click(box.x + 4, box.y + 4);
      await letGo();
      await page.close();
    });
  },
);
