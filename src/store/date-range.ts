/** First and last day a partial date can mean, so "2015" overlaps any filter inside 2015. */

import { daysIn } from "../domain/calendar.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2015" -> [2015-01-01, 2015-12-31]; "2015-02" -> [2015-02-01, 2015-02-28]; a full date -> itself twice. */
export function dateRange(date: string): [string, string] {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) throw new RangeError(`not a date: ${date}`);
  if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (d === undefined) return [`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(daysIn(y, m))}`];
  return [`${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`];
}

/** Where undated rows sort: after every date, so they come last along a (sort_date, id) index. */
export const UNDATED_SORT_DATE = "9999-12-31";

/** The sort_date the store writes for a date. */
export const sortDate = (date: string | null): string => (date ? dateRange(date)[0] : UNDATED_SORT_DATE);
