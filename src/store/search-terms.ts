/** What a user types into search, as terms: each word, and each "quoted phrase" kept whole. */
export function searchTerms(input: string): string[] {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]+)"|([\p{L}\p{N}]+)/gu)) {
    const words = (m[1] ?? m[2] ?? "").match(/[\p{L}\p{N}]+/gu);
    if (words?.length) parts.push(words.join(" "));
  }
  return parts;
}
