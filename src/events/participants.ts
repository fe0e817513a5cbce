/** Fills a rule's slots with actors, from the shape of the sentence around the trigger. */
import type { Mention, Sentence, Token } from "../domain/types.js";
import { PREPOSITION_SLOTS, type Slot } from "./lexicon.js";
import { isOneOf } from "../domain/vocabulary.js";
import type { Trigger } from "./find-triggers.js";
import { childrenWith, isRelationalNoun, joinGroups, subtree, type Tree } from "./tree.js";
import {
  contentSubjectOf,
  ownFutureActObjectOf,
  judgedSlot,
  objectOf,
  infinitiveObjectOf,
  authorBesideObject,
  possessorOf,
  prepositionOf,
  nonActorObject,
  nonActorSubject,
  subjectOf,
  undergoerOf,
  objectPlaceOf,
  type Found,
} from "./tree-slots.js";

/** Mentions joined by "and", commas, "along with": one record per member ("visited India and Pakistan"). */
export interface Group {
  readonly first: number;
  readonly last: number;
  readonly mentions: readonly Mention[];
}

const JOINERS = new Set([
  ",",
  "and",
  "or",
  "&",
  "/",
  "-",
  "–",
  "as",
  "well",
  "along",
  "together",
  "with",
  "plus",
  "the",
]);
/** Where a clause ends: the subject of a verb is not looked for across these. */
const CLAUSE_BREAKS = new Set([
  ";",
  ":",
  "while",
  "whereas",
  "although",
  "though",
  "but",
  "because",
  "which",
  "who",
  "whom",
  "whose",
  "that",
  "when",
  "where",
  "if",
  "unless",
  "after",
  "before",
  "since",
  "as",
  "despite",
  "however",
]);
const RELATIVES = new Set(["that", "which", "who"]);
const GERUND_OPENERS = new Set(["after", "before", "while", "since", "by", "upon", "on", "without", "when"]);
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
const SKIPPABLE_BEFORE_NOUN = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"]);

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

const CLOSERS = new Set(["and", "or", "&", "/", "-", "–", "along", "plus", "together", "well"]);

