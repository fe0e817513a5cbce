import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAnaphoricDate, findDates } from "./dates.js";

const values = (text: string, published: string | null = null) =>
  findDates(text, published).map((d) => d.value);

describe("findDates", () => {
  it("resolves explicit dates to the precision the text gives", () => {
    expect(values("On May 1, 2018, the talks began.")).toEqual(["2018-05-01"]);
    expect(values("In July 2015 the chief visited.")).toEqual(["2015-07"]);
    expect(values("The 1980 Olympics were boycotted in 1980.")).toEqual(["1980", "1980"]);
    expect(values("It happened on 3 March 2020.")).toEqual(["2020-03-03"]);
  });
  it("does not read years in amounts, distances or decades as dates", () => {
    expect(values("a 1300km pipeline worth $2014 million")).toEqual([]);
    expect(values("in the late 1970s")).toEqual([""]);
    expect(values("the first visit in 38 years, after a 3-day trip")).toEqual([]);
  });
  it("resolves relative dates against the publication date and leaves them out without one", () => {
    expect(values("The deal was signed last year.", "2023-05-10")).toEqual(["2022"]);
    expect(values("He will visit next month.", "2024-01-15")).toEqual(["2024-02"]);
    expect(values("Putin will be in Islamabad on September 26.")).toEqual([]);
    expect(values("may back track")).toEqual([]);
  });
  it.each([
    ["The rocket reached orbit 46 seconds after liftoff.", null, []],
    ["The rocket reached orbit 46 seconds after liftoff.", "2016-02-07", ["2016-02-07"]],
    ["The rocket reached orbit in September 2016.", null, ["2016-09"]],
  ])(
    "counts a span after an unnamed moment only from a page date: %s (published %s)",
    (text, published, expected) => {
      expect(values(text, published)).toEqual(expected);
    },
  );
  // The page's date has no hour and the machine's zone is no one's: the day a relative date falls on is the
  // same everywhere. Zones west and east of Greenwich, and the furthest from it.
  describe.each(["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"])(
    "in the time zone %s",
    (zone) => {
      let before: string | undefined;
      beforeAll(() => {
        before = process.env.TZ;
        process.env.TZ = zone;
      });
      afterAll(() => {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      });
      it.each([
        ["The minister spoke today.", ["2019-04-10"]],
        ["The minister spoke yesterday.", ["2019-04-09"]],
        ["The minister will speak tomorrow.", ["2019-04-11"]],
        ["Troops crossed the border last night.", ["2019-04-09"]],
        ["Troops crossed the border two hours ago.", ["2019-04-10"]],
        ["A deal was struck at the last minute.", ["2019-04-10"]],
        ["Talks ended three days ago.", ["2019-04-07"]],
      ])("%s (published 2019-04-10)", (text, expected) => {
        expect(values(text, "2019-04-10")).toEqual(expected);
      });
    },
  );
  it("reads a weekday as the nearest such day: before the publication date in past tense, after it in future tense", () => {
    // 2023-12-07 was a Thursday; 2023-09-11 a Monday.
    expect(values("Erdogan held talks in Athens on Thursday.", "2023-12-07")).toEqual(["2023-12-07"]);
    expect(values("Egypt on Sunday condemned Ethiopia.", "2023-09-11")).toEqual(["2023-09-10"]);
    expect(values("Yoon flew into Tokyo last Thursday.", "2023-03-20")).toEqual(["2023-03-16"]);
    expect(values("The ministers will meet on Monday.", "2023-12-07")).toEqual(["2023-12-11"]);
    expect(values("They met on Thursday.", "2023-12")).toEqual([]);
  });
  it.each([
    // 2024-05-10 was a Friday; 2024-05-08 a Wednesday.
    ["Peru recalled its envoy on Friday.", "2024-05-10", "2024-05-10"],
    ["Peru will recall its envoy on Friday.", "2024-05-08", "2024-05-10"],
    ["Peru recalled its envoy on Friday.", "2024-05-08", "2024-05-03"],
    // The day after the page's date is that same news day further east: a past act told of it is not a week old.
    ["Peru recalled its envoy on Thursday.", "2024-05-08", "2024-05-09"],
    ["Peru recalled its envoy last Thursday.", "2024-05-08", "2024-05-02"],
    ["Peru recalled its envoy last November.", "2024-05-08", "2023-11"],
    ["Peru recalled its envoy this week.", "2024-05-08", "2024-05"],
  ])("resolves %s published %s to %s", (text, published, expected) => {
    expect(values(text, published)).toEqual([expected]);
  });
  it.each([
    // A month after a preposition: the last such month up to the page's, the coming one after a future tense.
    ["In July Peru recalled its envoy.", "2024-05-08", ["2023-07"]],
    ["Peru recalled its envoy in March.", "2024-05-08", ["2024-03"]],
    ["Peru will recall its envoy in March.", "2024-05-08", ["2025-03"]],
    ["Peru recalled its envoy in mid-April.", "2024-05-08", ["2024-04"]],
    ["Peru may recall its envoy.", "2024-05-08", []],
    ["In July Peru recalled its envoy.", null, []],
    // A day and month without a year: the last one, not the nearest one, unless it is to come.
    ["Peru recalled its envoy on October 3.", "2024-05-08", ["2023-10-03"]],
    ["Peru will recall its envoy on October 3.", "2024-05-08", ["2024-10-03"]],
    ["Peru recalled its envoy on May 9.", "2024-05-08", ["2024-05-09"]],
    ["Peru will recall its envoy on May 9.", "2024-05-08", ["2024-05-09"]],
    ["Peru will recall its envoy in May.", "2024-05-08", ["2024-05"]],
    // What is offered, proposed, agreed or said to be for later is to come.
    ["Peru offered to hold talks on October 3.", "2024-05-08", ["2024-10-03"]],
    ["Peru said it would hold talks on October 3.", "2024-05-08", ["2024-10-03"]],
    ["Peru held talks on October 3.", "2024-05-08", ["2023-10-03"]],
  ])("dates %s published %s as %j", (text, published, expected) => {
    expect(values(text, published)).toEqual(expected);
  });
  it.each([
    // Days the calendar fixes: the last one up to the page's date, or the coming one after a future tense.
    ["In her New Year's speech the queen thanked Kenya.", "2024-01-03", ["2024-01-01"]],
    ["The king's New Year address praised Chile.", "2023-12-29", ["2023-01-01"]],
    ["The king will give his New Year address.", "2023-12-29", ["2024-01-01"]],
    ["Gunmen struck Lagos on Christmas Day.", "2024-01-03", ["2023-12-25"]],
    ["Gunmen struck Lagos on Christmas Eve.", "2024-01-03", ["2023-12-24"]],
    ["Gunmen struck Lagos on Christmas.", "2024-01-03", ["2023-12-25"]],
    ["Gunmen struck Lagos over Christmas and New Year.", "2024-01-03", ["2023-12-25"]],
    ["Fireworks were banned on New Year’s Eve.", "2024-01-03", ["2023-12-31"]],
    ["the Boxing Day floods", "2024-01-03", ["2023-12-26"]],
    // "Christmas" alone is a season or a name, not a day.
    ["Christmas sales rose in Chile.", "2024-01-03", []],
    ["Shops opened on Christmas shopping days.", "2024-01-03", []],
    ["Australia governs Christmas Island.", "2024-01-03", []],
    ["Gunmen struck Lagos on Christmas Day.", null, []],
  ])("dates the fixed day in %s published %s as %j", (text, published, expected) => {
    expect(values(text, published)).toEqual(expected);
  });
  it("marks 'in August that year' for the caller to give the story's year", () => {
    expect(findDates("In August that year Peru signed.", "2024-05-08")).toEqual([
      { start: 3, end: 19, value: "2023-08", yearless: true, thatYear: true },
    ]);
  });
  it("counts 'three months later' from the last date given", () => {
    expect(findAnaphoricDate("Three months later they signed.", "2015-07")?.value).toBe("2015-10");
    expect(findAnaphoricDate("Two years later they met.", "2001")?.value).toBe("2003");
    expect(findAnaphoricDate("Three months later they signed.", null)).toBeNull();
  });
});
