import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DictionaryError } from "../dictionaries/files.js";
import { loadVerbDictionary, phraseMatches, verbDictionaryFiles, type Phrase } from "./verb-dictionary.js";

const tmp = mkdtempSync(join(tmpdir(), "dyad-verbs-"));

/** Writes `verbs/<name>` in a fresh dictionary folder and returns the folder. */
function folder(name: string, json: unknown): string {
  const root = mkdtempSync(join(tmp, "dict-"));
  mkdirSync(join(root, "verbs"));
  writeFileSync(join(root, "verbs", name), typeof json === "string" ? json : JSON.stringify(json));
  return root;
}

const pattern = (over: Record<string, unknown>) => ({
  code: "042",
  reciprocal: null,
  blocks: false,
  before: [] as string[][],
  after: [] as string[][],
  preps: [] as unknown[],
  source: null,
  target: null,
  joint: false,
  comment: null,
  file: "mine.txt",
  line: 7,
  ...over,
});

const small = {
  sets: { boat: [["ship"], ["ships"], ["patrol", "boat"]] },
  verbs: [
    {
      lemma: "sail",
      forms: ["sail", "sails", "sailed", "sailing"],
      particles: [],
      prefix: [],
      code: null,
      family: "SAIL",
      file: "mine.txt",
      line: 2,
    },
    {
      lemma: "cordon",
      forms: ["cordon", "cordoned"],
      particles: ["off"],
      prefix: [],
      code: "192",
      family: "SAIL",
      file: "mine.txt",
      line: 3,
    },
  ],
  families: [
    {
      name: "SAIL",
      code: null,
      file: "mine.txt",
      line: 1,
      patterns: [
        pattern({
          code: "042",
          reciprocal: "043",
          preps: [{ prep: "to", object: null }],
          target: { at: "prep", index: 0 },
          line: 4,
        }),
        pattern({ code: null, blocks: true, after: [["&boat"]], line: 5 }),
        pattern({ code: null, reciprocal: "173", before: [["navy"]], source: { at: "before" }, line: 6 }),
      ],
    },
  ],
};

