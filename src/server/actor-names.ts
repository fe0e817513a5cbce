/** Display names of actor codes ("RUS" → "Russia"), read from the same dictionary files the extractor uses. */
import { basename } from "node:path";
import { dictionaryFiles, readJson } from "../dictionaries/files.js";

let cached: Map<string, string> | null = null;

/** Code → first listed name, for every state and organisation in the dictionaries. */
export function actorNames(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const names = new Map<string, string>();
  for (const file of dictionaryFiles("actors").filter((f) =>
    /^(countries|organisations)/.test(basename(f)),
  )) {
    const entries = readJson(file);
    if (!Array.isArray(entries)) continue;
    // The extractor checks these files with messages; a name for display skips what it cannot read.
    for (const e of entries as unknown[]) {
      if (typeof e !== "object" || e === null) continue;
      const { code, names: listed } = e as { code?: unknown; names?: unknown };
      const name: unknown = Array.isArray(listed) ? listed[0] : undefined;
      if (typeof code === "string" && typeof name === "string" && !names.has(code)) names.set(code, name);
    }
  }
  cached = names;
  return names;
}
