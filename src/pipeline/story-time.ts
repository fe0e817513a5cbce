/** Where an article's dates sit in its story: the news day, the story's own days, years told once. */
import type { Sentence } from "../domain/types.js";
import { toldAsFuture, type DateMention } from "../language/dates.js";

/**
 * Sentences, the headline among them, that may tell the news day: the first paragraph or two. A headline,
 * a kicker and a scene-setting opening ("Only days later, …") can push the day's own sentence past the third.
 */
export const NEWS_DAY_LEAD = 6;

/**
 * The day of the news: the page's, or the day after it where the lead tells of that day in the past
 * (a report filed in the evening in the Americas on what is already the next day in Asia).
 */
export function newsDay(
  published: string | null,
  lead: readonly Sentence[],
  dates: readonly (readonly DateMention[])[],
): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
  const next = new Date(Date.parse(published) + 86_400_000).toISOString().slice(0, 10);
  const told = lead.some((s) =>
    (dates[s.index] ?? []).some((d) => d.value === next && !toldAsFuture(s.text, d.start - s.start)),
  );
  return told ? next : published;
}

/** A date of the story's own days: the publication day, month or year, or up to a week before it. */
export function isCurrent(date: string, published: string): boolean {
  if (published.startsWith(date)) return true;
  if (date.length < 10) return false;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 0 && days <= 7;
}

/**
 * "The second break came in January 2016. After Riyadh executed the cleric on 2 January…": a day
 * without a year, right after a sentence dated the same month or up to two months before, is in that year.
 * "In August that year" is in the year the story was last told in (`told`).
 */
export function storyYear(
  date: DateMention,
  previous: readonly DateMention[],
  told: string | null,
): DateMention {
  if (!date.yearless || date.value.length < 7) return date;
  if (date.thatYear && told) return { ...date, value: told.slice(0, 4) + date.value.slice(4) };
  const anchor = [...previous].reverse().find((d) => !d.yearless && d.value.length >= 7);
  if (!anchor) return date;
  const gap = Number(date.value.slice(5, 7)) - Number(anchor.value.slice(5, 7));
  return gap >= 0 && gap <= 2 ? { ...date, value: anchor.value.slice(0, 4) + date.value.slice(4) } : date;
}
