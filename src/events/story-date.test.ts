import { describe, expect, it } from "vitest";
import { analyse } from "../language/analyse.js";
import { parseSentenceTokens } from "../language/parse-sentences.js";
import { loadSyntaxModel } from "../language/syntax/load-syntax-model.js";
import { createExtractor, extract } from "../pipeline/extract.js";
import { namesAnotherTime, storyDate, storyTime } from "./story-date.js";

const model = loadSyntaxModel();
/** The parsed first sentence of `text` and the index of the token `trigger`. */
function parsed(text: string, trigger: string) {
  const sentence = parseSentenceTokens(model, analyse(text, [{ start: 0, end: text.length }])[0]!);
  const at = sentence.tokens.findIndex((t) => t.text === trigger);
  expect(at).toBeGreaterThanOrEqual(0);
  return { sentence, at };
}

describe("storyTime", () => {
  it.each([
    ["Peru recalled its envoy from Chile.", "recalled", "news"],
    ["Peru had recalled its envoy from Chile.", "recalled", "background"],
    // Reported in the past, the past perfect is the report's own past moved back ("we recalled him").
    ["Peru had recalled its envoy from Chile, the ministry said.", "recalled", "news"],
    ["The ministry said Peru had recalled its envoy from Chile.", "recalled", "news"],
    ["The ministry said Peru had already recalled its envoy from Chile.", "recalled", "background"],
    ["Peru has recalled its envoy from Chile.", "recalled", "news"],
    ["Peru has already recalled its envoy from Chile.", "recalled", "background"],
    ["Peru previously recalled its envoy from Chile.", "recalled", "background"],
    ["Norway has sanctioned Belarus since the election.", "sanctioned", "background"],
    ["Norway has sanctioned Belarus for years.", "sanctioned", "background"],
    // A counted span after a simple past is how long the outcome lasts; after a perfect it reaches back.
    ["Norway extended its sanctions on Belarus for six months.", "extended", "news"],
    ["Norway has sanctioned Belarus for six months.", "sanctioned", "background"],
    ["Norway is sanctioning Belarus.", "sanctioning", "news"],
    ["Kenya supplies most of Uganda's fuel.", "supplies", "background"],
    ["Kenya says Uganda must open the border.", "says", "news"],
    // A stance told in the present is the news; a state of things in the present is background.
    ["Kenya stands with Uganda.", "stands", "news"],
    ["Kenya trains with Uganda.", "trains", "background"],
    ["Kenya will host talks with Uganda.", "host", "future"],
    // "The Nth time" counts the act told now, whatever its tense.
    ["It was the second time in a month that Peru had recalled its envoy.", "recalled", "news"],
    ["It was a time when Peru had recalled its envoy.", "recalled", "background"],
    ["This is the first time Kenya has shelled Uganda since 1990.", "shelled", "news"],
    ["Kenya has shelled Uganda since 1990.", "shelled", "background"],
    // An activity told as lasting up to the story, or as this season of a recurring one.
    ["Kenya has been holding drills with Uganda.", "holding", "ongoing"],
    ["Kenya is holding drills with Uganda.", "holding", "news"],
    ["Kenya held annual drills with Uganda.", "held", "ongoing"],
    ["Kenya held drills with Uganda.", "held", "news"],
    ["Kenya holds annual drills with Uganda.", "holds", "background"],
    // A present under a past act's "as" is what went on then, not a habit.
    ["The protest came as Kenya holds drills with Uganda.", "holds", "news"],
    ["The protest came as Kenya holds annual drills with Uganda.", "holds", "ongoing"],
    ["The protest comes as Kenya holds drills with Uganda.", "holds", "news"],
    ["The protest ends as Kenya holds drills with Uganda.", "holds", "background"],
  ])("%s → %s is %s", (text, trigger, expected) => {
    const { sentence, at } = parsed(text, trigger);
    expect(storyTime(sentence, at)).toBe(expected);
  });
});

describe("storyDate", () => {
  it.each([
    ["Peru recalled its envoy from Chile.", "recalled", "2024-05-10", "2024-05-10"],
    ["Peru had recalled its envoy from Chile.", "recalled", "2024-05-10", null],
    ["Kenya will host talks with Uganda.", "host", "2024-05-10", "2024-05"],
    ["Kenya has been holding drills with Uganda.", "holding", "2024-05-10", "2024-05"],
    ["Peru recalled its envoy from Chile.", "recalled", null, null],
    ["Peru recalled its envoy from Chile.", "recalled", "2024-05", null],
  ])("%s published %s → %s", (text, trigger, published, expected) => {
    const { sentence, at } = parsed(text, trigger);
    expect(storyDate(sentence, at, published)).toBe(expected);
  });
});

describe("namesAnotherTime", () => {
  it.each([
    ["In December the two leaders met.", true],
    ["The following July, Chile replied.", true],
    ["Weeks later the envoy returned.", true],
    ["In the summer the talks stalled.", true],
    ["The two leaders met in Lima.", false],
    ["Chile may reply.", false],
  ])("%s → %s", (text, expected) => {
    expect(namesAnotherTime(text)).toBe(expected);
  });
});

describe("a reaction to an act told before is dated by that act", () => {
  const extractor = createExtractor();
  const dated = (text: string, published: string) =>
    extract(text, { extractor, published }).events.map((e) => `${e.source}>${e.target} ${e.code} ${e.date}`);
  // 2024-05-08 was a Wednesday.
  it.each([
    ["Kenya fired a missile on Monday. Tanzania condemned the launch.", ["TZA>KEN 11 2024-05-06"]],
    // Its own date wins.
    ["Kenya fired a missile on Monday. Tanzania condemned the launch on Tuesday.", ["TZA>KEN 11 2024-05-07"]],
    // An act the sentence does not date leaves the reaction to the news day.
    ["Kenya fired a missile. Tanzania condemned the launch.", ["TZA>KEN 11 2024-05-08"]],
  ])("%s", (text, expected) => {
    expect(dated(text, "2024-05-08")).toEqual(expected);
  });
});
