/**
 * One page of events in (sort date, id) order. With an actor filter, the events the actor did and those
 * done to it are walked down the source and target indexes apart and merged (0.9 s a page at 10M events
 * with one OR over both).
 */
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from "kysely";
import type { EventFilter } from "../../domain/records.js";
import { UNDATED_SORT_DATE } from "../date-range.js";
import type { Database } from "../schema.js";
import type { Page } from "../store.js";
import {
  EVENT_ORDER,
  EVENT_ORDER_DESCENDING,
  selectEvents,
  withEventColumns,
  runThroughKysely,
  type EventPageRow,
  type RunEventRows,
} from "./event-rows.js";
import { orderedPage, walkActorSides, type Walk } from "./ordered-page.js";

type Db = Kysely<Database>;
type Row = EventPageRow;
type Side = (eb: ExpressionBuilder<Database, "events">) => Expression<SqlBool>;

export function eventPage(
  db: Db,
  filter: EventFilter,
  page: Page,
  cursor: readonly [string, number] | null,
  countDated: () => Promise<number>,
  run: RunEventRows = runThroughKysely,
): Promise<Row[]> {
  return orderedPage(page, cursor, (w) => walkEvents(db, filter, w, run), countDated);
}

function walkEvents(db: Db, filter: EventFilter, w: Walk<number>, run: RunEventRows): Promise<Row[]> {
  const { actors, ...rest } = filter;
  if (!actors?.length) return walk(db, filter, w, null, run);
  const codes = [...actors];
  return walkActorSides(w, (which, each) =>
    walk(
      db,
      rest,
      each,
      (eb) =>
        which === "source"
          ? eb("events.source", "in", codes)
          : eb.and([eb("events.target", "in", codes), eb("events.source", "not in", codes)]),
      run,
    ),
  );
}

function walk(
  db: Db,
  filter: EventFilter,
  w: Walk<number>,
  side: Side | null,
  run: RunEventRows,
): Promise<Row[]> {
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
  return run(
    query
      .orderBy(w.descending ? EVENT_ORDER_DESCENDING : EVENT_ORDER)
      .limit(w.limit)
      .offset(w.offset),
  );
}
