/** Locates ../shared (present in CI, absent in a user's clone) for tests that need its corpora. */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const HAS_SHARED = existsSync(`${SHARED}gold/seeds`);

if (!HAS_SHARED) console.warn(`skipping tests that need ../shared: not found at ${SHARED}`);

/** Names the folder where this test run builds its news-and-seeds database (set by the global setup). */
export const VOLUME_DIR_VARIABLE = "DYAD_TEST_VOLUME_DIR";
/** This run's folder; outside vitest (the screenshots script), a fixed one. */
export const volumeDir = (): string => process.env[VOLUME_DIR_VARIABLE] ?? join(tmpdir(), "dyad-volume");
