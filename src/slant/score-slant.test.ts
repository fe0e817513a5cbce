import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";

const extractor = createExtractor();
import { loadEvaluativeLexicon } from "./evaluative-lexicon.js";
import { evaluate } from "./score-slant.js";

const lexicon = loadEvaluativeLexicon();
const words = (text: string) => text.split(" ").map((t) => ({ text: t }));
const weight = (cue: string) => lexicon.cues.get(cue) ?? NaN;

describe("evaluative words", () => {
  it.each([
    ["a cue", "Russia has been a reliable partner", ["reliable partner"], weight("reliable partner")],
    [
      "the same cue negated, at half weight",
      "Russia is not a reliable partner",
      ["not reliable partner"],
      -0.5 * weight("reliable partner"),
    ],
    [
      "an intensified cue",
      "a deeply hostile move",
      ["hostile"],
      (lexicon.intensifiers.get("deeply") ?? NaN) * weight("hostile"),
    ],
    [
      "a hyphenated cue, as two words of one token",
      "a time-tested route",
      ["time tested"],
      weight("time tested"),
    ],
    ["no cue", "Russia has been a partner", [], 0],
  ])("weighs %s", (_, sentence, cues, expected) => {
    const found = evaluate(words(sentence), lexicon);
    expect(found.cues).toEqual(cues);
    expect(found.weight).toBe(expected);
  });
});

describe("an article's slant on a dyad", () => {
  const text = [
    "Pakistan and Russia",
    "Russia and Pakistan signed a defence agreement in 2018.",
    "Pakistan's duplicity worries officials in the region.",
    "Russia has been a steadfast friend.",
  ].join("\n\n");

  it("gives each evaluative word to the actor named nearest, and keeps the sentences that moved the score", () => {
    const [slant] = extract(text, { extractor }).slants;
    expect(slant!.dyad).toBe("PAK-RUS");
    expect(slant!.events).toBe(1);
    // "duplicity" (-3) is about Pakistan; "steadfast" (+2) and "friend" (+1) about Russia.
    expect(slant!.toward.PAK).toBe(Math.round(Math.tanh(weight("duplicity") / 5) * 100) / 100);
    expect(slant!.toward.RUS).toBe(
      Math.round(Math.tanh((weight("steadfast") + weight("friend")) / 5) * 100) / 100,
    );
    const duplicity = slant!.drivers.find((d) => d.cues.includes("duplicity"))!;
    expect(duplicity.sentence).toBe("Pakistan's duplicity worries officials in the region.");
    expect(text.slice(duplicity.start, duplicity.end)).toBe(duplicity.sentence);
  });
});
