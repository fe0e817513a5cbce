import { describe, expect, it } from "vitest";
import type { Official } from "./dictionary.js";
import { Gazetteer, resolveOfficial } from "./gazetteer.js";

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

describe("Gazetteer", () => {
  // An invented official whose given name is hyphenated, as Korean names often are.
  const gazetteer = new Gazetteer({
    entries: [],
    officials: [
      {
        name: "Han Min-ho",
        aliases: ["Han Min Ho"],
        terms: [{ country: "KOR", office: "head-of-state", from: "2001", to: null }],
      },
    ],
    titles: [],
    voices: [],
  });
  it.each([
    ["Han Min-ho spoke.", "Han Min-ho"],
    ["Han Min-Ho spoke.", "Han Min-Ho"],
    ["Han Min Ho spoke.", "Han Min Ho"],
    // A hyphen joins the given name: its second part may be written either way, but the family name may not.
    ["han Min-ho spoke.", null],
  ])("finds an official whatever the case after the hyphen: %s", (text, found) => {
    const hit = gazetteer.matchAt(text, 0);
    expect(hit ? text.slice(hit.start, hit.end) : null).toBe(found);
  });
});

describe("Gazetteer: the longest name among those sharing a first word", () => {
  // Invented names: several share a first word, some their first two, so lookup must still take the longest.
  const entry = (name: string, code: string) => ({
    name,
    actor: { code, role: "GOV" as const, scope: "state" as const },
    form: "name" as const,
    ambiguous: false,
  });
  const gazetteer = new Gazetteer({
    entries: [
      entry("Nova", "NOV"),
      entry("Nova Terra", "NTE"),
      entry("Nova Terra Islands", "NTI"),
      entry("Nova-Borea", "NBO"),
      entry("St. Ilse", "SIL"),
      entry("Ölland", "OLL"),
      entry("Ölland Bay", "OLB"),
      entry("NTR", "NTE"),
    ],
    officials: [],
    titles: [],
    voices: [],
  });
  it.each([
    ["Nova Terra Islands voted.", "Nova Terra Islands"],
    ["Nova Terra voted.", "Nova Terra"],
    // The second word runs on: no two-word name ends inside it, so the one-word name is what is left.
    ["Nova Terrace voted.", "Nova"],
    ["Nova voted.", "Nova"],
    ["Nova-Borea voted.", "Nova-Borea"],
    ["Nova-Boreal voted.", "Nova"],
    ["Novak voted.", null],
    ["St. Ilse voted.", "St. Ilse"],
    ["Ölland Bay froze.", "Ölland Bay"],
    ["Öllander froze.", null],
    // An acronym is also written with a full stop after each capital; a dotted word of other letters is nothing.
    ["NTR voted.", "NTR"],
    ["N.T.R. voted.", "N.T.R."],
    ["N.T.voted.", null],
  ])("%s → %s", (text, found) => {
    const hit = gazetteer.matchAt(text, 0);
    expect(hit ? text.slice(hit.start, hit.end) : null).toBe(found);
  });
});
