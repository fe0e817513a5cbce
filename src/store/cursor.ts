/**
 * Cursors for lists ordered by (sort date, id): a cursor names the last row of a page, and the next page
 * starts after it along the list's index. Opaque to users (base64url), checked when read back; a cursor of
 * the newest-first order says so, so that it cannot continue a list in the other order.
 */
import type { ClusterRecord, ListOrder, StoredEvent } from "../domain/records.js";
import { sortDate } from "./date-range.js";

/** A cursor that this store did not give: named by its parameter, as filter errors are. */
export class CursorError extends Error {
  override name = "CursorError";
  readonly parameter = "after";
  constructor(readonly value: string) {
    super(`after "${value.slice(0, 40)}": not a cursor that a page of this list gave`);
  }
}

// Oldest-first cursors stay two-element, as they were before lists could be read newest first.
const encode = (key: readonly [string, number | string], order: ListOrder) =>
  Buffer.from(JSON.stringify(order === "newest" ? [...key, order] : key)).toString("base64url");

function decode(cursor: string, order: ListOrder): [string, unknown] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === (order === "newest" ? 3 : 2) &&
      (order === "oldest" || key[2] === order) &&
      typeof key[0] === "string" &&
      /^\d{4}-\d\d-\d\d$/.test(key[0])
    )
      return [key[0], key[1]];
  } catch {
    // Not JSON: reported below like any other foreign cursor.
  }
  throw new CursorError(cursor);
}

export const eventCursor = (e: StoredEvent, order: ListOrder = "oldest"): string =>
  encode([sortDate(e.date), e.id], order);
export const clusterCursor = (c: ClusterRecord, order: ListOrder = "oldest"): string =>
  encode([sortDate(c.date), c.id], order);

export function readEventCursor(cursor: string, order: ListOrder = "oldest"): [string, number] {
  const [date, id] = decode(cursor, order);
  if (typeof id !== "number" || !Number.isSafeInteger(id)) throw new CursorError(cursor);
  return [date, id];
}

export function readClusterCursor(cursor: string, order: ListOrder = "oldest"): [string, string] {
  const [date, id] = decode(cursor, order);
  if (typeof id !== "string") throw new CursorError(cursor);
  return [date, id];
}

/** Articles are listed newest published first, undated last, ties by id: a cursor names that key. */
export const articleCursor = (a: { readonly published: string | null; readonly id: number }): string =>
  Buffer.from(JSON.stringify(["article", a.published, a.id])).toString("base64url");

export function readArticleCursor(cursor: string): [string | null, number] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      key[0] === "article" &&
      (key[1] === null || (typeof key[1] === "string" && /^\d{4}(-\d\d){0,2}$/.test(key[1]))) &&
      Number.isSafeInteger(key[2])
    )
      return [key[1] as string | null, key[2] as number];
  } catch {
    // Not JSON: a foreign cursor, as below.
  }
  throw new CursorError(cursor);
}

/** The cursor of the page after `rows`, or null when this page was the last (shorter than asked). */
export function nextCursor<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (row: T) => string,
): string | null {
  const last = rows.at(-1);
  return last !== undefined && rows.length === limit ? cursorOf(last) : null;
}
