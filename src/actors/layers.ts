/** Stacks dictionary layers: a lower layer (converted lists) only adds what the upper one does not name. */
import type { Dictionary, Entry, Official, TitleGroup } from "./dictionary.js";

/** Several layers of equal rank, in order. */
export function mergeLayers(layers: readonly Dictionary[]): Dictionary {
  return {
    entries: layers.flatMap((l) => l.entries),
    officials: layers.flatMap((l) => l.officials),
    titles: layers.flatMap((l) => l.titles),
    voices: layers.flatMap((l) => l.voices),
  };
}

/** "the Kremlin" and "Kremlin" are one name to the gazetteer. */
const bare = (name: string): string => (name.startsWith("the ") ? name.slice(4) : name);

/**
 * `upper` wins every conflict with `lower`: a lower entry whose name the upper layer already has is
 * dropped; a lower person whose full name (or a full-name alias) is an upper person is the same
 * person and is dropped whole; a lower alias that is an upper name is dropped; a lower title word
 * that is an upper title (in the same case, or with another role) or a voice is dropped. Pure: the inputs are not modified.
 */
export function underlay(upper: Dictionary, lower: Dictionary): Dictionary {
  const names = new Set<string>();
  for (const e of upper.entries) names.add(bare(e.name));
  const people = new Set(upper.officials.flatMap((o) => [o.name, ...o.aliases]));
  const entries: Entry[] = lower.entries.filter((e) => !names.has(bare(e.name)) && !people.has(bare(e.name)));
  for (const e of entries) names.add(bare(e.name));
  const officials: Official[] = [];
  for (const o of lower.officials) {
    const all = [o.name, ...o.aliases];
    if (all.some((n) => /\s/.test(n) && people.has(n))) continue;
    const kept = all.filter((n) => !people.has(n) && !names.has(n));
    if (!kept.length) continue;
    officials.push({ ...o, name: kept[0]!, aliases: kept.slice(1) });
  }
  // An upper title in another case ("Foreign Ministry") still lets the lower one ("foreign ministry") in when their roles agree.
  const exact = new Set(upper.titles.flatMap((t) => t.words));
  const roles = new Map<string, Set<string>>();
  for (const t of upper.titles)
    for (const w of t.words)
      roles.set(w.toLowerCase(), (roles.get(w.toLowerCase()) ?? new Set()).add(t.role));
  const voices = new Set(upper.voices.map((v) => v.toLowerCase()));
  const clashes = (w: string, role: string) =>
    exact.has(w) ||
    voices.has(w.toLowerCase()) ||
    [...(roles.get(w.toLowerCase()) ?? [])].some((r) => r !== role);
  const titles: TitleGroup[] = lower.titles
    .map((t) => ({ ...t, words: t.words.filter((w) => !clashes(w, t.role)) }))
    .filter((t) => t.words.length > 0);
  return {
    entries: [...upper.entries, ...entries],
    officials: [...upper.officials, ...officials],
    titles: [...upper.titles, ...titles],
    voices: upper.voices,
  };
}
