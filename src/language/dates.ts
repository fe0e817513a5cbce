/** Finds date expressions in a sentence and resolves them to "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
import * as chrono from "chrono-node";
import type { Span } from "../domain/types.js";

/** A date said in the text; `relative` ones ("last year") need the article's date to resolve. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** "on 2 January": the year was taken from the publication date, not from the text. */
  readonly yearless?: boolean;
  /** "in August that year": the year is the one the story was told in, which the caller knows. */
  readonly thatYear?: boolean;
  /**
   * "on Friday": the reading for an act still to come (the next such day after
   * publication); `value` is then the reading the sentence's words suggest, which a parse may overrule.
   */
  readonly ahead?: string;
  /** The past reading of such an expression (the latest such day on or before publication). */
  readonly behind?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const RELATIVE_WORDS = String.raw`yesterday|today|tonight|tomorrow|last|next|this|ago|earlier|(mon|tues|wednes|thurs|fri|satur|sun)day`;
const RELATIVE = new RegExp(String.raw`\b(${RELATIVE_WORDS})\b`, "i");
const MONTH_STEM = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const TIME_UNIT = String.raw`(?:years?|yrs?|weeks?|months?|days?|nights?|mornings?|afternoons?|evenings?|weekends?|quarters?|qtrs?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)|noon|midnight|midday|(?:${MONTH_STEM})[a-z]*)`;
/**
 * A superset of the text chrono's results that are kept below can come from: a relative word ("this"
 * only before a unit of time, as chrono reads it: "this week", "last few months"), or a digit in a
 * year, a dated numeral (5/12/16, '16), before a unit of time ("10 minutes later", "40m", which chrono reads as minutes) or next to a month word ("May 5", "5th of May"). Chrono is most
 * of the date stage's cost, and most sentences with a digit or a "this" hold no date: they skip it.
 */
const MAY_HOLD_DATE = new RegExp(
  [
    String.raw`\b(?:yesterday|today|tonight|tomorrow|ago|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
    String.raw`\b(?:this|last|next|past)\b(?:\W+\w+){0,3}?\W+${TIME_UNIT}\b`,
    String.raw`\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|'\d\d|\d(?:\W+\w+){0,2}?\W*${TIME_UNIT}\b|\d[a-z]{1,3}\b`,
    String.raw`\b(?:${MONTH_STEM})[a-z]*\.?,?\s*(?:the\s+)?\d|\d(?:st|nd|rd|th)?\s*(?:of\s+)?-?(?:${MONTH_STEM})`,
  ].join("|"),
  "i",
);
const BARE_YEAR =
  /(?<![\d$£€.,-])\b(1[89]\d{2}|20\d{2})\b(?!s\b|\s*(?:km|kg|%|mw|billion|million|bn|crore|troops|soldiers|people|tons?|tonnes|feet|metres|meters|miles)\b)/g;
const DURATION = /\b\d+\s+(years?|months?|weeks?|days?|hours?|decades?)\b/i;
const DECADE = /\b(1[89]\d0|20\d0)s\b/g;
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const NAMED_MONTH = new RegExp(String.raw`\b(last|this|next)\s+(${MONTHS.join("|")})\b(?!\s+\d)`, "gi");
// "in July", "since March": a capitalised month after a preposition, with no day or year after it.
const PREPOSED_MONTH = new RegExp(
  String.raw`\b(?:[Mm]id-|(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hrough)\s+)(${MONTHS.map(
    (m) => m.charAt(0).toUpperCase() + m.slice(1),
  ).join("|")})\b(?![\s,.]*\d)(\s+(?:of\s+)?(?:that|the\s+same)\s+year\b)?`,
  "g",
);
/**
 * Days every calendar fixes: "New Year's Day", "on Christmas Eve", "Boxing Day", and a leader's "New Year
 * address" (given on the first). "Christmas" alone is a season ("Christmas sales"), so it counts only after
 * "on", "at" or "over". Movable feasts (Easter, Eid, Thanksgiving) need a table per year and are left out.
 */
