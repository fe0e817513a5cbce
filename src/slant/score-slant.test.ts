import { describe, expect, it } from "vitest";
import { extract } from "../pipeline/extract.js";
import { evaluativeLexicon } from "./evaluative-lexicon.js";
import { evaluate } from "./score-slant.js";

const words = (text: string) => text.split(" ").map((t) => ({ text: t }));
const weight = (cue: string) => evaluativeLexicon().cues.get(cue)!;

describe("evaluative words", () => {
  it("counts the longest phrase once, turns a negated cue around at half weight, and scales an intensified one", () => {
    expect(evaluate(words("Russia has been a reliable partner")).cues).toEqual(["reliable partner"]);
    expect(evaluate(words("Russia has been a reliable partner")).weight).toBe(weight("reliable partner"));
    expect(evaluate(words("Russia is not a reliable partner")).weight).toBe(
      -0.5 * weight("reliable partner"),
    );
    expect(evaluate(words("a deeply hostile move")).weight).toBe(
      evaluativeLexicon().intensifiers.get("deeply")! * weight("hostile"),
    );
    expect(evaluate(words("a time-tested friendship")).cues).toContain("time tested");
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
    const [slant] = extract(text).slants;
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
