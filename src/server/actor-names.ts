/** Display names of actor codes ("RUS" → "Russia"), read from the same dictionary files the extractor uses. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, extraDictionaryDirs, readJson } from "../actors/dictionary.js";

let cached: Map<string, string> | null = null;

/** Code → first listed name, for every state and organisation in the dictionaries. */
export function actorNames(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const names = new Map<string, string>();
  for (const root of [DATA_DIR, ...extraDictionaryDirs()]) {
    const dir = join(root, "actors");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /^(countries|organisations).*\.json$/.test(f)).sort()) {
      const entries = readJson(join(dir, file));
      if (!Array.isArray(entries)) continue;
      for (const e of entries as { code?: unknown; names?: unknown }[]) {
        const name = Array.isArray(e.names) ? e.names[0] : undefined;
        if (typeof e.code === "string" && typeof name === "string" && !names.has(e.code)) names.set(e.code, name);
      }
    }
  }
  cached = names;
  return names;
}
