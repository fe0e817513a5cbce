import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";
import { loadSportsWords, readSports, sportsSentence } from "./sports-report.js";

const sports = loadSportsWords();
const extractor = createExtractor();

// Invented reports: a match between national sides, and a political story that mentions sport in passing.
const MATCH =
  "Chile defeated Peru 3-1 in the World Cup qualifier in Santiago. The striker scored twice before half-time, " +
  "and the goalkeeper saved a penalty as the hosts moved to the top of the group. Peru's coach said his squad " +
  "would recover before the play-off against Bolivia.";
// An athletics meeting: a race report names no teams, but its runners beat one another's countries.
const MEETING =
  "The Chilean sprinter won the 400m in a personal best at the indoor meeting in Lima. The Olympic silver " +
  "medallist beat Peru's champion by half a second, and the hurdles went to a Bolivian who missed the world " +
  "record by a tenth.";
const POLITICS =
  "Chile expelled Peru's ambassador on Monday after a border incident. The foreign minister said talks would " +
  "resume only if Lima apologised. Fans of both countries' football teams had clashed at a stadium last year.";

describe("sports reports", () => {
  it.each([
    ["a match report", MATCH, true],
    ["an athletics meeting", MEETING, true],
    ["a political story that mentions football once", POLITICS, false],
    ["no text", "", false],
  ])("%s → %s", (_, text, expected) => {
    expect(readSports(text, sports).report !== null).toBe(expected);
  });

  it.each([
    [MATCH, [], true],
    [POLITICS, ["CHL>PER 16"], false],
  ])("a sports report is coded for no events, and says so: %#", (text, records, says) => {
    const x = extract(text, { extractor });
    expect(x.events.map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`)).toEqual(
      expect.arrayContaining(records),
    );
    if (records.length === 0) expect(x.events).toEqual([]);
    expect(x.messages.some((m) => m.rule === "sports")).toBe(says);
  });

  // One sentence of a political story that tells a match: a score with a sports word, or two sports words.
  it.each([
    ["Chile beat Peru 3-1 in the semi-final.", true],
    ["Chile's coach praised the referee after the match.", true],
    ["The council voted 15-0 to sanction Peru.", false],
    ["Chile beat Peru in the race for the contract.", false],
  ])("a sentence that tells a match: %s → %s", (text, expected) => {
    expect(sportsSentence(text, sports)).toBe(expected);
  });

  it.each([
    ["Chile expelled Peru's envoy. Chile beat Peru 3-1 in the semi-final on Sunday.", ["CHL>PER 16"]],
    ["Chile expelled Peru's envoy. Chile beat Peru on Sunday.", ["CHL>PER 16", "CHL>PER 19"]],
  ])("such a sentence is not coded in any article: %s", (text, records) => {
    expect(
      extract(text, { extractor }).events.map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`),
    ).toEqual(records);
  });

  it("takes extra words from a dictionary folder's cues/sports.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-sports-"));
    const file = join(dir, "sports.json");
    writeFileSync(file, JSON.stringify({ words: ["bonspiel", "skip stone", "curling"] }));
    const text = "The bonspiel opened in Oslo. Every skip stone counted as curling fans watched.";
    expect(readSports(text, sports).report).toBeNull();
    expect(readSports(text, loadSportsWords([file])).report).toEqual(["bonspiel", "skip stone", "curling"]);
  });

  it("refuses a list that is not a list of words, naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-sports-"));
    const file = join(dir, "sports.json");
    writeFileSync(file, JSON.stringify({ words: "football" }));
    expect(() => loadSportsWords([file])).toThrow(file);
  });
});
