/** Turns what a user types into a safe FTS5 query: every word quoted, "quoted phrases" kept. */

/** null when nothing searchable is left. */
export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]+)"|([\p{L}\p{N}]+)/gu)) {
    const words = (m[1] ?? m[2] ?? "").match(/[\p{L}\p{N}]+/gu);
    if (words?.length) parts.push(`"${words.join(" ")}"`);
  }
  return parts.length ? parts.join(" ") : null;
}
