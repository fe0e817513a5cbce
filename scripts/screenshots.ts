// `npm run screenshots`: renders each view of the app over the news corpus and the seeds (../shared) at
// 1280×800 into docs/screenshots/. Run with vite-node (it imports the TypeScript test support directly);
// the same browser setup and database as the browser tests.
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Stats } from "../src/store/store.js";
import { HAS_CHROMIUM, CHROMIUM, launchBrowser } from "../src/test-support/browser.js";
import { volumeDir } from "../src/test-support/shared.js";
import { HAS_VOLUME, serveVolume } from "../src/test-support/volume-corpus.js";

const OUT = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

if (!HAS_CHROMIUM) {
  console.error(
    `screenshots: no Chromium at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set DYAD_CHROMIUM`,
  );
  process.exit(1);
}
if (!HAS_VOLUME) {
  console.error("screenshots: the news corpus is read from ../shared/corpus, which is not here");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
// Built anew, with the code as it is now (about a minute).
rmSync(volumeDir(), { recursive: true, force: true });
const served = await serveVolume();
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const stats = (await (await fetch(new URL("api/stats", served.url))).json()) as Stats;
  const [a = "RUS", b = "PAK"] = (stats.topDyads[0]?.dyad ?? "").split("-");
  // The article of the busiest dyad's newest event, with that event selected.
  const [busiest] = await served.store.events({ dyad: [a, b] }, { limit: 1, offset: 0, order: "newest" });
  const shots: [string, string, (() => Promise<void>)?][] = [
    ["network", "#/network"],
    ["dyad", `#/dyad/${a}/${b}`],
    ["events", `#/events?actor=${a}&since=2017`],
    ["article", busiest ? `#/article/${busiest.articleId}?event=${busiest.id}` : "#/articles"],
    ["sources", `#/sources/${a}/${b}`],
    ["articles", "#/articles"],
    ["search", "#/search?q=missile"],
    [
      "add-article",
      "#/add",
      async () => {
        await page.fill("#add-title", "Delhi and Beijing agree on patrolling");
        await page.fill("#add-published", "2024-10-22");
        await page.fill("#add-source", "Example Wire");
        await page.fill(
          "#add-text",
          "Delhi and Beijing agree on patrolling\n\nOn October 21, 2024, India signed a patrolling agreement with China, the Indian foreign ministry said. The Chinese foreign minister visited New Delhi in December.",
        );
        await page.click("form.add button[type=submit]");
        await page.waitForSelector(".outcome");
      },
    ],
  ];
  for (const [name, hash, act] of shots) {
    await page.goto(`${served.url}${hash}`);
    await page.waitForSelector("section.view[data-rendered]");
    if (act) await act();
    await page.screenshot({ path: `${OUT}${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
  }
  // The brief is a document of its own, served by the API.
  await page.goto(`${served.url}api/dyads/${a}/${b}/brief?format=html`);
  await page.screenshot({ path: `${OUT}brief.png` });
  console.log("docs/screenshots/brief.png");
} finally {
  await close();
  await served.stop();
}
