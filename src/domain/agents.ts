/** People acting in an event, written "ACTOR:Name" ("RUS:Sergey Lavrov") so the actor they act for travels with them. */

export function agentOf(actor: string, person: string): string {
  return `${actor}:${person}`;
}

/** "RUS:Sergey Lavrov" -> ["RUS", "Sergey Lavrov"]. */
export function splitAgent(agent: string): [string, string] {
  const at = agent.indexOf(":");
  return [agent.slice(0, at), agent.slice(at + 1)];
}

/** Actors for which both lists name a person, but never the same one: "who visited" disagrees. */
export function disputedActors(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0 || b.length === 0) return [];
  const byActor = (list: readonly string[]) => {
    const m = new Map<string, Set<string>>();
    for (const x of list) {
      const [actor, name] = splitAgent(x);
      m.set(actor, (m.get(actor) ?? new Set()).add(name));
    }
    return m;
  };
  const ma = byActor(a),
    mb = byActor(b);
  return [...ma.keys()].filter((k) => mb.has(k) && ![...ma.get(k)!].some((n) => mb.get(k)!.has(n))).sort();
}
