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
    for (const e of entries as { code?: unknown; names?: unknown }[]) {
      const name = Array.isArray(e?.names) ? e.names[0] : undefined;
      if (typeof e?.code === "string" && typeof name === "string" && !names.has(e.code))
        names.set(e.code, name);
    }
  }
  cached = names;
  return names;
}
