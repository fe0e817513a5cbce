/**
 * One page of events in (sort date, id) order. With an actor filter, the events the actor did and those
 * done to it are walked down the source and target indexes apart and merged: one OR over both follows
 * neither index in order, so SQLite read every event of the actor to find a page (0.9 s at 10M events).
 */
import type { ExpressionBuilder, Kysely } from "kysely";
import type { EventFilter } from "../../domain/records.js";
import { UNDATED_SORT_DATE } from "../date-range.js";
import type { Database } from "../schema.js";
import type { Page } from "../store.js";
import {
  EVENT_ORDER,
  EVENT_ORDER_DESCENDING,
  selectEvents,
  withEventColumns,
  type EventRow,
} from "./event-rows.js";
import { orderedPage, type Walk } from "./ordered-page.js";

type Db = Kysely<Database>;
type Row = EventRow & { sort_date: string };
type Side = (
  eb: ExpressionBuilder<Database, "events">,
) => ReturnType<ExpressionBuilder<Database, "events">["and"]>;

export function eventPage(
  db: Db,
  filter: EventFilter,
  page: Page,
  cursor: readonly [string, number] | null,
  countDated: () => Promise<number>,
): Promise<Row[]> {
  return orderedPage(page, cursor, (w) => walkEvents(db, filter, w), countDated);
}

async function walkEvents(db: Db, filter: EventFilter, w: Walk<number>): Promise<Row[]> {
  const { actors, ...rest } = filter;
  if (!actors?.length) return walk(db, filter, w, null);
  const codes = [...actors];
  // Each side reads as far as the page could reach into it; the merge takes the page from both.
  const each = { ...w, limit: w.limit + w.offset, offset: 0 };
  const [bySource, byTarget] = await Promise.all([
    walk(db, rest, each, (eb) => eb.and([eb("events.source", "in", codes)])),
    walk(db, rest, each, (eb) =>
      eb.and([eb("events.target", "in", codes), eb("events.source", "not in", codes)]),
    ),
  ]);
  return merged(bySource, byTarget, w.descending).slice(w.offset, w.offset + w.limit);
}

function walk(db: Db, filter: EventFilter, w: Walk<number>, side: Side | null): Promise<Row[]> {
  let query = withEventColumns(selectEvents(db, filter)).select("events.sort_date");
  if (side) query = query.where((eb) => side(eb as unknown as ExpressionBuilder<Database, "events">));
  if (w.span !== "all")
    query = query.where("events.sort_date", w.span === "dated" ? "<" : "=", UNDATED_SORT_DATE);
  if (w.from) {
    const [date, id] = w.from;
    query = query.where((eb) =>
      eb(eb.refTuple("events.sort_date", "events.id"), w.descending ? "<" : ">", eb.tuple(date, id)),
    );
  }
  return query
    .orderBy(w.descending ? EVENT_ORDER_DESCENDING : EVENT_ORDER)
    .limit(w.limit)
    .offset(w.offset)
    .execute();
}

/** Two lists, each in (sort date, id) order in the walk's direction, as one list in that order. */
function merged(a: readonly Row[], b: readonly Row[], descending: boolean): Row[] {
  const before = (x: Row, y: Row) => {
    const ascending = x.sort_date < y.sort_date || (x.sort_date === y.sort_date && x.id < y.id);
    return descending ? !ascending : ascending;
  };
  const out: Row[] = [];
  let i = 0,
    j = 0;
  for (let x = a[i], y = b[j]; x !== undefined || y !== undefined; x = a[i], y = b[j]) {
    if (y === undefined || (x !== undefined && before(x, y))) {
      if (x !== undefined) out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
