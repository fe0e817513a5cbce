/** Turns what a user types into a safe FTS5 query: every word quoted, "quoted phrases" kept. */
import { searchTerms } from "../search-terms.js";

/** null when nothing searchable is left. */
export function ftsQuery(input: string): string | null {
  const parts = searchTerms(input).map((t) => `"${t}"`);
  return parts.length ? parts.join(" ") : null;
}
