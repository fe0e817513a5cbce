/** Debian's Chromium driven by playwright-core, with the flags this machine's closed network needs; shared by browser tests and `npm run screenshots`. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM)
  console.warn(
    `skipping browser tests: no Chromium at ${CHROMIUM} (install Debian's chromium, or set DYAD_CHROMIUM)`,
  );

// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless browser; playwright gives each launch a fresh, temporary profile. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  return { browser, close: () => browser.close() };
}
