import { describe, expect, it } from "vitest";
import type { Official } from "./dictionary.js";
import { resolveOfficial } from "./gazetteer.js";

// Invented people: what matters is which term a date picks.
const monarch: Official = {
  name: "Queen Ava",
  aliases: [],
  terms: [
    { country: "GBR", office: "head-of-state", from: "2001-02-03", to: null },
    { country: "CAN", office: "head-of-state", from: "2001-02-03", to: null },
    { country: "AUS", office: "head-of-state", from: "2001-02-03", to: null },
  ],
};
const career: Official = {
  name: "Ana Example",
  aliases: [],
  terms: [
    { country: "ESP", office: "defence-minister", from: "2010-05", to: "2014" },
    { country: "ESP", office: "foreign-minister", from: "2014", to: "2019-11-30" },
    { country: "WHO", office: "head-of-state", from: "2020-01-01", to: null },
  ],
};
const igo = new Set(["WHO", "EU"]);

describe("resolveOfficial", () => {
  it.each([
    [monarch, "2010-06-01", "GBR", "state"],
    [monarch, null, "GBR", "state"],
    [career, "2012", "ESP", "state"],
    [career, "2016-03-02", "ESP", "state"],
    [career, "2021-07", "WHO", "igo"],
    [career, null, "WHO", "igo"],
  ] as const)("%s on %s: %s (%s)", (official, date, code, scope) => {
    const ref = resolveOfficial(official, date, igo);
    expect(ref?.code).toBe(code);
    expect(ref?.scope).toBe(scope);
  });

  it.each([
    ["defence-minister", "2011-01-01", "GOV"],
    ["army-chief", "2011-01-01", "MIL"],
    ["intelligence-chief", "2011-01-01", "SPY"],
  ])("office %s gives role %s", (office, date, role) => {
    const person: Official = {
      name: "X",
      aliases: [],
      terms: [{ country: "FRA", office, from: "2010", to: null }],
    };
    expect(resolveOfficial(person, date)?.role).toBe(role);
  });

  it("without the organisation codes a three-letter code reads as a state", () => {
    expect(resolveOfficial(career, "2021-07")?.scope).toBe("state");
  });
});
