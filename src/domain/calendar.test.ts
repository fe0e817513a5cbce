import { describe, expect, it } from "vitest";
import { isCalendarDate, isCalendarDay } from "./calendar.js";

describe("calendar dates", () => {
  // Minimal pairs: each refused date beside the nearest one that is real.
  it.each([
    ["2015", true, false],
    ["2015-07", true, false],
    ["2015-07-06", true, true],
    ["2015-13", false, false],
    ["2015-12", true, false],
    ["2015-00-10", false, false],
    ["2021-13-45", false, false],
    ["2021-02-29", false, false],
    ["2020-02-29", true, true],
    ["2021-04-31", false, false],
    ["2021-04-30", true, true],
    ["2021-01-00", false, false],
    ["15-07-06", false, false],
    ["2015-7-6", false, false],
    ["2015-07-06T10:00", false, false],
    ["", false, false],
  ])("%j: a date %s, a day %s", (s, date, day) => {
    expect(isCalendarDate(s)).toBe(date);
    expect(isCalendarDay(s)).toBe(day);
  });
});
