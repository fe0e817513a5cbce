/** Dates as dyad stores them: YYYY, YYYY-MM or YYYY-MM-DD, each naming a real year, month or day. */

/** The number of days in a month (1-12) of a year. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2015", "2015-07" and "2015-07-06" are dates; "2015-13", "2015-02-30" and "15-07-06" are not. */
export function isCalendarDate(s: string): boolean {
  const m = SHAPE.exec(s);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month === undefined) return true;
  const mo = Number(month);
  if (mo < 1 || mo > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysIn(Number(year), mo);
}

/** A whole day: what a publication date must be. */
export const isCalendarDay = (s: string): boolean => s.length === 10 && isCalendarDate(s);
