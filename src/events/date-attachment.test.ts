import { describe, expect, it } from "vitest";
import { analyse } from "../language/analyse.js";
import { findDates } from "../language/dates.js";
import { parseSentenceTokens } from "../language/parse-sentences.js";
import { loadSyntaxModel } from "../language/syntax/load-syntax-model.js";
import { attachedDate, attachedValue } from "./date-attachment.js";
import { treeOf } from "./tree.js";

const model = loadSyntaxModel();
const PUBLISHED = "2024-05-15"; // a Wednesday

/** The value the tree gives the trigger word of `text`, with the tense reading of a weekday. */
function dateOf(text: string, trigger: string): string | null {
  const sentence = parseSentenceTokens(model, analyse(text, [{ start: 0, end: text.length }])[0]!);
  const tree = treeOf(sentence);
  const at = sentence.tokens.findIndex((t) => t.text === trigger);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = attachedDate(tree, findDates(text, PUBLISHED), at);
  return found ? attachedValue(tree, found) : null;
}

describe("the date the tree gives a trigger", () => {
  it.each([
    // Past against future weekday.
    ["Peru recalled its envoy from Chile on Friday.", "recalled", "2024-05-10"],
    ["Peru will recall its envoy from Chile on Friday.", "recall", "2024-05-17"],
    ["Peru met Chile on Wednesday.", "met", "2024-05-15"],
    // A date in a relative clause against one on the trigger.
    ["The minister who signed the pact in 2019 met Chile on Friday.", "met", "2024-05-10"],
    ["The minister who signed the pact in 2019 met Chile on Friday.", "signed", "2019"],
    ["Peru met Chile in 2019.", "met", "2019"],
    // A later clause with its own subject keeps its date.
    ["Peru met Chile, and Bolivia signed a pact in 2018.", "met", null],
    ["Peru met Chile, and Bolivia signed a pact in 2018.", "signed", "2018"],
    // A fixed day named inside a phrase on the trigger: the address was given on the first.
    ["In his New Year's speech, the president of Peru denounced Chile.", "denounced", "2024-01-01"],
    ["Peru denounced Chile in a speech.", "denounced", null],
  ])("%s (%s) → %s", (text, trigger, expected) => {
    expect(dateOf(text, trigger)).toBe(expected);
  });
});
