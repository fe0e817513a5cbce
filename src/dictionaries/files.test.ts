// One home for dictionary files: every loader reads an extra folder's files, and a file none reads is named.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadEventNouns } from "../events/event-nouns.js";
import { loadModalityCues } from "../events/modality-cues.js";
import { createExtractor } from "../pipeline/extract.js";
import { DATA_DIR, dictionaryFile, folderFiles } from "./files.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-dicts-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe("the files of a dictionary folder", () => {
  it.each([
    ["actors/countries.json", true],
    ["actors/officials/ministers.json", true],
    ["actors/petrarch/countries.json", true],
    ["verbs/mine.json", true],
    ["nominals/mine.json", true],
    ["lexicon/mine.json", true],
    ["cues/modality.json", true],
    ["cues/event-nouns.json", true],
    ["merge/light-nouns.json", true],
    ["slant/evaluative.json", true],
    ["cues/modalities.json", false],
    ["countries.json", false],
    ["actors/officials/2024/ministers.json", false],
    ["verb/mine.json", false],
  ])("%s is read by a loader: %s", (path, read) => {
    const dir = folder({ [path]: "[]" });
    const files = folderFiles(dir);
    expect((read ? files.read : files.unread).map((f) => relative(dir, f))).toEqual([path]);
  });

  it("reads every bundled .json file", () => {
    expect(
      folderFiles(DATA_DIR)
        .unread.map((f) => relative(DATA_DIR, f))
        .filter((f) => !f.startsWith("cameo/")),
    ).toEqual([]);
  });
});

describe("an extra dictionary folder", () => {
  const saved = process.env.DYAD_DICTIONARIES;
  afterEach(() => {
    if (saved === undefined) delete process.env.DYAD_DICTIONARIES;
    else process.env.DYAD_DICTIONARIES = saved;
  });

  it("adds its modality cues and event nouns to the bundled ones", () => {
    const dir = folder({
      "cues/modality.json": JSON.stringify({ hedges: ["supposably"] }),
      "cues/event-nouns.json": JSON.stringify({
        nouns: { blockade: ["blockade", "besiege"] },
        generic: ["manoeuvre"],
      }),
    });
    const cues = loadModalityCues(dictionaryFile("cues/modality.json", [dir]));
    expect(cues.hedges).toContain("supposably");
    expect(loadModalityCues(dictionaryFile("cues/modality.json", [])).hedges).not.toContain("supposably");
    const nouns = loadEventNouns(dictionaryFile("cues/event-nouns.json", [dir]));
    expect(nouns.nouns.get("blockade")).toEqual(expect.arrayContaining(["blockade", "besiege"]));
    expect(nouns.generic.has("manoeuvre")).toBe(true);
  });

  it("with a file no loader reads is refused, the file named", () => {
    process.env.DYAD_DICTIONARIES = folder({ "cues/modalities.json": "{}" });
    expect(() => createExtractor()).toThrow(/cues\/modalities\.json: no dictionary is read from this place/);
  });
});
