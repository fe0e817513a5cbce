/** Comparing partial dates ("2015", "2015-07", "2015-07-06") as claims about one event. */

/** One date is a refinement of the other: "2015" and "2015-07" can be the same day. */
export function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function yearsApart(a: string, b: string): number {
  return Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4)));
}

/** Month or day precision. */
export const precise = (d: string) => d.length >= 7;

/** Months between two dates of month precision or finer ("2024-10-23", "2024-11" -> 1). */
export function monthsApart(a: string, b: string): number {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(months(a) - months(b));
}
