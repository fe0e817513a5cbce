/** Actors ranked by the number of events they take part in, with their main partners. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { ActorRow, EventFilter } from "../store.js";
import { selectEventRows } from "./event-rows.js";

/** The other actor of a dyad key ("PAK-RUS", "RUS" → "PAK"), which dyadKey builds from the two in order. */
function otherActor(dyad: string, actor: string): string {
  // A key starts with "actor-" only when actor sorts first: a target beginning so would sort after it.
  return dyad.startsWith(`${actor}-`) ? dyad.slice(actor.length + 1) : dyad.slice(0, -actor.length - 1);
}

export async function actors(db: Kysely<Database>, filter: EventFilter, limit: number): Promise<ActorRow[]> {
  // Dyad and source are both in the series index, so the count reads that index alone, not a million rows
  // spread over the table; the target is the dyad's other actor.
  const pairs = (
    await selectEventRows(db, filter)
      .select(["events.dyad", "events.source", sql<number>`count(*)`.as("n")])
      .groupBy(["events.dyad", "events.source"])
      .execute()
  ).map((r) => ({ source: r.source, target: otherActor(r.dyad, r.source), n: r.n }));
  const table = new Map<string, { asSource: number; asTarget: number; partners: Map<string, number> }>();
  const entry = (code: string) => {
    let e = table.get(code);
    if (!e) {
      e = { asSource: 0, asTarget: 0, partners: new Map() };
      table.set(code, e);
    }
    return e;
  };
  for (const p of pairs) {
    const n = p.n;
    const s = entry(p.source),
      t = entry(p.target);
    s.asSource += n;
    t.asTarget += n;
    s.partners.set(p.target, (s.partners.get(p.target) ?? 0) + n);
    t.partners.set(p.source, (t.partners.get(p.source) ?? 0) + n);
  }
  const wanted = filter.actors?.length ? new Set(filter.actors) : null;
  return [...table.entries()]
    .filter(([code]) => !wanted || wanted.has(code))
    .map(([actor, e]) => ({
      actor,
      events: e.asSource + e.asTarget,
      asSource: e.asSource,
      asTarget: e.asTarget,
      partners: [...e.partners.entries()]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, 5)
        .map(([a, n]) => ({ actor: a, events: n })),
    }))
    .sort((x, y) => y.events - x.events || x.actor.localeCompare(y.actor))
    .slice(0, limit);
}
