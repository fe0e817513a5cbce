import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";

const extractor = createExtractor();

/** Mentions of a text as "text=CODE/ROLE", in order. */
function actors(text: string, published: string | null = null): string[] {
  return extract(text, { published, extractor }).sentences.flatMap((s) =>
    s.mentions.map((m) => `${m.text}=${m.actors.map((a) => `${a.code}/${a.role}`).join("+")}`),
  );
}

describe("the PETRARCH-2 (Phoenix) layer under dyad's own lists", () => {
  // Abdul Hadi Arghandiwal is listed only by Phoenix (Afghan minister from 2010); Hans Blix led the IAEA 1981-1997.
  it.each([
    [
      "In March 2012 Abdul Hadi Arghandiwal flew to Delhi.",
      "2012-03-20",
      ["Abdul Hadi Arghandiwal=AFG/GOV", "Delhi=IND/GOV"],
    ],
    ["In March 2019 Abdul Hadi Arghandiwal flew to Delhi.", "2019-03-20", ["Delhi=IND/GOV"]],
    ["In 1990 Hans Blix visited Iraq.", "1990-06-01", ["Hans Blix=IAEA/IGO", "Iraq=IRQ/GOV"]],
    ["In 2003 Hans Blix visited Iraq.", "2003-06-01", ["Iraq=IRQ/GOV"]],
  ])("a Phoenix-only person resolves inside a term and not outside: %s", (text, published, expected) => {
    expect(actors(text, published)).toEqual(expected);
  });

  it("keeps a listed person named after a title outside their terms, placed by the title", () => {
    const x = extract("In 2019 Afghan Foreign Minister Abdul Hadi Arghandiwal visited Delhi.", {
      published: "2019-03-20",
      extractor,
    });
    expect(x.sentences[0]!.mentions[0]!.actors).toEqual([
      { code: "AFG", role: "GOV", scope: "state", person: "Abdul Hadi Arghandiwal" },
    ]);
  });

  // By full name: a surname alone names a listed official only while in office (find-mentions.test.ts).
  it("lets dyad's own entry win: its Karzai resolves after the Phoenix list stops", () => {
    expect(actors("In 2020 Hamid Karzai criticised Pakistan.", "2020-05-01")).toEqual([
      "Hamid Karzai=AFG/GOV",
      "Pakistan=PAK/GOV",
    ]);
  });

  it.each([
    ["Myanmar's junta rejected the plan.", "Myanmar's junta=MMR/GOV"],
    ["The Chinese foreign ministry protested.", "Chinese foreign ministry=CHN/GOV"],
    ["Russia's security council met.", "Russia's security council=RUS/GOV"],
    ["The Japanese coast guard boarded the boat.", "Japanese coast guard=JPN/MIL"],
    ["Pakistani police detained him.", "Pakistani police=PAK/GOV"],
    ["The Venezuelan opposition leader boycotted the vote.", "Venezuelan opposition leader=VEN/OPP"],
  ])("an agent noun after a state gives its role: %s", (text, expected) => {
    expect(actors(text)[0]).toBe(expected);
  });

  // Phoenix lists "YOUTH" as another name of the Basque group Gazteriak: a common word is never a name alone.
  it.each([
    ["Gazteriak claimed the bombing.", ["Gazteriak=GAZTERIAK/REB"]],
    ["Youth claimed the bombing.", []],
  ])("keeps a group's own name and drops its common-word alias: %s", (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it.each([
    ["the Kremlin", "RUS"],
    ["the White House", "USA"],
    ["Downing Street", "GBR"],
    ["the Élysée", "FRA"],
    ["Zhongnanhai", "CHN"],
    ["the Blue House", "KOR"],
    ["the Foreign Office", "GBR"],
    ["the State Department", "USA"],
    ["the Quai d'Orsay", "FRA"],
    ["the Pentagon", "USA"],
    ["the Gaimusho", "JPN"],
    ["Itamaraty", "BRA"],
    ["Smolensk Square", "RUS"],
  ])("resolves the seat of power %s to its state", (seat, code) => {
    const found = actors(`A spokesman for ${seat} declined to comment.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`=${code}/`));
  });
});
