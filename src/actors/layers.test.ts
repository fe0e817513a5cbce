import { describe, expect, it } from "vitest";
import type { Dictionary, Entry, Official } from "./dictionary.js";
import { underlay } from "./layers.js";

const entry = (name: string, code: string): Entry => ({
  name,
  actor: { code, role: "GOV", scope: "state" },
  form: "body",
  ambiguous: false,
});
const person = (name: string, aliases: string[], country: string): Official => ({
  name,
  aliases,
  terms: [{ country, office: "government", from: "2000-01-01", to: null }],
});
const layer = (d: Partial<Dictionary>): Dictionary => ({
  entries: [],
  officials: [],
  titles: [],
  voices: [],
  ...d,
});

describe("underlay: the upper layer wins every conflict", () => {
  const upper = layer({
    entries: [entry("the Kremlin", "RUS")],
    officials: [person("Sergey Lavrov", ["Lavrov"], "RUS")],
    titles: [{ words: ["Foreign Ministry", "navy"], role: "GOV", office: "government" }],
    voices: ["media"],
  });
  const lower = layer({
    entries: [entry("Kremlin", "XXX"), entry("Smolensk Square", "RUS")],
    officials: [
      person("Sergey Lavrov", ["Sergei Lavrov"], "XXX"),
      person("Ivan Petrov", ["Lavrov", "Petrov"], "RUS"),
    ],
    titles: [
      { words: ["foreign ministry", "Foreign Ministry"], role: "GOV", office: "government" },
      { words: ["navy", "media", "coast guard"], role: "MIL", office: "military" },
    ],
  });
  const merged = underlay(upper, lower);

  it.each([
    [
      "an entry named the same (with or without 'the')",
      merged.entries.map((e) => e.name),
      ["the Kremlin", "Smolensk Square"],
    ],
    [
      "the same person, and an alias another upper person has",
      merged.officials.map((o) => [o.name, ...o.aliases].join("|")),
      ["Sergey Lavrov|Lavrov", "Ivan Petrov|Petrov"],
    ],
    [
      "a title in the same case, one with another role, and a voice",
      merged.titles.flatMap((t) => t.words),
      ["Foreign Ministry", "navy", "foreign ministry", "coast guard"],
    ],
  ])("drops %s", (_, got, expected) => {
    expect(got).toEqual(expected);
  });

  it("leaves its inputs alone", () => {
    expect(lower.officials[1]!.aliases).toEqual(["Lavrov", "Petrov"]);
  });
});
