import { describe, expect, it } from "vitest";
import { extract } from "../pipeline/extract.js";

/** Actor codes and roles found in one sentence, in order. */
function actors(text: string, published: string | null = null) {
  const x = extract(text, { published });
  return x.sentences.flatMap((s) =>
    s.mentions.map((m) => `${m.text}=${m.actors.map((a) => `${a.code}/${a.role}`).join("+")}`),
  );
}

describe("actor mentions", () => {
  it("codes capitals and seats of power as their state", () => {
    expect(actors("The Kremlin warned Kyiv while Washington watched.")).toEqual([
      "Kremlin=RUS/GOV",
      "Kyiv=UKR/GOV",
      "Washington=USA/GOV",
    ]);
  });
  it("ignores places named after a state", () => {
    expect(
      actors("Warships from Latin America sailed into the Indian Ocean and the South China Sea."),
    ).toEqual([]);
  });
  it("codes historical names as the successor state", () => {
    expect(actors("The Soviet Union invaded Afghanistan.")).toEqual([
      "Soviet Union=RUS/GOV",
      "Afghanistan=AFG/GOV",
    ]);
  });
  it.each([
    // A dependency's defence and foreign relations are its sovereign's.
    ["Chile threatened Guam.", ["Chile=CHL/GOV", "Guam=USA/GOV"]],
    ["Chile threatened Gibraltar.", ["Chile=CHL/GOV", "Gibraltar=GBR/GOV"]],
    // A state in free association, or in its own right, stays itself.
    ["Chile threatened Palau.", ["Chile=CHL/GOV", "Palau=PLW/GOV"]],
  ])("codes a dependent territory as its sovereign state: %s", (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
  it.each([
    ["Chile and Peru met in Lima. Both signed the accord.", true],
    // "both … and" joins two phrases and stands for no one.
    ["Chile and Peru met in Lima. Both directly and through envoys, Bolivia pressed them.", false],
  ])("'Both' opening a clause stands for the pair just named, unless 'and' follows it: %s", (text, pair) => {
    expect(actors(text).some((a) => a.startsWith("Both="))).toBe(pair);
  });
  it("reads nationality from titles with no dictionary entry for the person", () => {
    expect(actors("Kenyan Defence Minister John Doe arrived.")).toEqual([
      "Kenyan Defence Minister John Doe=KEN/GOV",
    ]);
    expect(actors("Pakistan Army chief Gen Bajwa spoke.")[0]).toMatch(/=PAK\/MIL$/);
  });
  it("codes a company named with its nationality as a business of that state", () => {
    expect(actors("a Pakistani company DMI Associates signed the deal")).toEqual([
      "Pakistani company DMI Associates=PAK/BUS",
    ]);
  });
  it("resolves office holders by the event's date", () => {
    expect(actors("In 2015 Raheel Sharif flew out.")).toEqual(["Raheel Sharif=PAK/MIL"]);
    expect(actors("In 2021 Lavrov arrived.")).toEqual(["Lavrov=RUS/GOV"]);
  });
  it("treats commentators and outlets as voices, not actors", () => {
    expect(actors("Indian media reported that analysts were surprised.")).toEqual([]);
  });
  it("resolves 'the two countries' and 'the latter' to earlier states", () => {
    expect(actors("Chile and Peru met. The two countries signed a deal.")).toContain(
      "The two countries=PER/GOV+CHL/GOV",
    );
    expect(actors("Chile and Peru met in 2019. Bolivia later praised the latter.").at(-1)).toBe(
      "the latter=PER/GOV",
    );
  });
  it.each([
    ["after its full name", "North Korea tested a rocket. Tokyo warned the North again.", ["the North=PRK"]],
    ["as a possessor", "South Korea held drills. The South's navy took part.", ["The South=KOR"]],
    [
      "for the half named, not the other",
      "North Korea and South Korea met. The South proposed talks.",
      ["The South=KOR"],
    ],
    ["never before a state of that half is named", "Voters in the North backed him. Chile and Peru met.", []],
    ["never in lower case", "North Korea tested a rocket. Storms hit the north.", []],
    [
      "never as the start of a longer name",
      "South Korea held drills. Ships crossed the South China Sea.",
      [],
    ],
  ])("reads 'the North' or 'the South' as a state %s", (_, text, expected) => {
    expect(
      actors(text)
        .filter((m) => /^the (?:north|south)\b/i.test(m))
        .map((m) => m.replace(/\/\w+$/, "")),
    ).toEqual(expected);
  });
});
