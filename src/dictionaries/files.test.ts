// One home for dictionary files: every loader reads an extra folder's files, and a file none reads is named.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createExtractor, extract, type Extractor } from "../pipeline/extract.js";
import { DATA_DIR, DictionaryError, folderFiles } from "./files.js";

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
    ["cues/judgements.json", true],
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

/** The actor codes found in one sentence naming `name` as the actor of an act. */
const actorsIn = (x: Extractor, name: string) =>
  extract(`${name} condemned the attack.`, { extractor: x }).sentences.flatMap((s) =>
    s.mentions.flatMap((m) => m.actors.map((a) => a.code)),
  );

describe("an extra dictionary folder", () => {
  const saved = process.env.DYAD_DICTIONARIES;
  afterEach(() => {
    if (saved === undefined) delete process.env.DYAD_DICTIONARIES;
    else process.env.DYAD_DICTIONARIES = saved;
  });

  // One file per loader, each adding one entry; the probe finds it in an extractor built afterwards.
  const verbFile = {
    sets: {},
    families: [{ name: "FROBNICATE", code: "111", patterns: [] }],
    verbs: [
      {
        lemma: "frobnicate",
        forms: ["frobnicate", "frobnicated"],
        particles: [],
        prefix: [],
        code: "111",
        family: "FROBNICATE",
      },
    ],
  };
  it.each<[string, unknown, (x: Extractor) => boolean]>([
    [
      "actors/countries.json",
      [{ code: "FRD", names: ["Freedonia"] }],
      (x) => actorsIn(x, "Freedonia").includes("FRD"),
    ],
    [
      "actors/petrarch/countries.json",
      [{ code: "SYL", names: ["Sylvania"] }],
      (x) => actorsIn(x, "Sylvania").includes("SYL"),
    ],
    ["verbs/mine.json", verbFile, (x) => x.verbs.byWord.has("frobnicated")],
    ["nominals/mine.json", { lightVerbs: ["wage"], nouns: [] }, (x) => x.nominals.lightVerbs.has("wage")],
    [
      "lexicon/mine.json",
      [
        {
          id: "mine.frobnicate",
          code: "111",
          pattern: "frobnicate/V",
          source: ["subject"],
          target: ["object"],
        },
      ],
      (x) => x.rules.some((r) => r.id === "mine.frobnicate"),
    ],
    ["cues/modality.json", { hedges: ["supposably"] }, (x) => x.cues.hedges.includes("supposably")],
    ["cues/event-nouns.json", { generic: ["manoeuvre"] }, (x) => x.nouns.generic.has("manoeuvre")],
    ["cues/judgements.json", { words: ["blorfish"] }, (x) => x.judgements.words.has("blorfish")],
    // A strong evaluative word added by a user is a criticism word too.
    [
      "slant/evaluative.json",
      { cues: [{ text: "snarfish", weight: -2 }] },
      (x) => x.judgements.words.has("snarfish"),
    ],
    ["cues/sports.json", { words: ["bonspiel"] }, (x) => x.sports.byKey.has("bonspiel")],
    ["cues/reciprocal.json", { verbs: ["powwow"] }, (x) => x.reciprocal.has("powwow")],
    ["merge/light-nouns.json", { nouns: ["palaver"] }, (x) => x.light.nouns.has("palaver")],
    [
      "slant/evaluative.json",
      { cues: [{ text: "blorfish", weight: -3 }] },
      (x) => x.evaluative.cues.get("blorfish") === -3,
    ],
  ])("%s is read into the extractor", (path, content, probe) => {
    expect(probe(createExtractor())).toBe(false);
    process.env.DYAD_DICTIONARIES = folder({ [path]: JSON.stringify(content) });
    expect(probe(createExtractor())).toBe(true);
  });

  it.each([
    ["actors/countries.json", [{ names: ["Freedonia"] }], /country without "code"/],
    ["actors/officials/mine.json", [{ name: "A B", terms: [{ office: "foreign-minister" }] }], /"country"/],
    ["verbs/mine.json", [1], /expected an object/],
    ["nominals/mine.json", [1], /expected an object/],
    ["lexicon/mine.json", [{ code: "111" }], /missing "id"/],
    ["cues/modality.json", { hedges: "supposably" }, /"hedges" must be a list/],
    ["cues/event-nouns.json", { generic: "manoeuvre" }, /"generic" must be a list of words/],
    ["cues/judgements.json", { speech: "say" }, /"speech" must be a list of words/],
    ["cues/sports.json", { words: "bonspiel" }, /"words" must be a list of words/],
    ["cues/reciprocal.json", { verbs: "powwow" }, /"verbs" must be a list of words/],
    ["merge/light-nouns.json", { nouns: "palaver" }, /"nouns" must be a list of words/],
    ["slant/evaluative.json", { cues: [{ text: "blorfish" }] }, /"cues"\[0\] \("blorfish"\) needs "weight"/],
    ["slant/evaluative.json", { cues: [{ text: "blorfish", weight: -9 }] }, /from -3 to 3/],
    [
      "slant/evaluative.json",
      { intensifiers: { very: "much" } },
      /"intensifiers"\."very" must be a positive number/,
    ],
  ])("a malformed %s is refused, the file and the entry named", (path, content, message) => {
    process.env.DYAD_DICTIONARIES = folder({ [path]: JSON.stringify(content) });
    const build = () => createExtractor();
    expect(build).toThrow(DictionaryError);
    expect(build).toThrow(new RegExp(path.replace(/[./]/g, "\\$&")));
    expect(build).toThrow(message);
  });

  it("with a file no loader reads is refused, the file named", () => {
    process.env.DYAD_DICTIONARIES = folder({ "cues/modalities.json": "{}" });
    expect(() => createExtractor()).toThrow(/cues\/modalities\.json: no dictionary is read from this place/);
  });
});