describe("loadVerbDictionary", () => {
  it("loads the bundled PETRARCH-2 file with its patterns, verbs and sets", () => {
    const dict = loadVerbDictionary(verbDictionaryFiles([]));
    const patterns = [...dict.families.values()].reduce((n, f) => n + f.patterns.length, 0);
    expect(patterns).toBeGreaterThan(4000);
    expect(dict.sets.get("weapon")?.some((p) => p.join(" ") === "missiles")).toBe(true);
    expect(dict.byWord.get("rushed")?.map((v) => v.family)).toContain("ACCELERATE");
    expect(dict.families.get("VISIT")).toMatchObject({ code: "042", reciprocal: "043" });
  });

  it("reads a user's folder on top of the bundled files, using a bundled set", () => {
    const root = folder("extra.json", {
      families: [
        { name: "ACCELERATE", code: null, patterns: [pattern({ after: [["&weapon"]], code: "194" })] },
      ],
    });
    const dict = loadVerbDictionary(verbDictionaryFiles([root]));
    const rush = dict.families.get("ACCELERATE")!;
    expect(rush.patterns.at(-1)).toMatchObject({ code: "194", after: [["&weapon"]] });
  });

  const dict = loadVerbDictionary(
    verbDictionaryFiles([folder("small.json", small)]).filter((f) => f.startsWith(tmp)),
  );
  const family = dict.families.get("SAIL")!;

  it.each([
    ["synset", () => dict.sets.get("boat"), [["ship"], ["ships"], ["patrol", "boat"]]],
    [
      "multi-word verb by its form",
      () => dict.byWord.get("cordoned")?.map((v) => [v.lemma, v.particles, v.code]),
      [["cordon", ["off"], "192"]],
    ],
    [
      "verb by its lemma",
      () => dict.byWord.get("sail")?.map((v) => [v.family, v.code, v.blocks]),
      [["SAIL", null, false]],
    ],
    [
      "paired code",
      () =>
        family.patterns[0] && [
          family.patterns[0].code,
          family.patterns[0].reciprocal,
          family.patterns[0].target,
        ],
      ["042", "043", { at: "prep", index: 0 }],
    ],
    [
      "blocking pattern",
      () =>
        family.patterns[1] && [family.patterns[1].code, family.patterns[1].blocks, family.patterns[1].after],
      [null, true, [["&boat"]]],
    ],
    [
      "reciprocal only",
      () =>
        family.patterns[2] && [
          family.patterns[2].code,
          family.patterns[2].reciprocal,
          family.patterns[2].source,
        ],
      [null, "173", { at: "before" }],
    ],
    ["skip defaults to none", () => family.patterns[0]?.skip, []],
    // The index a verb's dependents are looked up in: a pattern is tried only when its anchor is among them.
    [
      "anchors: a preposition when no phrase word is literal, none for a set, else a phrase word",
      () => dict.compiled.get("SAIL")?.patterns.map((c) => [c.anchor, c.weight]),
      [
        ["to", 1],
        [null, 1],
        ["navy", 1],
      ],
    ],
    [
      "positions by anchor, in file order",
      () => {
        const c = dict.compiled.get("SAIL");
        return c && [[...c.byAnchor], c.unanchored];
      },
      [
        [
          ["to", [0]],
          ["navy", [2]],
        ],
        [1],
      ],
    ],
  ])("hand-made file: %s", (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });

  const broken = (patch: (d: typeof small) => unknown) => patch(structuredClone(small));
  it.each([
    [
      "a bad code",
      broken((d) => {
        d.families[0]!.patterns[0]!.code = "42x";
        return d;
      }),
      /family SAIL, pattern at line 4: "code" "42x" is not a CAMEO code/,
    ],
    [
      "a root outside 01-20",
      broken((d) => {
        d.families[0]!.patterns[0]!.code = "2101";
        return d;
      }),
      /pattern at line 4: .*not a CAMEO code/,
    ],
    [
      "an undefined set",
      broken((d) => {
        d.families[0]!.patterns[1]!.after = [["&plane"]];
        return d;
      }),
      /family SAIL, pattern at line 5: undefined set "&plane"/,
    ],
    [
      "a marker on a missing prep",
      broken((d) => {
        d.families[0]!.patterns[2]!.source = { at: "prep", index: 3 } as never;
        return d;
      }),
      /pattern at line 6: "source" .* does not point/,
    ],
    [
      "a blocking pattern with a code",
      broken((d) => {
        (d.families[0]!.patterns[1] as Record<string, unknown>).code = "042";
        return d;
      }),
      /pattern at line 5: a blocking pattern/,
    ],
    [
      "an upper-case phrase",
      broken((d) => {
        d.families[0]!.patterns[1]!.after = [["Ship"]];
        return d;
      }),
      /pattern at line 5: "after"/,
    ],
    [
      "a verb of an unknown family",
      broken((d) => {
        d.verbs[1]!.family = "FLY";
        return d;
      }),
      /verb "cordon" at line 3: unknown family FLY/,
    ],
    ["not JSON", "{", /small\.json/],
  ])("rejects %s, naming file and line", (_name, json, message) => {
    const files = verbDictionaryFiles([folder("small.json", json)]).filter((f) => f.startsWith(tmp));
    expect(() => loadVerbDictionary(files)).toThrow(DictionaryError);
    expect(() => loadVerbDictionary(files)).toThrow(message);
    expect(() => loadVerbDictionary(files)).toThrow(/small\.json/);
  });
});

describe("phraseMatches", () => {
  const sets = new Map<string, readonly Phrase[]>([
    ["weapon", [["missile"], ["cruise", "missile"]]],
    ["aid", [["food"]]],
  ]);
  it.each<[string, Phrase, string[], boolean]>([
    ["single word present", ["aid"], ["send", "aid", "to"], true],
    ["single word absent", ["aid"], ["send", "help"], false],
    ["consecutive words", ["arms", "shipment"], ["an", "arms", "shipment"], true],
    ["words not consecutive", ["arms", "shipment"], ["arms", "and", "shipment"], false],
    ["words in the wrong order", ["arms", "shipment"], ["shipment", "arms"], false],
    ["set, one-word member", ["&weapon"], ["fired", "missile"], true],
    ["set, multi-word member", ["&weapon", "attack"], ["a", "cruise", "missile", "attack"], true],
    [
      "set member not followed by the head",
      ["&weapon", "attack"],
      ["a", "cruise", "missile", "strike"],
      false,
    ],
    ["word then set", ["new", "&weapon"], ["new", "cruise", "missile"], true],
    ["unknown set", ["&tank"], ["tank"], false],
    ["phrase longer than the words", ["cruise", "missile"], ["cruise"], false],
  ])("%s", (_name, phrase, words, expected) => {
    expect(phraseMatches(phrase, words, sets)).toBe(expected);
  });
});
