/** A stored event as merging sees it: its coded values, its specifics and where it came from. */
import type { EventContext } from "../domain/types.js";

export interface Report {
  readonly id: number;
  readonly articleId: number;
  /** Content hash of the article: orders reports the same way whatever order they were ingested in. */
  readonly articleHash: string;
  readonly article: string;
  readonly outlet: string | null;
  readonly source: string;
  readonly target: string;
  readonly symmetric: boolean;
  readonly code: string;
  readonly cameo: string;
  readonly quad: number;
  readonly goldstein: number;
  readonly date: string | null;
  readonly modality: string;
  readonly sector: string;
  readonly amountValue: number | null;
  readonly amountUnit: string | null;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  readonly context: EventContext;
}

/** A key that depends only on content, never on database ids. */
export function reportKey(r: Report): string {
  return `${r.articleHash}:${String(r.start).padStart(8, "0")}:${String(r.end).padStart(8, "0")}:${r.source}:${r.target}:${r.cameo}:${r.date ?? ""}:${r.modality}`;
}


/** "RUS:Sergey Lavrov" -> ["RUS", "Sergey Lavrov"]. */
export function splitAgent(agent: string): [string, string] {
  const at = agent.indexOf(":");
  return [agent.slice(0, at), agent.slice(at + 1)];
}

/** Actors for which both reports name a person, but never the same one: "who visited" disagrees. */
export function disputedActors(a: readonly string[], b: readonly string[]): string[] {
  const byActor = (list: readonly string[]) => {
    const m = new Map<string, Set<string>>();
    for (const x of list) { const [actor, name] = splitAgent(x); m.set(actor, (m.get(actor) ?? new Set()).add(name)); }
    return m;
  };
  const ma = byActor(a), mb = byActor(b);
  return [...ma.keys()].filter((k) => mb.has(k) && ![...ma.get(k)!].some((n) => mb.get(k)!.has(n))).sort();
}

export const EMPTY_CONTEXT: EventContext = { sentenceStart: 0, sentenceEnd: 0, agents: [], persons: [], places: [], named: [], terms: [] };