/** "Guyana's president, Irfaan Ali,": a name set off by a comma after an office of the same state is that office, not a second actor. */
function appositions(sentence: Sentence, sorted: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    const between = prev ? sentence.tokens.slice(prev.last + 1, m.first).map((t) => t.text) : [];
    const prevActor = prev?.actors.length === 1 ? prev.actors[0] : undefined;
    const actor = m.actors.length === 1 ? m.actors[0] : undefined;
    const same = prevActor !== undefined && actor !== undefined && prevActor.code === actor.code;
    if (
      prev &&
      same &&
      m.form === "person" &&
      between.length === 1 &&
      between[0] === "," &&
      (prev.form === "title" || prev.form === "person")
    ) {
      out[out.length - 1] = {
        ...prev,
        last: m.last,
        end: m.end,
        text: sentence.text.slice(prev.start - sentence.start, m.end - sentence.start),
        actors: m.actors,
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Groups coordinated mentions: "Pakistan along with China, Egypt, Venezuela and Belarus". */
export function groupMentions(sentence: Sentence, mentions: readonly Mention[]): Group[] {
  const groups: Group[] = [];
  const closed = new Set<number>();
  const sorted = appositions(
    sentence,
    [...mentions].sort((a, b) => a.first - b.first),
  );
  for (const m of sorted) {
    const prev = groups[groups.length - 1];
    if (prev) {
      const between = sentence.tokens.slice(prev.last + 1, m.first).map((t) => t.text.toLowerCase());
      const onlyJoiners = between.every((w) => JOINERS.has(w)) && between.length <= 3;
      const hasWith = between.includes("with") && !between.includes("along") && !between.includes("together");
      if (onlyJoiners && !hasWith) {
        groups[groups.length - 1] = { first: prev.first, last: m.last, mentions: [...prev.mentions, m] };
        if (between.some((w) => CLOSERS.has(w))) closed.add(groups.length - 1);
        continue;
      }
    }
    groups.push({ first: m.first, last: m.last, mentions: [m] });
  }
  // Commas alone do not make a list ("If Egypt buys jets from France, Israel would object"): it needs an "and".
  return groups.flatMap((g, k) =>
    g.mentions.length > 1 && !closed.has(k)
      ? g.mentions.map((m) => ({ first: m.first, last: m.last, mentions: [m] }))
      : [g],
  );
}

export interface SlotContext {
  readonly sentence: Sentence;
  readonly groups: readonly Group[];
  readonly trigger: Trigger;
  readonly passive: boolean;
  /** The previous event's target in this sentence, for coordinated verbs ("endorsed …, lifted … and offered …"). */
  readonly inherited: Group | null;
  /** The sentence's dependency tree, when it was parsed. */
  readonly tree?: Tree | null;
  /** For an intent rule: whether it governs an act some rule codes ("ready to export"), not any verb. */
  readonly governsAct?: boolean;
}

function isBreak(t: Token | undefined): boolean {
  return t !== undefined && CLAUSE_BREAKS.has(t.text.toLowerCase());
}

/** "according to": what follows names a source of the report, never a participant of what came before. */
function opensAttribution(sentence: Sentence, i: number): boolean {
  return (
    sentence.tokens[i]?.text.toLowerCase() === "according" &&
    sentence.tokens[i + 1]?.text.toLowerCase() === "to"
  );
}

/** A mention group that stands as a subject: not the complement of a preposition or a verb. */
/** Words that open a clause whose subject follows: "when Modi and Xi met". */
const SUBORDINATORS = new Set([
  "when",
  "while",
  "after",
  "before",
  "because",
  "since",
  "until",
  "once",
  "whereas",
  "although",
  "though",
  "if",
  "as",
]);

/** People who act for a state: "officials from X", "destroyers of X". */
const AGENT_NOUNS =
  /^(?:officials|ministers|negotiators|diplomats|delegates|delegations?|envoys|representatives|leaders|troops|soldiers|forces|armies|navies|militaries|warships|destroyers|jets|aircraft|police|authorities|experts|teams)$/i;

function adverbsAfter(sentence: Sentence, from: number): number {
  let n = 0;
  while (sentence.tokens[from + n]?.pos === "ADV") n++;
  return n;
}

function subjectLike(sentence: Sentence, g: Group): boolean {
  // "Abe's opponents want…": a possessor of those who stand against it (or beside it) is not its subject.
  if (isPossessive(sentence, g)) {
    let n = g.last + 2;
    while (sentence.tokens[n]?.pos === "ADJ") n++;
    const possessed = sentence.tokens[n];
    if (possessed && isRelationalNoun(possessed)) return false;
  }
  if (SUBORDINATORS.has(sentence.tokens[g.first - 1]?.text.toLowerCase() ?? "")) return true;
  let i = g.first - 1;
  let year = false;
  while (i >= 0) {
    const t = sentence.tokens[i];
    if (!t) break; // not reached: i stays inside the sentence
    if (!(["DET", "ADJ", "ADV", "NUM"].includes(t.pos) || MONTHS.test(t.text))) break;
    if (t.text.toLowerCase() === "than") break;
    if (/^(1[89]|20)\d\d$/.test(t.text)) year = true;
    i--;
  }
  const before = sentence.tokens[i];
  if (!before) return true;
  // "In 2019 Japan signed…": a date after the preposition ends the adverbial, even without a comma.
  if (year && before.pos === "ADP") return true;
  // "Negotiators from Egypt, Ethiopia and Sudan resumed talks": the people stand for the state they come from.
  if (
    ["from", "of"].includes(before.text.toLowerCase()) &&
    AGENT_NOUNS.test(sentence.tokens[i - 1]?.text ?? "")
  )
    return true;
  // "with Riyadh repeatedly accusing Tehran": the subject of an absolute clause.
  if (
    before.text.toLowerCase() === "with" &&
    /ing$/.test(sentence.tokens[g.last + 1 + adverbsAfter(sentence, g.last + 1)]?.text ?? "")
  )
    return true;
  // "along with", and the postposition in "This notwithstanding, Russia agreed…", do not govern what follows.
  if (before.pos === "ADP" && !["along", "notwithstanding"].includes(before.text.toLowerCase())) return false;
  if (before.pos === "VERB" && !["become", "became"].includes(before.text.toLowerCase())) return false;
  return true;
}

function isPossessive(sentence: Sentence, g: Group): boolean {
  return POSSESSIVE.test(sentence.tokens[g.last + 1]?.text ?? "");
}

function subject(ctx: SlotContext): Group | null {
  const { sentence, groups, trigger } = ctx;
  const tokens = sentence.tokens;
  let h = trigger.first - 1;
  while (h >= 0 && (tokens[h]?.pos === "ADV" || tokens[h]?.pos === "AUX")) h--;
  const before = tokens[h];
  const gerund = /ing$/.test(tokens[trigger.first]?.text ?? "");
  // "convince Russia to sell", "weighed in with Ukraine to sell": the infinitive's subject is the mention before "to".
  if (before && before.text.toLowerCase() === "to" && before.pos === "PART") {
    const g = groups.find((x) => x.last === h - 1);
    if (g) return g;
  }
  // "praised India for sending aid", "accused Iran of arming…": the doer of the gerund is the one praised or accused.
  if (before && (before.text.toLowerCase() === "for" || before.text.toLowerCase() === "of") && gerund) {
    const g = [...groups].reverse().find((x) => x.last < h);
    // Only an object ("praised India", "disappointed in China"), not a partner ("signed with Warsaw for transferring…").
    let b = g ? g.first - 1 : -1;
    while (b >= 0 && tokens[b]?.pos === "DET") b--;
    const governor = tokens[b];
    if (g && h - g.last <= 4 && governor && (governor.pos === "VERB" || governor.text.toLowerCase() === "in"))
      return g;
  }
  // "after spending two days in New Delhi": a gerund clause shares the sentence's subject.
  if (before && GERUND_OPENERS.has(before.text.toLowerCase()) && gerund) {
    return groups.find((x) => x.last < h && subjectLike(sentence, x)) ?? null;
  }
  // "Modi and Xi, who first met at Wuhan in 2018, met again": the subject sits before a relative clause set off by commas.
  if (before?.text === ",") {
    for (let i = h - 1; i > 0; i--) {
      const t = tokens[i];
      if (!t) break; // not reached: i < h, inside the sentence
      if (t.text === "," && ["who", "which", "whose"].includes(tokens[i + 1]?.text.toLowerCase() ?? "")) {
        const g = groups.find((x) => x.last === i - 1);
        if (g) return g;
        break;
      }
      if (t.text === ";" || t.text === ":") break;
    }
  }
  // "countries that boycotted", "which participated": look past the relative word for its antecedent.
  const relative = before && RELATIVES.has(before.text.toLowerCase()) ? h : -1;
  // "President Trump, who has repeatedly threatened…": a clause set off by a comma is about the name before it.
  if (relative > 0 && tokens[relative - 1]?.text === ",") {
    const g = groups.find((x) => x.last === relative - 2);
    if (g) return g;
  }
  let crossedBreak = false;
  for (const g of [...groups].reverse()) {
    if (g.last >= trigger.first) continue;
    if (trigger.first - g.last > 30) break;
    for (let i = g.last + 1; i < trigger.first; i++) {
      const t = sentence.tokens[i];
      if (t && i !== relative && isBreak(t) && t.text !== "as") crossedBreak = true;
    }
    if (crossedBreak) {
      // "…, which a Pakistani company DMI Associates signed": the subject sits after the relative word.
      return null;
    }
    if (subjectLike(sentence, g)) return g;
  }
  return null;
}

function rightOf(
  ctx: SlotContext,
  from: number,
  maxDistance: number,
  stopAtPreposition: boolean,
): Group | null {
  const { sentence, groups } = ctx;
  for (const g of groups) {
    if (g.first < from) continue;
    if (g.first - from > maxDistance) return null;
    for (let i = from; i < g.first; i++) {
      const t = sentence.tokens[i];
      if (!t) break; // not reached: g.first is inside the sentence
      if ((isBreak(t) && t.text !== "as") || opensAttribution(sentence, i)) return null;
      // "more than 200 Chinese apps": a comparative quantifier, not a preposition.
      const quantifier =
        t.text.toLowerCase() === "than" && /^(more|less|fewer)$/i.test(sentence.tokens[i - 1]?.text ?? "");
      if (stopAtPreposition && !quantifier && (t.pos === "ADP" || t.pos === "VERB" || t.pos === "PART"))
        return null;
    }
    return g;
  }
  return null;
}

function preposition(ctx: SlotContext, word: string): Group | null {
  const { sentence, trigger } = ctx;
  for (let i = trigger.head + 1; i <= trigger.last + 15; i++) {
    const t = sentence.tokens[i];
    if (!t) break; // past the end of the sentence
    if ((isBreak(t) && t.text !== "as") || opensAttribution(sentence, i)) return null;
    // "to" before a verb marks an infinitive, not a recipient.
    if (t.text.toLowerCase() === word && t.pos !== "PART") return rightOf(ctx, i + 1, 4, false);
  }
  return null;
}

function possessor(ctx: SlotContext, from: number, direction: -1 | 1): Group | null {
  const { sentence, groups } = ctx;
  if (direction < 0) {
    for (const g of [...groups].reverse()) {
      if (g.last >= from) continue;
      for (const t of sentence.tokens.slice(g.last + 1, from))
        if (!SKIPPABLE_BEFORE_NOUN.has(t.pos) && !POSSESSIVE.test(t.text)) return null;
      // "India's purchase", "the Russian visit", "US invasion": possessive, adjective, or a name used attributively.
      return from - g.last <= 5 &&
        (isPossessive(sentence, g) ||
          from - g.last === 1 ||
          g.mentions.some((m) => m.form === "adjective" || m.form === "person" || m.form === "coreference"))
        ? g
        : null;
    }
    return null;
  }
  const g = rightOf(ctx, from, 4, true);
  return g && isPossessive(sentence, g) ? g : null;
}

/** Codes of force (assault, fight, mass violence): whom they reach is where their object lies. */
const FORCE = /^(18|19|20)/;

/** Slots that name where something happens, the only ones a city can fill ("travelled to Jeddah"). */
const PLACE_SLOTS: ReadonlySet<Slot> = new Set(["to", "in", "at", "into", "next", "near"]);
/** Where force passes by, over a city or island as over its state ("fired a missile over Okinawa"). */
const PASSED_SLOTS: ReadonlySet<Slot> = new Set(["over", "toward", "towards", "through", "across"]);
const placeSlot = (slot: Slot, code: string) =>
  PLACE_SLOTS.has(slot) || (PASSED_SLOTS.has(slot) && FORCE.test(code));
const isCity = (g: Group) => g.mentions.every((m) => m.form === "city");

/** Prepositions that name whom an intended act is toward ("wants to work with Japan", "pledged aid for Peru"). */
const INTENDED_TOWARD = ["with", "to", "for", "against", "toward", "towards", "in", "from"] as const;

/** A slot read from the tree: undefined where the tree does not answer that kind of slot. */
function treeSlot(ctx: SlotContext, slot: Slot): Found | null | undefined {
  const tree = ctx.tree;
  if (!tree) return undefined;
  const head = ctx.trigger.head;
  const pos = ctx.sentence.tokens[head]?.pos;
  const verbal = pos === "VERB" || pos === "AUX";
  const tctx = { tree, groups: ctx.groups };
  switch (slot) {
    case "subject":
    case "clause-subject":
      return subjectOf(tctx, head);
    case "content":
      return verbal ? null : contentSubjectOf(tctx, head);
    case "warned-act":
      return verbal ? ownFutureActObjectOf(tctx, head) : null;
    case "object":
      return verbal
        ? (objectOf(tctx, head) ?? (FORCE.test(ctx.trigger.rule.code) ? objectPlaceOf(tctx, head) : null))
        : infinitiveObjectOf(tctx, head);
    case "judged":
      return judgedSlot(tctx, head);
    case "undergoer": {
      const words = ctx.trigger.rule.undergoneBy;
      return words && !verbal ? undergoerOf(tctx, head, words) : null;
    }
    case "possessor":
    case "possessor-left":
      return verbal ? undefined : possessorOf(tctx, head);
    // "expelled Ugandan diplomats", "rejected Peru's offer": whose the noun the trigger ends on (or the verb's object) is.
    case "possessor-right": {
      const last = ctx.trigger.last;
      const nouns =
        last !== head && ctx.sentence.tokens[last]?.pos === "NOUN"
          ? [last]
          : verbal
            ? childrenWith(tree, head, "obj")
            : [];
      const found = nouns
        .map((n) => possessorOf(tctx, n) ?? (verbal ? authorBesideObject(tctx, head, n) : null))
        .filter((f): f is Found => f !== null);
      const group = joinGroups(found.map((f) => f.group));
      // joinGroups gives a group only when something was found.
      const [first] = found;
      return group && first
        ? { group, relation: `${nouns[0] === last ? "trigger noun" : "obj"} → ${first.relation}` }
        : null;
    }
    // What an intent is toward is what the act it governs acts on ("ready to snap up Ugandan firms").
    case "right": {
      if (!ctx.trigger.rule.intent) return undefined;
      const acted = objectOf(tctx, head);
      if (acted) return acted;
      // The preposition's phrase under the intent, its infinitive, or that one's object ("a deal with X").
      const acts = [head, ...childrenWith(tree, head, "xcomp", "acl")];
      for (const p of INTENDED_TOWARD)
        for (const a of acts) {
          const found = prepositionOf(tctx, a, p);
          if (found) return found;
        }
      return null;
    }
    default:
      return isOneOf(PREPOSITION_SLOTS, slot) ? prepositionOf(tctx, head, slot) : undefined;
  }
}

/** A filler that is only a pronoun back to the excluded group: "Vietnam withdrew its troops" (its = Vietnam) is no counterpart. */
function isExcluded(g: Group, exclude: Group | null): boolean {
  if (!exclude) return false;
  if (g === exclude) return true;
  if (!g.mentions.every((m) => m.form === "coreference")) return false;
  const own = new Set(exclude.mentions.flatMap((m) => m.actors.map((a) => a.code)));
  const codes = g.mentions.flatMap((m) => m.actors.map((a) => a.code));
  return codes.length > 0 && codes.every((c) => own.has(c));
}

/** How a slot was filled, for --explain: a relation of the tree, or the word-order guess when the tree gave nothing. */
export type SlotHow =
  | { readonly by: "tree"; readonly relation: string }
  /** `slot`: the word-order slot read (a passive reads "subject" as "by"); `tree`: what the tree had said. */
  | {
      readonly by: "word-order";
      readonly slot: Slot;
      readonly passive: boolean;
      readonly tree: Tried["tree"];
    };

export interface Filled {
  readonly group: Group;
  /** The rule's slot that found it. */
  readonly slot: Slot;
  readonly how: SlotHow;
}

/** What a slot gave when tried in turn, for --explain of a participant not found. */
export interface Tried {
  readonly slot: Slot;
  /**
   * "none": the tree does not answer this slot; "empty": it answers, with no actor; "excluded": only the
   * other participant; "non-actor": it names someone or something that is no actor, so no guess follows.
   */
  readonly tree: "none" | "empty" | "excluded" | "non-actor";
  /** Whether the word-order guess was tried after it. */
  readonly wordOrder: boolean;
}

export interface SlotResult {
  readonly filled: Filled | null;
  readonly tried: readonly Tried[];
}

/**
 * Whether the tree answered a subject, object or object's possessor with a noun that names no actor
 * ("the papers accuse…", "rejected the proposal and Germany's parties…"): then no word-order guess follows.
 */
function nonActorAnswer(all: SlotContext, groups: readonly Group[], slot: Slot): boolean {
  if (!all.tree) return false;
  const ctx = { tree: all.tree, groups };
  if (slot === "subject") return nonActorSubject(ctx, all.trigger.head) !== null;
  if ((slot === "object" || slot === "possessor-right") && !all.passive)
    return nonActorObject(ctx, all.trigger.head) !== null;
  return false;
}

/** The first group found by the slots, tried in order, with how it was found. */
export function fillSlot(all: SlotContext, slots: readonly Slot[], exclude: Group | null): SlotResult {
  const tried: Tried[] = [];
  const actorsOnly: SlotContext = { ...all, groups: all.groups.filter((g) => !isCity(g)) };
  for (const original of slots) {
    const places = placeSlot(original, all.trigger.rule.code);
    const fromTree = treeSlot(places ? all : actorsOnly, original);
    if (fromTree && !isExcluded(fromTree.group, exclude))
      return {
        filled: { group: fromTree.group, slot: original, how: { by: "tree", relation: fromTree.relation } },
        tried,
      };
    const treeGave = fromTree === undefined ? "none" : fromTree ? "excluded" : "empty";
    if (fromTree === null && nonActorAnswer(all, actorsOnly.groups, original)) {
      tried.push({ slot: original, tree: "non-actor", wordOrder: false });
      continue;
    }
    // An intent to do what no rule codes, acting on no actor in the tree, is toward no one: an actor further
    // right belongs to another phrase ("ready to dig deep into EU taxpayers' pockets"). Where the act is
    // a coded one ("ready to export"), word order may still find its counterpart in a broken parse.
    const intentOnly = original === "right" && all.trigger.rule.intent && all.governsAct !== true;
    if (fromTree !== undefined && (all.trigger.rule.treeOnly || intentOnly)) {
      tried.push({ slot: original, tree: treeGave, wordOrder: false });
      continue;
    }
    tried.push({ slot: original, tree: treeGave, wordOrder: true });
    let slot: Slot = original;
    if (all.passive && slot === "subject") slot = "by";
    else if (all.passive && slot === "object") slot = "subject";
    const ctx = placeSlot(slot, all.trigger.rule.code) ? all : actorsOnly;
    const { trigger, groups, sentence } = ctx;
    let g: Group | null;
    switch (slot) {
      case "subject":
        g = subject(ctx);
        break;
      case "clause-subject":
        g = groups.find((x) => x.first < trigger.first && subjectLike(sentence, x)) ?? null;
        break;
      // From the head: "granted Russia access", "endorsed Pakistan's bid" put the object inside the pattern.
      case "object":
        g = rightOf(ctx, trigger.head + 1, 6, true);
        break;
      // "is due in a US court": after "a", a state's name describes a noun rather than naming a place.
      case "next":
        g = rightOf(ctx, trigger.last + 1, 3, false);
        if (g && /^an?$/i.test(sentence.tokens[g.first - 1]?.text ?? "")) g = null;
        break;
      case "right":
        g = rightOf(ctx, trigger.head + 1, 15, false);
        break;
      case "any-left":
        g = [...groups].reverse().find((x) => x.last < trigger.first) ?? null;
        break;
      case "possessor":
        g = possessor(ctx, trigger.first, -1);
        break;
      case "possessor-left":
        g =
          possessor(ctx, trigger.first, -1) ??
          [...groups]
            .reverse()
            .find(
              (x) => x.last < trigger.first && trigger.first - x.last <= 6 && isPossessive(sentence, x),
            ) ??
          null;
        break;
      case "possessor-right":
        g = possessor(ctx, trigger.last + 1, 1);
        break;
      case "inherit":
        g = ctx.inherited;
        break;
      // Not in the sentence's shape: the caller looks back through the text (code-sentence).
      // `judged`, `content` and `warned-act` are read from the tree only.
      case "judged":
      case "content":
      case "warned-act":
      case "undergoer":
      case "recent":
        g = null;
        break;
      case "fallback": {
        const others = groups.filter(
          (x) => x !== exclude && (x.last < trigger.first || x.first > trigger.last),
        );
        others.sort((a, b) => Math.abs(a.first - trigger.first) - Math.abs(b.first - trigger.first));
        g = others[0] ?? null;
        break;
      }
      default:
        g = preposition(ctx, slot);
    }
    if (
      g &&
      g !== exclude &&
      !(all.tree && exclude && slot !== "inherit" && modifiesGroup(all.tree, exclude, g, all.trigger.head))
    )
      return {
        filled: {
          group: g,
          slot: original,
          how: { by: "word-order", slot, passive: all.passive, tree: treeGave },
        },
        tried,
      };
  }
  return { filled: null, tried };
}

/** Relations by which a phrase describes its noun rather than adding a participant. */
// A bare participle ("acl") is left out: the greedy parse often hangs the main verb so.
const MODIFYING = new Set(["nmod", "acl:relcl", "appos"]);

/**
 * Whether `g` lies in a modifier of the phrase that named the other participant ("promised by leaders in
 * Lisbon"): the phrase says where or what that participant is.
 */
function modifiesGroup(tree: Tree, other: Group, g: Group, trigger: number): boolean {
  let head = other.last;
  for (let i = other.first; i <= other.last; i++) {
    const h = tree.sentence.tokens[i]?.head ?? -1;
    if (h < other.first || h > other.last) {
      head = i;
      break;
    }
  }
  return childrenWith(tree, head, ...MODIFYING).some((c) => {
    const words = subtree(tree, c);
    // A clause that holds the trigger is the act's own, however the parser hung it.
    return words.includes(g.first) && words.includes(g.last) && !words.includes(trigger);
  });
}

/** "was isolated by", "hosted by Pakistan Navy": the grammatical subject is acted upon. */
export function isPassive(sentence: Sentence, trigger: Trigger): boolean {
  const head = sentence.tokens[trigger.head];
  if (!head || head.pos !== "VERB" || !/(ed|en|wn|ht|id)$/.test(head.text)) return false;
  // "hosted by Pakistan", but not "welcomed the decision by India": "by" must follow the verb itself.
  if (
    sentence.tokens[trigger.last + 1]?.text.toLowerCase() === "by" &&
    sentence.tokens[trigger.last]?.pos === "VERB"
  )
    return true;
  // The three words before the head, nearest first.
  for (const t of sentence.tokens.slice(Math.max(0, trigger.head - 3), trigger.head).reverse()) {
    if (t.lemma === "be" || t.lemma === "get") return true;
    if (t.pos !== "ADV") break;
  }
  return false;
}
