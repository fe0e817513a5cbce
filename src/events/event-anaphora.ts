/**
 * Event-noun anaphora: "North Korea fired a missile. Japan condemned the launch." A reaction to an act
 * named by a noun with no actor in its phrase targets whoever did the latest such act told just before.
 */
import type { Act, ActorRef } from "../domain/types.js";
import { isEventNoun, type EventNouns } from "./event-nouns.js";
import { actorsOfPhrase, caseOf, type Tree } from "./tree.js";
import type { Group } from "./participants.js";
import {
  judgedOf,
  possessorOf,
  prepositionOf,
  subjectOf,
  type Found,
  type TreeSlotContext,
} from "./tree-slots.js";

/** Prepositions that say what a reaction is about: "protested over the test", "outrage at the strike". */
const ABOUT = new Set(["over", "about", "against", "at", "of"]);

const lemmaOf = (tree: Tree, i: number) => tree.sentence.tokens[i]!.lemma.toLowerCase();

/** The event noun a trigger reacts to, when no actor is named in its phrase: "condemned the launch", "the test was condemned". */
export function eventObject(ctx: TreeSlotContext, head: number, nouns: EventNouns): number | null {
  const { tree } = ctx;
  const tokens = tree.sentence.tokens;
  const about = (c: number) => {
    const rel = tokens[c]!.rel;
    return rel === "obj" || rel === "nsubj:pass" || (/^(obl|nmod)/.test(rel) && ABOUT.has(caseOf(tree, c)));
  };
  return (
    (tree.children[head] ?? []).find(
      (c) =>
        about(c) && isEventNoun(nouns, lemmaOf(tree, c)) && actorsOfPhrase(tree, ctx.groups, c).length === 0,
    ) ?? null
  );
}

/** The event noun a speaker judges, when no actor is named in its phrase: "said the launch was reckless". */
export function judgedEventNoun(ctx: TreeSlotContext, verb: number, nouns: EventNouns): number | null {
  const judged = judgedOf(ctx.tree, verb);
  return judged !== null &&
    isEventNoun(nouns, lemmaOf(ctx.tree, judged)) &&
    actorsOfPhrase(ctx.tree, ctx.groups, judged).length === 0
    ? judged
    : null;
}

const states = (f: Found | null): ActorRef[] =>
  f
    ? f.group.mentions.flatMap((m: Group["mentions"][number]) => m.actors).filter((a) => a.scope === "state")
    : [];

/**
 * The acts of a sentence that a later event noun can name: verbs of the list with a state as subject
 * ("Pyongyang fired…") and listed nouns with a state as possessor or agent ("North Korea's launch", "the strike by Iran").
 */
export function actsOf(ctx: TreeSlotContext, nouns: EventNouns, sentence: number): Act[] {
  const { tree } = ctx;
  const out: Act[] = [];
  for (const t of tree.sentence.tokens) {
    const lemma = lemmaOf(tree, t.index);
    let doers: ActorRef[] = [];
    if (t.pos === "VERB" && nouns.verbs.has(lemma)) doers = states(subjectOf(ctx, t.index));
    else if (t.pos === "NOUN" && nouns.nouns.has(lemma))
      doers = states(possessorOf(ctx, t.index) ?? prepositionOf(ctx, t.index, "by"));
    if (!doers.length && (nouns.verbs.has(lemma) || nouns.nouns.has(lemma)))
      doers = states(namedJustBefore(ctx, t.index));
    if (doers.length) out.push({ sentence, token: t.index, lemma, doers, deed: true });
  }
  return out;
}

/**
 * Where the parse gives an act no doer, the state named right before it, with at most one noun between:
 * "North Korea launches its missile" read as a noun phrase, the headline's "North Korea missile launch".
 */
function namedJustBefore(ctx: TreeSlotContext, word: number): Found | null {
  const tokens = ctx.tree.sentence.tokens;
  const group = ctx.groups.find(
    (g) => g.last === word - 1 || (g.last === word - 2 && tokens[word - 1]?.pos === "NOUN"),
  );
  return group ? { group, relation: "named just before (word order)" } : null;
}

/** The latest act (of `acts`, latest first) that a noun can name: the same act by lemma, or any deed for "the move". */
export function antecedentOf(noun: string, acts: readonly Act[], nouns: EventNouns): Act | null {
  const verbs = nouns.nouns.get(noun) ?? [];
  return (
    acts.find((a) => a.lemma === noun || verbs.includes(a.lemma) || (nouns.generic.has(noun) && a.deed)) ??
    null
  );
}

/** Latest first: later sentences, then later words. */
export const latestFirst = (acts: readonly Act[]): Act[] =>
  [...acts].sort((a, b) => b.sentence - a.sentence || b.token - a.token);