const FIXED_DAY = new RegExp(
  [
    String.raw`\b(?<a>New Year(?:'s|’s)? (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day)\b`,
    String.raw`\b(?<b>New Year)(?:'s|’s)? (?:address|speech|message)\b`,
    // Not "on Christmas sales", "at New Year's celebrations", "Christmas Island".
    String.raw`\b(?:[Oo]n|[Aa]t|[Oo]ver) (?<c>Christmas|New Year(?:'s|’s)?)(?![\w'’])(?! (?!(?:and|or|in|at|on|to|with|as|when|after|before|for|by|from|this|last|the|a|an)\b)\w)`,
  ].join("|"),
  "g",
);
const FIXED_DAYS: Record<string, readonly [month: number, day: number]> = {
  "new year": [1, 1],
  "new year day": [1, 1],
  "new year eve": [12, 31],
  christmas: [12, 25],
  "christmas day": [12, 25],
  "christmas eve": [12, 24],
  "boxing day": [12, 26],
};

const PREVIOUS_YEAR =
  /\b(?:in\s+)?(?:the\s+)?(previous|last|past|preceding|following|next|this|current)\s+year\b/gi;

function addMonths(date: Date, n: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
}

function toRef(published: string | null): Date | null {
  if (!published) return null;
  const [y, m = "06", d = "15"] = published.split("-");
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The page's day at noon in this machine's time zone, as chrono reads its reference: chrono counts in
 * local time, so midnight UTC was the day before west of Greenwich ("today" a day early in New York), and
 * anything said in minutes or hours ("at the last minute", "two hours ago") fell on the day before.
 * A page's date has no hour; noon is the least wrong one ("last night" is then the night before it).
 */
function chronoReference(ref: Date | null): Date {
  const day = ref ?? new Date(Date.UTC(2000, 0, 1));
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
}

/** Whether the words before `at` put what follows in the future ("will meet on…", "is due to…"). */
export function toldAsFuture(text: string, at: number): boolean {
  return FUTURE.test(text.slice(0, at));
}

/**
 * The year of a month, or a day of it, named without one: the last such up to the page's date, or the
 * coming one when told as future. A day just past the page's is the same news day further east
 * (see weekdays below), so it stays in the page's year.
 */
function yearOfUndated(ref: Date, month: number, day: number | null, future: boolean): number {
  const at = month * 100 + (day ?? 0);
  const now = (ref.getUTCMonth() + 1) * 100 + (day === null ? 0 : ref.getUTCDate());
  const shift = future ? (at < now ? 1 : 0) : at > now + (day === null ? 0 : 1) ? -1 : 0;
  return ref.getUTCFullYear() + shift;
}

/** Future tense before a weekday: "will meet on Monday" is the coming Monday. */
const FUTURE =
  /\b(?:will|shall|'ll|’ll|would|due to|scheduled|expected to|set to|plans? to|is to|are to|(?:offer|propos|agree|invit)(?:e|es|ed|s|al|ation)? to)\b/i;

/** The weekday (0 = Sunday) nearest the reference date in the given direction, news-style. */
function weekdayNear(ref: Date, weekday: number, direction: "before" | "on-or-before" | "after"): Date {
  let delta = (ref.getUTCDay() - weekday + 7) % 7;
  if (direction === "before" && delta === 0) delta = 7;
  if (direction === "after") delta = -((weekday - ref.getUTCDay() + 7) % 7 || 7);
  return new Date(ref.getTime() - delta * 86_400_000);
}

function chronoDates(
  text: string,
  ref: Date | null,
  exactRef: boolean,
  unanchored: Span[] | undefined,
): DateMention[] {
  const out: DateMention[] = [];
  const needsPage = (r: { index: number; text: string }) =>
    unanchored?.push({ start: r.index, end: r.index + r.text.length });
  if (!MAY_HOLD_DATE.test(text)) return out;
  for (const r of chrono.casual.parse(text, chronoReference(ref), { forwardDate: false })) {
    const s = r.start;
    const hasDigit = /\d/.test(r.text);
    const relative = RELATIVE.test(r.text);
    // "may" the modal verb, "march" the verb: month words count only with a number next to them.
    if (!hasDigit && !relative) continue;
    if (!hasDigit && MONTH_WORD.test(r.text) && !relative) continue;
    if (relative && !ref) {
      needsPage(r);
      continue;
    }
    // "the first visit in 38 years", "for 15 years": a duration, not a date.
    if (DURATION.test(r.text) && !relative) continue;
    const yearKnown = s.isCertain("year");
    if (!yearKnown && !ref) {
      if (MONTH_WORD.test(r.text)) needsPage(r);
      continue;
    }
    // Without a page date only a written year anchors: chrono counts "46 seconds after liftoff" from its own default day.
    if (!ref && !/\d{4}|'\d{2}\b/.test(r.text)) continue;
    if (!yearKnown && !relative && !MONTH_WORD.test(r.text)) continue;
    // "on Thursday", "last Sunday": a weekday alone is the nearest such day around the publication date.
    if (s.isCertain("weekday") && !s.isCertain("day") && !s.isCertain("month")) {
      if (!ref || !exactRef) {
        needsPage(r);
        continue;
      }
      const weekday = s.get("weekday") ?? 0;
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const span = { start: r.index, end: r.index + r.text.length };
      if (/\blast\b/i.test(r.text)) out.push({ ...span, value: iso(weekdayNear(ref, weekday, "before")) });
      else if (/\bnext\b/i.test(r.text))
        out.push({ ...span, value: iso(weekdayNear(ref, weekday, "after")) });
      else {
        const ahead = iso(weekdayNear(ref, weekday, "after"));
        // The page's date is the outlet's own day: a report filed in the evening in the Americas tells of
        // "Tuesday" in Asia on what is still Monday at home. A day just past the page date is that day.
        const tomorrow = (weekday - ref.getUTCDay() + 7) % 7 === 1;
        const behind = tomorrow ? ahead : iso(weekdayNear(ref, weekday, "on-or-before"));
        out.push({ ...span, value: toldAsFuture(text, r.index) ? ahead : behind, behind, ahead });
      }
      continue;
    }
    const y = s.get("year");
    const m = s.get("month");
    const d = s.get("day");
    if (y === null) continue;
    let value = String(y);
    // "on May 5" with no year: chrono takes the nearest; news tells of the last one, or of the coming one.
    if (!yearKnown && !relative && ref && m !== null)
      value = String(yearOfUndated(ref, m, d, toldAsFuture(text, r.index)));
    const dayKnown =
      s.isCertain("day") ||
      (relative && /\b(yesterday|today|tonight|tomorrow|day|morning|afternoon|evening)\b/i.test(r.text));
    const monthKnown = s.isCertain("month") || relative;
    // "several months ago", "a few weeks ago": too vague for more than the year.
    if (/\byear\b/i.test(r.text) || /\b(several|few|many|some)\b/i.test(r.text)) value = String(y);
    else if (monthKnown && m !== null) value += `-${pad(m)}`;
    if (dayKnown && monthKnown && m !== null && d !== null && !/\b(week|month)\b/i.test(r.text))
      value += `-${pad(d)}`;
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      value,
      ...(yearKnown || relative ? {} : { yearless: true }),
    });
  }
  return out;
}

/**
 * Date expressions of `text`, in order; `published` (YYYY-MM-DD) anchors relative ones. Those it
 * cannot anchor ("on Friday" with no page date, or only a month) are left out, and pushed to `unanchored`.
 */
export function findDates(text: string, published: string | null, unanchored?: Span[]): DateMention[] {
  const ref = toRef(published);
  const found = chronoDates(text, ref, /^\d{4}-\d{2}-\d{2}$/.test(published ?? ""), unanchored);
  const covered = (a: number, b: number) => found.some((f) => a < f.end && f.start < b);
  for (const m of text.matchAll(DECADE)) {
    if (!covered(m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, value: "" });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    if (!covered(m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, value: m[1]! });
  }
  if (ref) {
    for (const m of text.matchAll(PREVIOUS_YEAR)) {
      if (covered(m.index, m.index + m[0].length)) continue;
      const word = m[1]!.toLowerCase();
      const shift =
        word === "next" || word === "following" ? 1 : word === "this" || word === "current" ? 0 : -1;
      found.push({ start: m.index, end: m.index + m[0].length, value: String(ref.getUTCFullYear() + shift) });
    }
    // "in July": the last July up to the page's month, or the coming one after a future tense; the story's
    // own year may still replace it (yearless).
    for (const m of text.matchAll(PREPOSED_MONTH)) {
      const name = m[1] ?? "";
      const end = m.index + m[0].length;
      const start = end - name.length - (m[2]?.length ?? 0);
      if (covered(start, end)) continue;
      const month = MONTHS.indexOf(name.toLowerCase()) + 1;
      const year = yearOfUndated(ref, month, null, toldAsFuture(text, m.index));
      found.push({
        start,
        end,
        value: `${year}-${pad(month)}`,
        yearless: true,
        ...(m[2] ? { thatYear: true } : {}),
      });
    }
    if (/New Year|Christmas|Boxing/.test(text)) {
      for (const m of text.matchAll(FIXED_DAY)) {
        const said = m.groups?.a ?? m.groups?.b ?? m.groups?.c ?? "";
        const start = m.index + m[0].indexOf(said);
        const end = start + said.length;
        const fixed = FIXED_DAYS[said.toLowerCase().replace(/['’]s\b/, "")];
        if (!fixed || covered(start, end)) continue;
        const [month, day] = fixed;
        const year = yearOfUndated(ref, month, day, toldAsFuture(text, m.index));
        found.push({ start, end, value: `${year}-${pad(month)}-${pad(day)}`, yearless: true });
      }
    }
    // "last October" in January 2025 is October 2024; "next March" the coming March.
    for (const m of text.matchAll(NAMED_MONTH)) {
      if (covered(m.index, m.index + m[0].length)) continue;
      const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
      const now = ref.getUTCMonth() + 1;
      const word = m[1]!.toLowerCase();
      const year =
        ref.getUTCFullYear() +
        (word === "last" && month >= now ? -1 : word === "next" && month <= now ? 1 : 0);
      found.push({ start: m.index, end: m.index + m[0].length, value: `${year}-${pad(month)}` });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const LATER =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+(later|after(?:wards)?|earlier|before)\b/i;
const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** "Three months later": a date counted from the last date the article gave. */
export function findAnaphoricDate(text: string, anchor: string | null): DateMention | null {
  const m = LATER.exec(text);
  if (!m || !anchor) return null;
  const word = m[1]!.toLowerCase();
  const n =
    (word === "a" ? 1 : NUMBER_WORDS.indexOf(word) >= 0 ? NUMBER_WORDS.indexOf(word) : Number(word)) *
    (/later|after/i.test(m[3]!) ? 1 : -1);
  const [y, mo] = anchor.split("-").map(Number);
  if (y === undefined) return null;
  const unit = m[2]!.toLowerCase();
  let value: string;
  if (unit === "year") value = String(y + n);
  else if (unit === "month" && mo) {
    const d = addMonths(new Date(Date.UTC(y, mo - 1, 1)), n);
    value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  } else value = unit === "month" ? String(y) : anchor.slice(0, 7);
  return { start: m.index, end: m.index + m[0].length, value };
}
