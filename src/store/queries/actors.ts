/** Actors ranked by the number of events they take part in, with their main partners. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { ActorRow, EventFilter } from "../store.js";
import { selectEvents } from "./event-rows.js";

export async function actors(db: Kysely<Database>, filter: EventFilter, limit: number): Promise<ActorRow[]> {
  const pairs = await selectEvents(db, filter)
    .select(["events.source", "events.target", sql<number>`count(*)`.as("n")])
    .groupBy(["events.source", "events.target"])
    .execute();
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
