/**
 * Debian's Chromium driven by playwright-core, with the flags this machine's closed network needs: prints
 * the brief to PDF, and drives the browser tests and `npm run screenshots`.
 */
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** Where Chromium is: $DYAD_CHROMIUM, else Debian's package. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DYAD_CHROMIUM ?? "/usr/bin/chromium";
}

/** What to tell a user whose machine has no Chromium where dyad looks for it. */
export function missingChromium(path: string): string | null {
  return existsSync(path)
    ? null
    : `no Chromium at ${path}, which prints PDF: install it (Debian/Ubuntu: apt-get install chromium) or set DYAD_CHROMIUM to its path, or use --format html`;
}

// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless browser; playwright gives each launch a fresh, temporary profile. Loaded only when needed. */
export async function launchChromium(path = chromiumPath()): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_FLAGS });
}
