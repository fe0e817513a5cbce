/** Finds where lexicon patterns match in a sentence; overlapping matches keep the longest. */
import type { Sentence, Token } from "../domain/types.js";
import type { LexiconRule, PatternStep } from "./lexicon.js";

export interface Trigger {
  readonly rule: LexiconRule;
  /** Token indices of the first and last matched step. */
  readonly first: number;
  readonly last: number;
  /** Token index of the step that carries the event (the first step). */
  readonly head: number;
}

const BOUNDARY = new Set([".", ";", ":", "!", "?"]);

/** `lower`: the token's text lower-cased, computed once per sentence. */
function stepMatches(step: PatternStep, token: Token, lower: string): boolean {
  if (!step.words.has(token.lemma) && !step.words.has(lower)) return false;
  if (step.pos === "V") return token.pos === "VERB" || token.pos === "AUX";
  if (step.pos === "N") return token.pos === "NOUN" || token.pos === "PROPN";
  // "went on to skip tests": the infinitive marker is not the preposition of "went to Delhi".
  if (step.pos === "P") return token.pos === "ADP";
  return true;
}

function matchFrom(
  tokens: readonly Token[],
  lower: readonly string[],
  steps: readonly PatternStep[],
  s: number,
  from: number,
): number | null {
  const step = steps[s];
  if (!step) return from - 1;
  for (let i = from; i <= from + step.gap && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (stepMatches(step, t, lower[i] ?? "")) {
      const end = matchFrom(tokens, lower, steps, s + 1, i + 1);
      if (end !== null) return end;
    }
    if (BOUNDARY.has(t.text)) break;
  }
  return null;
}

/** Rules by the words their first step accepts, each list in lexicon order; built once per rule list. */
type FirstWordIndex = ReadonlyMap<string, readonly number[]>;
const indexes = new WeakMap<
  readonly LexiconRule[],
  { readonly size: number; readonly index: FirstWordIndex }
>();

function firstWordIndex(rules: readonly LexiconRule[]): FirstWordIndex {
  const cached = indexes.get(rules);
  if (cached?.size === rules.length) return cached.index;
  const built = new Map<string, number[]>();
  rules.forEach((rule, r) => {
    for (const word of rule.steps[0]?.words ?? []) {
      const list = built.get(word);
      if (list) list.push(r);
      else built.set(word, [r]);
    }
  });
  indexes.set(rules, { size: rules.length, index: built });
  return built;
}

const NONE: readonly number[] = [];

/** The rules whose first step may match a token (by lemma or lower-cased form), in lexicon order. */
function candidates(index: FirstWordIndex, token: Token, lower: string): readonly number[] {
  const byLemma = index.get(token.lemma) ?? NONE;
  const byForm = lower === token.lemma ? NONE : (index.get(lower) ?? NONE);
  if (byForm.length === 0) return byLemma;
  if (byLemma.length === 0) return byForm;
  return mergeAscending(byLemma, byForm);
}

/** Two ascending lists of positions as one ascending list; a position in both comes once. */
export function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/** All non-overlapping rule matches, longest first, returned in sentence order. */
export function findTriggers(sentence: Sentence, rules: readonly LexiconRule[]): Trigger[] {
  const { tokens } = sentence;
  const index = firstWordIndex(rules);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const found: Trigger[] = [];
  tokens.forEach((token, i) => {
    const low = lower[i] ?? "";
    for (const r of candidates(index, token, low)) {
      const rule = rules[r]!;
      const [head] = rule.steps;
      if (!head || !stepMatches(head, token, low)) continue;
      if (rule.headPos && token.pos !== rule.headPos) continue;
      const last = matchFrom(tokens, lower, rule.steps, 1, i + 1);
      if (last !== null) found.push({ rule, first: i, last: Math.max(i, last), head: i });
    }
  });
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: Trigger[] = [];
  for (const t of found) {
    if (kept.some((k) => t.first <= k.last && k.first <= t.last)) continue;
    kept.push(t);
  }
  return kept.sort((a, b) => a.first - b.first);
}
