/** Locates ../shared (present in CI, absent in a user's clone) for tests that need its corpora. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const HAS_SHARED = existsSync(`${SHARED}gold/seeds`);

if (!HAS_SHARED) console.warn(`skipping tests that need ../shared: not found at ${SHARED}`);
