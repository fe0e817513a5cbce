/** The browser of the browser tests and `npm run screenshots`: the Chromium that prints briefs (src/report/chromium.ts). */
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { chromiumPath, launchChromium } from "../report/chromium.js";

export const CHROMIUM = chromiumPath();
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM)
  console.warn(
    `skipping browser tests: no Chromium at ${CHROMIUM} (install Debian's chromium, or set DYAD_CHROMIUM)`,
  );

/** A headless browser; playwright gives each launch a fresh, temporary profile. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium(CHROMIUM);
  return { browser, close: () => browser.close() };
}
