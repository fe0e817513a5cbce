// `npm run screenshots`: renders each view of the app over the bundled example corpus at 1280×800 into docs/screenshots/.
// Run with vite-node (it imports the TypeScript test support directly); the same browser setup as the browser tests.
import { mkdirSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { HAS_CHROMIUM, CHROMIUM, launchBrowser } from "../src/test-support/browser.js";
import { EXAMPLES, serveCorpus } from "../src/test-support/served-corpus.js";

const OUT = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

if (!HAS_CHROMIUM) {
  console.error(
    `screenshots: no Chromium at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set DYAD_CHROMIUM`,
  );
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
// A relative path, so the articles' origins read "examples/corpus/…" rather than this machine's folders.
const served = await serveCorpus([relative(process.cwd(), EXAMPLES)]);
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The article with the most events, with its first event selected, so the marked evidence is near the top.
  const [busiest] = [...(await served.store.articleList({ limit: 100, offset: 0 }))].sort(
    (a, b) => b.events - a.events,
  );
  const first = busiest ? (await served.store.articleDetail(busiest.id))?.eventList[0] : undefined;
  const shots: [string, string, (() => Promise<void>)?][] = [
    ["network", "#/network"],
    ["dyad", "#/dyad/IND/CHN"],
    ["article", first ? `#/article/${first.articleId}?event=${first.id}` : "#/articles"],
    ["sources", "#/sources/IND/CHN"],
    ["search", "#/search?q=Galwan"],
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
} finally {
  await close();
  await served.stop();
}
