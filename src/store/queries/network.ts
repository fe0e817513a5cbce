/** The relations graph: one edge per dyad with its event count, quad counts and mean Goldstein score. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { EventFilter, NetworkEdge } from "../store.js";
import { selectEventRows } from "./event-rows.js";

export async function network(db: Kysely<Database>, filter: EventFilter): Promise<NetworkEdge[]> {
  const rows = await selectEventRows(db, filter)
    .select([
      "events.dyad",
      "events.quad",
      sql<number>`count(*)`.as("n"),
      sql<number>`sum(events.goldstein)`.as("g"),
    ])
    .groupBy(["events.dyad", "events.quad"])
    .execute();
  const edges = new Map<
    string,
    { quad: [number, number, number, number]; events: number; goldstein: number }
  >();
  for (const r of rows) {
    let e = edges.get(r.dyad);
    if (!e) {
      e = { quad: [0, 0, 0, 0], events: 0, goldstein: 0 };
      edges.set(r.dyad, e);
    }
    const n = r.n;
    e.quad[r.quad - 1] = (e.quad[r.quad - 1] ?? 0) + n;
    e.events += n;
    e.goldstein += r.g;
  }
  return [...edges.entries()]
    .map(([dyad, e]) => {
      const [a, b] = dyad.split("-") as [string, string];
      return {
        dyad,
        a,
        b,
        events: e.events,
        quad: e.quad,
        goldsteinMean: Math.round((e.goldstein / e.events) * 100) / 100,
      };
    })
    .sort((x, y) => y.events - x.events || x.dyad.localeCompare(y.dyad));
}
