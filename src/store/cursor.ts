/**
 * Cursors for lists ordered by (sort date, id): a cursor names the last row of a page, and the next page
 * starts after it along the list's index. Opaque to users (base64url), checked when read back.
 */
import type { ClusterRecord, StoredEvent } from "../domain/records.js";
import { sortDate } from "./date-range.js";

/** A cursor that this store did not give: named by its parameter, as filter errors are. */
export class CursorError extends Error {
  override name = "CursorError";
  readonly parameter = "after";
  constructor(readonly value: string) {
    super(`after "${value.slice(0, 40)}": not a cursor that a page of this list gave`);
  }
}

const encode = (key: readonly [string, number | string]) =>
  Buffer.from(JSON.stringify(key)).toString("base64url");

function decode(cursor: string): [string, unknown] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      typeof key[0] === "string" &&
      /^\d{4}-\d\d-\d\d$/.test(key[0])
    )
      return [key[0], key[1]];
  } catch {
    // Not JSON: reported below like any other foreign cursor.
  }
  throw new CursorError(cursor);
}

export const eventCursor = (e: StoredEvent): string => encode([sortDate(e.date), e.id]);
export const clusterCursor = (c: ClusterRecord): string => encode([sortDate(c.date), c.id]);

export function readEventCursor(cursor: string): [string, number] {
  const [date, id] = decode(cursor);
  if (typeof id !== "number" || !Number.isSafeInteger(id)) throw new CursorError(cursor);
  return [date, id];
}

export function readClusterCursor(cursor: string): [string, string] {
  const [date, id] = decode(cursor);
  if (typeof id !== "string") throw new CursorError(cursor);
  return [date, id];
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
