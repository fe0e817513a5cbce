/** Codes the events of one sentence: triggers, participants, date, modality, sector and amount. */
import type { Act, ActorRef, EventRecord, Mention, Sentence } from "../domain/types.js";
import { agentOf } from "../domain/agents.js";
import { cameo, quadOf } from "../domain/cameo.js";
import type { AmountMention } from "../language/amounts.js";
import type { DateMention } from "../language/dates.js";
import { actsOf, antecedentOf, eventObject, judgedEventNoun, latestFirst } from "./event-anaphora.js";
import type { EventNouns } from "./event-nouns.js";
import { findTriggers, type Trigger } from "./find-triggers.js";
import type { LexiconRule, RuleOrigin, Slot } from "./lexicon.js";
import { modalityOf, type ModalityCues } from "./modality.js";
import { fillSlot, groupMentions, isPassive, type Filled, type Group, type Tried } from "./participants.js";
import { sectorOf } from "./sector.js";
import { attachedDate, attachedValue } from "./date-attachment.js";
import { storyDate } from "./story-date.js";
import { askedBy, cancelledBy, misfit, preventedBy, type Misfit } from "./verb-shape.js";
import { childrenWith, dependents, treeOf, type Tree } from "./tree.js";
import type { VerbDictionary } from "./verb-dictionary.js";
import { findVerbCandidates, type DroppedVerb } from "./verb-triggers.js";
import type { NominalDictionary } from "./nominal-dictionary.js";
import { findNounCandidates } from "./noun-triggers.js";
import { demandedBy, findDemands } from "./demands.js";
import { findJudgements, type JudgementCues } from "./judgements.js";

export interface SentenceInput {
  /** The whole cleaned article text: offsets point into it. */
  readonly text: string;
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  readonly voices: readonly number[];
  /** Dates in the sentence, offsets into the article text. */
  readonly dates: readonly DateMention[];
  /** A date the sentence inherits ("then", "three months later"). */
  readonly inheritedDate: string | null;
  /** The date of acts told as the news: the publication day, or null where the sentence narrates another time. */
  readonly storyDay?: string | null;
  readonly amounts: readonly AmountMention[];
  /**
   * null: not quoted; a speaker: quoted from an office holder (`start`/`end`: the quotation, in the text);
   * "commentator": quoted from an analyst.
   */
  readonly quote:
    | null
    | { readonly kind: "speaker"; readonly actor: ActorRef; readonly start: number; readonly end: number }
    | { readonly kind: "commentator" };
  /**
   * Targets earlier in the paragraph, by "rule|source": "Benazir Bhutto authorized operations against
   * Afghanistan. … Zulfikar Ali Bhutto authorized a covert operation" — the second acts on the same target.
   */
  readonly implied?: ReadonlyMap<string, ActorRef>;
  /** States named before the sentence (the previous two sentences), latest first, for the `recent` slot. */
  readonly recent?: readonly ActorRef[];
  /** Acts told in the previous sentences, for an event noun to name ("condemned the launch"). */
  readonly earlierActs?: readonly Act[];
}

/** Key of `SentenceInput.implied`. */
export const impliedKey = (ruleId: string, source: string) => `${ruleId}|${source}`;

/** Why a candidate gave no event, as data; --explain words it. */
export type SkipWhy =
  | { readonly kind: "commentator" }
  | { readonly kind: "no-source"; readonly tried: readonly Tried[] }
  | { readonly kind: "no-counterpart"; readonly source: Filled; readonly tried: readonly Tried[] }
  | { readonly kind: "blocked" }
  /** A statement given to a news outlet ("told the BBC"): the outlet is how it reaches the public. */
  | { readonly kind: "outlet"; readonly outlet: string }
  /** By the trigger at token `by`: an intent rule over it, or the verb that governs it or that it governs. */
  | { readonly kind: "absorbed"; readonly by: number; readonly byWords: string }
  | Misfit;

/** Why a trigger gave no event, for --explain. */
export interface Skipped {
  readonly rule: string;
  readonly trigger: string;
  /** Token index of the trigger's head. */
  readonly head: number;
  /** A short reason; `why` has the detail. */
  readonly reason: string;
  readonly why: SkipWhy;
  readonly origin?: RuleOrigin | undefined;
}

/** Where a counterpart came from when no slot of the sentence gave it. */
export type Counterpart = "slot" | "joint" | "implied" | "recent" | "earlier-act";

/** How a trigger was coded, for --explain: its rule, the participants' slots and the events it gave. */
export interface Coded {
  readonly rule: string;
  readonly trigger: string;
  readonly head: number;
  readonly origin?: RuleOrigin | undefined;
  readonly source: Filled | null;
  readonly target: Filled | null;
  readonly counterpart: Counterpart;
  /** The act the trigger's event noun names, whose doer is the target ("earlier-act"). */
  readonly antecedent?: Act | undefined;
  /** Indices into `events` of the records it produced (none when all were duplicates). */
  readonly events: readonly number[];
}

export interface SentenceEvents {
  readonly events: EventRecord[];
  readonly skipped: Skipped[];
  readonly coded: Coded[];
  /** The acts the sentence tells, for a later event noun to name. */
  readonly acts: Act[];
}

const WINDOW = 14;

/** Reactions, whose event noun can name an earlier act: praise (05), demand (10), disapprove (11), reject (12), threaten (13), protest (14). */
const REACTIONS = new Set(["05", "10", "11", "12", "13", "14"]);
/** Words, not deeds: what "the move" cannot mean. */
const VERBAL = new Set(["01", "02", "03", "04", "05", "10", "11", "12", "13"]);

function actorsOf(g: Group): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const m of g.mentions) for (const a of m.actors) if (!seen.has(a.code)) seen.set(a.code, a);
  return [...seen.values()];
}

/** Each source actor paired with the counterpart the text implies for it, where there is one other than itself. */
function withCounterpart(
  source: Group,
  counterpart: (s: ActorRef) => ActorRef | undefined,
): [ActorRef, ActorRef][] {
  return actorsOf(source).flatMap((s) => {
    const t = counterpart(s);
    return t && t.code !== s.code ? [[s, t] as [ActorRef, ActorRef]] : [];
  });
}

const MULTILATERAL =
  /^(?:trilateral|quadrilateral|tripartite|multilateral|three-way|four-way|three-nation|four-nation)$/i;

/** Words that make what several states intend something they would do with each other. */
const TOGETHER =
  /^(?:together|jointly|mutual(?:ly)?|bilateral|ties|relations|partnership|alliance|pact|co-?operat(?:e|ion|ing)|collaborat(?:e|ion|ing))$/i;

/** "shown a willingness to establish an alliance", "vowed to deepen ties": the intent is toward each other. */
function intentTogether(sentence: Sentence, trigger: Trigger): boolean {
  const end = nextClause(sentence, trigger.last);
  const after = sentence.tokens.filter((t) => t.index > trigger.last && t.end <= end);
  return after.some(
    (t, k) =>
      TOGETHER.test(t.text) ||
      MULTILATERAL.test(t.text) ||
      (/^(?:each|one)$/i.test(t.text) && /^(?:other|another)$/i.test(after[k + 1]?.text ?? "")),
  );
}

function pairs(
  rule: LexiconRule,
  source: Group | null,
  target: Group | null,
  multilateral: boolean,
  between: boolean,
  together: boolean,
  withEachOther = false,
): [ActorRef, ActorRef][] {
  const src = source ? actorsOf(source) : [];
  const tgt = target ? actorsOf(target) : [];
  const out: [ActorRef, ActorRef][] = [];
  // "Russia, Pakistan and China have shown a willingness…": with no counterpart, a joint act among the subjects.
  // "India and the US started a trilateral dialogue with Afghanistan": everyone meets everyone.
  // "a meeting between Sisi and Abiy": the pair after "between" met each other, whoever the clause's subject
  // ("Norway sought to end the war between Sri Lanka and the Tigers": Norway is no party to it).
  if (rule.symmetric && tgt.length >= 2 && target && between)
    return pairs(rule, target, null, multilateral, false, together);
  // "Britain, France and Mexico vowed to investigate": one intent each, toward no one named.
  if ((rule.symmetric || (rule.intent && together) || withEachOther) && (tgt.length === 0 || multilateral)) {
    const all = [...src, ...tgt.filter((t) => !src.some((s) => s.code === t.code))];
    for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) out.push([a, b]);
    return out;
  }
  for (const s of src) for (const t of tgt) if (s.code !== t.code) out.push([s, t]);
  return out;
}

const OFFICE =
  /\b(?:minister|president|premier|chancellor|secretary|spokes\w*|ambassador|envoy|leader|king|emir|prince)\b/i;

/** One person: a named official, an office ("the Greek foreign minister") or "he"/"she" standing for one. */
function isIndividual(g: Group): boolean {
  const m = g.mentions.length === 1 ? g.mentions[0] : undefined;
  if (!m) return false;
  return (
    m.form === "person" ||
    (m.form === "title" && OFFICE.test(m.text)) ||
    (m.form === "coreference" && /^(?:he|she)$/i.test(m.text))
  );
}

/** Where the next coordinated clause (", and …", "; …") after token `from` starts, as a text offset. */
function nextClause(sentence: Sentence, from: number): number {
  const t = sentence.tokens;
  for (const [i, word] of t.entries()) {
    const following = t[i + 1];
    // Only a word after `from` with another after it.
    if (i <= from || !following) continue;
    if (
      word.text === ";" ||
      (word.text === "," && ["and", "but", "while"].includes(following.text.toLowerCase()))
    )
      return word.start;
  }
  return sentence.end;
}

/**
 * Dates that say when something else was: "the first since 2006", and "a 2001 security accord"
 * dates the accord, unless that phrase is the trigger's own.
 */
function notThisAct(sentence: Sentence, date: { start: number; end: number }, trigger: Trigger): boolean {
  const at = sentence.tokens.findIndex((t) => t.start >= date.start);
  const dateToken = sentence.tokens[at];
  if (!dateToken) return false;
  const before = sentence.tokens[at - 1]?.text.toLowerCase() ?? "";
  // "the first … to visit Tehran since 2006", "have not met since 2019": the date of an earlier occasion.
  // ("have been holding the drills since 2016" is when they began, and dates them.)
  if (before === "since")
    return sentence.tokens.slice(0, at).some((t) => /^(first|not|never|no|n't|n’t)$/i.test(t.text));
  const dateEnd = sentence.tokens.findIndex((t) => t.end >= date.end);
  const after = sentence.tokens[dateEnd + 1];
  const attributive =
    /^\d{4}$/.test(dateToken.text) &&
    ["a", "an", "the", "its", "their", "his", "her"].includes(before) &&
    (after?.pos === "NOUN" || after?.pos === "ADJ" || after?.pos === "PROPN");
  // Before the trigger ("the 2018 summit") or right after it ("boycotted the 1980 Olympics"), the phrase is the act's own.
  return (
    attributive &&
    !(dateEnd < trigger.first && trigger.first - dateEnd <= 3) &&
    !(at > trigger.last && at - trigger.last <= 3)
  );
}

function nearest<T extends { start: number; end: number }>(items: readonly T[], at: number): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = item.end <= at ? at - item.end : Math.max(0, item.start - at);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Relative clauses between commas (", who … ,", ", which … ,"), as text offsets. */
function asides(sentence: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const t = sentence.tokens;
  for (const [i, word] of t.entries()) {
    const following = t[i + 1];
    if (!following || word.text !== "," || !["who", "which", "whose"].includes(following.text.toLowerCase()))
      continue;
    // Without a closing comma the clause runs to the end of the sentence.
    const closing = t.find((x, k) => k > i + 1 && x.text === ",");
    out.push({ start: word.start, end: closing ? closing.end : sentence.end });
  }
  return out;
}

/**
 * "received less than France", "spends more than the United States": the standard of a comparison takes
 * no part in the act, in any slot.
 */
function comparedWith(sentence: Sentence, m: Mention): boolean {
  // Past up to two determiners or adjectives: "than other EU members", "than the US".
  let k = m.first - 1;
  for (let skipped = 0; skipped < 2 && ["DET", "ADJ"].includes(sentence.tokens[k]?.pos ?? ""); skipped++) k--;
  return sentence.tokens[k]?.text.toLowerCase() === "than";
}

/**
 * A promise or wish to harm is a threat (CAMEO 13), not an intent to cooperate (03): "vowed to strike" is
 * threatening force (138), "vowed to cut ties" threatening to break relations (1313), in CAMEO's own
 * parallel of the acts and the threats of them. Code prefixes, the more specific first.
 */
const THREATS: readonly (readonly [string, string])[] = [
  ["15", "138"],
  ["18", "138"],
  ["19", "138"],
  ["20", "138"],
  ["161", "1313"],
  ["162", "1311"],
  ["163", "1312"],
  ["16", "131"],
  ["172", "132"],
  ["175", "137"],
  ["17", "130"],
];

/** The threat of the first governed act that does harm; null where none does. */
function threatOf(governed: readonly string[]): string | null {
  for (const code of governed) {
    const threat = THREATS.find(([act]) => code.startsWith(act));
    if (threat) return threat[1];
  }
  return null;
}

/** Relations by which an intent governs its act: an infinitive, an object, a clause. */
const INTENDED = new Set(["xcomp", "obj", "advcl", "acl"]);

/**
 * Whether `act` is what the intent governs: its infinitive ("vowed to strike", "ready to impose", and a
 * verb joined to that one) or its object ("vowed retaliation"), hung on the intent's head or a word of its
 * pattern ("expressed readiness to"); without a parse, an infinitive right after it.
 */
function intends(sentence: Sentence, parsed: boolean, intent: Trigger, act: Trigger): boolean {
  const tokens = sentence.tokens;
  if (!parsed) return tokens[act.first - 1]?.text.toLowerCase() === "to" && act.first - intent.last <= 2;
  let t = tokens[act.head];
  if (t?.rel === "conj") t = tokens[t.head];
  return t !== undefined && INTENDED.has(t.rel) && t.head >= intent.first && t.head <= intent.last;
}

/** The short reason a rule's verb does not fit its shape here; `whyNot` (cli/explain.ts) gives the detail. */
function misfitReason(why: Misfit): string {
  switch (why.kind) {
    case "clausal":
      return "a verb that governs a clause: a directive, not the rule's sense";
    case "auxiliary":
      return "an auxiliary 'have', not the rule's verb";
    case "modifier":
      return `a noun modifying "${why.noun}": a kind of thing, not an act`;
    case "reception":
      return "a passive with no 'by': how a thing was received, no meeting";
    case "transitive":
      return "a verb of motion with an object: it moves a thing, no one travels";
    case "thing":
      return `"${why.noun}" is a thing, not people: an act only people do`;
    case "indicative":
      return "its clause tells what is, not what should be: an assertion, not a demand";
  }
}

/**
 * The parties an intended act names after "between" ("offered to mediate between Russia and Ukraine"): the
 * intent has no such slot of its own, and the act it absorbed would have read them.
 */
function governedBetween(
  intent: Trigger,
  absorbed: readonly [Trigger, Trigger][],
  dropped: readonly DroppedVerb[],
  own: readonly Slot[],
): Slot[] {
  if (!intent.rule.intent) return [];
  // A verb-dictionary rule's own slots are defaults for any verb; only its pattern's prepositions are its own.
  const named = (origin: RuleOrigin | undefined, slots: readonly string[]) =>
    origin?.kind === "verb" ? (origin.pattern?.preps ?? []).map((p) => p.prep) : slots;
  const fromRules = absorbed.flatMap(([t, i]) => (i === intent ? named(t.rule.origin, t.rule.target) : []));
  const fromVerbs = dropped.flatMap((d) =>
    d.why.kind === "absorbed" && d.why.by >= intent.first && d.why.by <= intent.last
      ? named(d.origin, [])
      : [],
  );
  // Only "between" names the act's parties whatever the act; "dig into", "resolve at" name what or where.
  return [...fromRules, ...fromVerbs].includes("between") && !own.includes("between") ? ["between"] : [];
}

/** Intent rules ("promised", "expressed readiness to") absorb the trigger they govern. */
function absorbGoverned(
  triggers: readonly Trigger[],
  sentence: Sentence,
): { kept: Trigger[]; absorbed: [Trigger, Trigger][] } {
  const by = (t: Trigger) =>
    triggers.find(
      (i) =>
        i.rule.intent &&
        i !== t &&
        t.first > i.last &&
        t.first - i.last <= WINDOW &&
        !sentence.tokens
          .slice(i.last + 1, t.first)
          .some((x) =>
            [
              "that",
              ";",
              "but",
              "which",
              "while",
              "whereas",
              "since",
              "because",
              "although",
              "though",
            ].includes(x.text.toLowerCase()),
          ),
    );
  const kept: Trigger[] = [];
  const absorbed: [Trigger, Trigger][] = [];
  for (const t of triggers) {
    const i = by(t);
    if (i) absorbed.push([t, i]);
    else kept.push(t);
  }
  return { kept, absorbed };
}

const wordsOf = (sentence: Sentence, first: number, last: number) =>
  sentence.tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(" ");

/** Prepositions that place a use of force past or beside a state rather than on it. */
const PAST_OR_BESIDE: ReadonlySet<string> = new Set([
  "over",
  "near",
  "toward",
  "towards",
  "through",
  "across",
]);

/**
 * "Fired a missile over Japan", "through its airspace", "flew bombers near Korea": force aimed past or beside a state, whose only
 * counterpart is that preposition's, is a show of force (150), not an attack on it (18–20: "fired at", "struck").
 */
function forceOverOrNear(code: string, target: Filled | null): string {
  return /^(18|19|20)/.test(code) && target !== null && PAST_OR_BESIDE.has(target.slot) ? "150" : code;
}

/** Verbs of leaving, which told of a state and an international body end its membership. */
const LEAVING: ReadonlySet<string> = new Set(["leave", "quit", "exit", "withdraw"]);

/**
 * "Qatar left OPEC", "withdrew from UNESCO": leaving an international body reduces relations with it (160); it is
 * no journey from it (04) and, with no troops or staff as its object ("withdrew its troops from the UN force"),
 * no pulling back of forces (087).
 */
function leavingABody(code: string, tree: Tree | null, head: number, target: Filled | null): string {
  const verb = tree?.sentence.tokens[head];
  if (!tree || !verb || !target || !LEAVING.has(verb.lemma)) return code;
  const { group } = target;
  if (!group.mentions.every((m) => m.actors.length > 0 && m.actors.every((a) => a.scope === "igo")))
    return code;
  const outside = childrenWith(tree, head, "obj").some((o) => o < group.first || o > group.last);
  return outside ? code : "160";
}

/** The day of an act a reaction names; a year or a month only is too long ago to date the reaction by. */
const actDay = (act: Act | undefined): string | null =>
  act?.date && /^\d{4}-\d{2}-\d{2}$/.test(act.date) ? act.date : null;

/** The compiled resources coding reads (the Extractor holds them); the optional ones switch their layer off when absent. */
export interface CodingResources {
  readonly rules: readonly LexiconRule[];
  readonly cues: ModalityCues;
  readonly verbs?: VerbDictionary;
  readonly nominals?: NominalDictionary;
  readonly nouns?: EventNouns;
  readonly judgements?: JudgementCues;
  readonly reciprocal?: ReadonlySet<string>;
}

/** The object of "what it calls …", whose label follows the verb. */
const WHAT = /^what(?:ever)?$/i;

/** Verbs of blame that, like speech, make an attack one of words ("attacked Peru, accusing it of…"). */
const BLAMING: ReadonlySet<string> = new Set(["accuse", "blame"]);

/**
 * Whether a verb is done by speaking, told by a clause of speech on it ("attacked British imperialists, saying
 * they treated Africans like savages", "hit out at Peru, calling its plan reckless").
 */
function saidWhile(tree: Tree | null, verb: number, cues: JudgementCues | undefined): boolean {
  if (!tree || !cues) return false;
  return dependents(tree, verb).some((d) => {
    const lemma = d.lemma.toLowerCase();
    return (
      d.rel === "advcl" &&
      d.pos === "VERB" &&
      /ing$/i.test(d.text) &&
      (cues.speech.has(lemma) || cues.naming.has(lemma) || BLAMING.has(lemma))
    );
  });
}

/** Codes every event of the sentence; pure. */
export function codeSentence(input: SentenceInput, x: CodingResources): SentenceEvents {
  const { rules, cues, verbs, nominals, nouns, judgements, reciprocal } = x;
  const { sentence } = input;
  // Every source is a mention of this sentence (a slot's group, or one inherited from an earlier
  // trigger of it), so a sentence that names no actor cannot hold an event: skip the trigger scan.
  if (input.mentions.length === 0) return { events: [], skipped: [], coded: [], acts: [] };
  const events: EventRecord[] = [];
  const skipped: Skipped[] = [];
  const coded: Coded[] = [];
  const groups = groupMentions(
    sentence,
    input.mentions.filter((m) => !comparedWith(sentence, m)),
  );
  const tree = sentence.parsed ? treeOf(sentence) : null;
  const named = (i: number) => input.mentions.some((m) => m.first <= i && i <= m.last);
  const shaped = findTriggers(sentence, rules).map((t) => [t, misfit(t, tree, named)] as const);
  const hand = shaped.filter(([, why]) => why === undefined).map(([t]) => t);
  // "his words met a cool reception", "insisted that Turkey had made advances": a sense the shape rules out
  // leaves the verb to no other rule.
  const ruledOut = shaped
    .filter(([, why]) => why?.kind === "thing" || why?.kind === "indicative")
    .map(([t]) => t);
  const verbal =
    tree && verbs
      ? findVerbCandidates(sentence, tree, verbs, [...hand, ...ruledOut], cues.planned, cues.cancellation)
      : { triggers: [], dropped: [] };
  const nominal =
    tree && nominals
      ? findNounCandidates(sentence, tree, nominals, hand, verbal.triggers)
      : { triggers: [], dropped: [], absorbedVerbs: [] };
  // A clause that obliges its subject ("said Y must stop its reckless tests") is a demand, not a criticism.
  const demanded = tree && judgements ? findDemands(sentence, tree, judgements) : [];
  const judged = (tree && judgements ? findJudgements(sentence, tree, judgements) : []).filter(
    (j) => !demanded.some((d) => d.head === j.head),
  );
  // A naming verb that gives its object a label ("called Peru old", "calling Kim 'short'") is not its
  // dictionary sense too ("called Peru": phoned it); the label may still be a judgement.
  const labels = (head: number) =>
    tree !== null &&
    judgements?.naming.has(sentence.tokens[head]?.lemma.toLowerCase() ?? "") === true &&
    (judged.some((j) => j.head === head) ||
      // "what it calls peaceful pressure": "what" parsed as the object or as what the clause hangs on.
      (sentence.tokens[head]?.rel.startsWith("acl") === true &&
        WHAT.test(sentence.tokens[sentence.tokens[head].head]?.text ?? "")) ||
      dependents(tree, head).some(
        (d) =>
          (d.rel === "obj" && WHAT.test(d.text)) ||
          (d.rel === "xcomp" && d.pos !== "VERB" && d.pos !== "AUX") ||
          // "considers the territory to be disputed": a predicate with its own "be" is a label, whatever its head.
          (d.rel === "xcomp" && dependents(tree, d.index).some((b) => b.lemma === "be")) ||
          // "branded Peru's decision historic" parsed with the label as the object: wink still reads an adjective.
          (d.rel === "obj" && d.pos === "ADJ"),
      ));
  const verbTriggers = verbal.triggers.filter(
    (v) => !nominal.absorbedVerbs.some((a) => a.trigger === v) && !labels(v.head),
  );
  const { kept: triggers, absorbed } = absorbGoverned(
    [...hand, ...verbTriggers, ...nominal.triggers, ...judged, ...demanded].sort((a, b) => a.first - b.first),
    sentence,
  );
  // What an appeal or a demand asks another to do is not done: coded, but as hypothetical.
  // So is what a demand obliges another to do ("said Y must withdraw"), and what a verb of prevention keeps its object from ("barred Iran from testing").
  const asked = new Set(
    triggers.filter(
      (t) =>
        askedBy(t, triggers, tree, input.mentions) ||
        demandedBy(t, demanded, tree) !== undefined ||
        preventedBy(t, tree, cues.prevention) !== undefined,
    ),
  );
  for (const [t, why] of shaped) {
    if (!why) continue;
    skipped.push({
      rule: t.rule.id,
      trigger: wordsOf(sentence, t.first, t.last),
      head: t.head,
      reason: misfitReason(why),
      why,
      origin: t.rule.origin,
    });
  }
  for (const a of nominal.absorbedVerbs) {
    const byWords = sentence.tokens[a.by]?.text;
    if (byWords === undefined) continue; // not reached: `by` is a token of this sentence
    skipped.push({
      rule: a.trigger.rule.id,
      trigger: wordsOf(sentence, a.trigger.first, a.trigger.last),
      head: a.trigger.head,
      reason: "absorbed by the event noun it governs",
      why: { kind: "absorbed", by: a.by, byWords },
      origin: a.trigger.rule.origin,
    });
  }
  for (const d of [...verbal.dropped, ...nominal.dropped]) {
    const word = sentence.tokens[d.at]?.text;
    const byWords = d.why.kind === "absorbed" ? sentence.tokens[d.why.by]?.text : "";
    // Not reached: both are indices into this sentence's tokens.
    if (word === undefined || byWords === undefined) continue;
    const why: SkipWhy = d.why.kind === "blocked" ? d.why : { kind: "absorbed", by: d.why.by, byWords };
    skipped.push({
      rule: d.rule,
      trigger: word,
      head: d.at,
      reason:
        why.kind === "blocked"
          ? "blocked by a verb-dictionary pattern"
          : "absorbed by the governing or governed verb",
      why,
      origin: d.origin,
    });
  }
  for (const [t, i] of absorbed) {
    skipped.push({
      rule: t.rule.id,
      trigger: wordsOf(sentence, t.first, t.last),
      head: t.head,
      reason: "absorbed by a governing intent rule",
      why: { kind: "absorbed", by: i.head, byWords: wordsOf(sentence, i.first, i.last) },
      origin: t.rule.origin,
    });
  }
  let inherited: Group | null = null;
  const tctx = tree ? { tree, groups } : null;
  const acts: Act[] = tctx && nouns ? actsOf(tctx, nouns, sentence.index) : [];
  const clauses = asides(sentence);
  for (const trigger of triggers) {
    const rule = trigger.rule;
    const words = wordsOf(sentence, trigger.first, trigger.last);
    const skip = (reason: string, why: SkipWhy) =>
      skipped.push({ rule: rule.id, trigger: words, head: trigger.head, reason, why, origin: rule.origin });
    if (input.quote?.kind === "commentator") {
      skip("quoted from a commentator, not an actor", { kind: "commentator" });
      continue;
    }
    // The codes of the acts this trigger (an intent: only intents absorb) governs itself: "vowed a response to
    // Pyongyang's test" threatens no test.
    const governed = absorbed.flatMap(([t, i]) =>
      i === trigger && intends(sentence, tree !== null, i, t) ? [t.rule.code] : [],
    );
    // With the dictionary verb that is the intent's infinitive ("vowed to destroy"), dropped before coding:
    // it says what is intended, not where the target is.
    const intended = rule.intent
      ? [
          ...governed,
          ...verbal.dropped.flatMap((d) =>
            d.why.kind === "absorbed" && d.why.by >= trigger.first && d.why.by <= trigger.last
              ? [d.why.code]
              : [],
          ),
        ]
      : governed;
    const ctx = {
      sentence,
      groups,
      trigger,
      passive: isPassive(sentence, trigger),
      inherited,
      tree,
      governsAct: governed.length > 0,
    };
    const sourceSlot = fillSlot(ctx, rule.source, null);
    const source = sourceSlot.filled?.group ?? null;
    const states = source ? actorsOf(source).filter((a) => a.scope === "state") : [];
    const headToken = sentence.tokens[trigger.head];
    if (headToken && states.length && !acts.some((a) => a.token === trigger.head))
      acts.push({
        sentence: sentence.index,
        token: trigger.head,
        lemma: headToken.lemma.toLowerCase(),
        doers: states,
        deed: !VERBAL.has(rule.code.slice(0, 2)),
      });
    // "South Korea, Japan and the United States held a joint drill, days after Pyongyang fired…": a joint act of several needs no one else.
    const joint = rule.symmetric && source !== null && actorsOf(source).length >= 2;
    const targetSlots = [...rule.target, ...governedBetween(trigger, absorbed, verbal.dropped, rule.target)];
    const targetSlot = fillSlot(
      ctx,
      joint ? targetSlots.filter((s) => s !== "fallback") : targetSlots,
      source,
    );
    const target = targetSlot.filled?.group ?? null;
    let counterpart: Counterpart = target ? "slot" : "joint";
    const multilateral =
      rule.multilateral ||
      sentence.tokens.slice(trigger.first, trigger.last + 1).some((t) => MULTILATERAL.test(t.text));
    const between =
      target !== null &&
      sentence.tokens
        .slice(Math.max(0, target.first - 3), target.first)
        .some((t) => t.text.toLowerCase() === "between");
    // "revive talks in the conflict between government forces and the Tigers": with one party after "between"
    // unnamed, the clause's subject is still no party.
    const partyUnnamed =
      rule.symmetric &&
      target !== null &&
      targetSlot.filled?.slot === "between" &&
      actorsOf(target).length < 2;
    const together = rule.intent && intentTogether(sentence, trigger);
    // "Kenya and Uganda discussed the dispute": with no counterpart, an act done with each other is between the subjects.
    const withEachOther =
      !rule.symmetric &&
      target === null &&
      source !== null &&
      /^0[4-6]/.test(rule.code) &&
      (reciprocal?.has(headToken?.lemma.toLowerCase() ?? "") ?? false) &&
      new Set(actorsOf(source).map((a) => a.code)).size >= 2;
    let found = partyUnnamed
      ? []
      : pairs(rule, source, target, multilateral, between, together, withEachOther);
    // "Japan condemned the launch": the doer of the latest launch told, in this sentence or the three before.
    let antecedent: Act | undefined;
    if (
      found.length === 0 &&
      source &&
      !target &&
      tctx &&
      nouns &&
      REACTIONS.has(rule.code.slice(0, 2)) &&
      !rule.symmetric &&
      !rule.intent
    ) {
      const noun = rule.target.includes("judged")
        ? judgedEventNoun(tctx, trigger.head, nouns)
        : eventObject(tctx, trigger.head, nouns);
      const nounToken = noun === null ? undefined : sentence.tokens[noun];
      const before = [...acts.filter((a) => a.token < trigger.first), ...(input.earlierActs ?? [])];
      antecedent = nounToken
        ? (antecedentOf(nounToken.lemma.toLowerCase(), latestFirst(before), nouns) ?? undefined)
        : undefined;
      if (antecedent) {
        const doers = antecedent.doers;
        found = withCounterpart(source, (s) => doers.find((d) => d.code !== s.code));
        counterpart = "earlier-act";
      }
    }
    // An act of the source's own ("Japan defended the launch") leaves no one else to guess.
    if (found.length === 0 && !antecedent && source && !target && !rule.symmetric && !rule.intent) {
      found = withCounterpart(source, (s) => input.implied?.get(impliedKey(rule.id, s.code)));
      counterpart = "implied";
    }
    // "Saudi Arabia cut diplomatic ties the following day": the counterpart is the state just spoken of.
    if (found.length === 0 && !antecedent && source && !target && rule.target.includes("recent")) {
      const earlier = [
        ...input.mentions
          .filter((m) => m.last < trigger.first && m.form !== "city")
          .flatMap((m) => m.actors)
          .reverse(),
        ...(input.recent ?? []),
      ];
      found = withCounterpart(source, (s) => earlier.find((a) => a.scope === "state" && a.code !== s.code));
      counterpart = "recent";
    }
    // "told the BBC": an outlet a statement is given to is the way to the public, not a counterpart.
    const outlet = rule.code.startsWith("01") && found.some(([, t]) => t.role === "MED");
    if (outlet) found = found.filter(([, t]) => t.role !== "MED");
    if (found.length === 0 && outlet && target) {
      skip("a statement to a news outlet", {
        kind: "outlet",
        outlet: target.mentions.map((m) => m.text).join(" + "),
      });
      continue;
    }
    if (found.length === 0) {
      if (sourceSlot.filled)
        skip("no counterpart found", {
          kind: "no-counterpart",
          source: sourceSlot.filled,
          tried: targetSlot.tried,
        });
      else skip("no actor in the source position", { kind: "no-source", tried: sourceSlot.tried });
      continue;
    }
    const produced: number[] = [];
    coded.push({
      rule: rule.id,
      trigger: words,
      head: trigger.head,
      origin: rule.origin,
      source: sourceSlot.filled,
      target: targetSlot.filled,
      counterpart,
      antecedent: counterpart === "earlier-act" ? antecedent : undefined,
      events: produced,
    });
    if (target) inherited = target;
    const ruleCode =
      threatOf(intended) ??
      leavingABody(
        forceOverOrNear(
          rule.spoken &&
            source &&
            isIndividual(source) &&
            (!(target && target.first <= trigger.last + 2) || saidWhile(tree, trigger.head, judgements))
            ? rule.spoken
            : rule.code,
          targetSlot.filled,
        ),
        tree,
        trigger.head,
        targetSlot.filled,
      );
    const firstToken = sentence.tokens[trigger.first];
    const lastToken = sentence.tokens[trigger.last];
    if (!firstToken || !lastToken) continue; // not reached: a trigger's tokens are the sentence's
    const tStart = firstToken.start;
    const tEnd = lastToken.end;
    const spanStart = Math.min(
      tStart,
      source?.mentions[0]?.start ?? tStart,
      target?.mentions[0]?.start ?? tStart,
    );
    const spanEnd = Math.max(
      tEnd,
      source?.mentions.at(-1)?.end ?? tEnd,
      target?.mentions.at(-1)?.end ?? tEnd,
    );
    // A date inside a relative clause set off by commas ("Modi, who first met Xi in 2018, met him again last October") belongs to that clause.
    const holdsTrigger = (a: { start: number; end: number }) => a.start <= tStart && tStart < a.end;
    const aside = clauses.filter((a) => !holdsTrigger(a));
    // A date in a later coordinated clause (", and Iranian tankers delivered fuel in 2020") is that clause's.
    const next = nextClause(sentence, trigger.last);
    const candidates = input.dates.filter((d) => !notThisAct(sentence, d, trigger));
    // With a parse, the date the tree hangs on the trigger's clause; without one, the nearest outside other clauses.
    const date = tree ? attachedDate(tree, candidates, trigger.head) : null;
    // The parser often hangs a fronted year on the wrong clause ("In 1998, when …"): no tree date, the old word-distance guess.
    // And an act told inside such a clause ("Peru, which has long criticised Chile, met Bolivia on Monday")
    // is background to the antecedent: the main clause's date is not its own.
    const within = clauses.find(holdsTrigger);
    const nearDate = date
      ? null
      : nearest(
          candidates.filter(
            (d) =>
              !aside.some((a) => a.start <= d.start && d.end <= a.end) &&
              d.start < next &&
              (!within || (within.start <= d.start && d.end <= within.end)),
          ),
          tStart,
        );
    // "will meet on Friday" is the coming Friday, "met on Friday" the last one: the tense of the word the date hangs on decides.
    // (A date is attached only when there is a tree.)
    const ownValue = date && tree ? attachedValue(tree, date) : nearDate?.value;
    // No date of its own: "then" inherits, a reaction to an act told before ("condemned the launch") was on
    // the act's day, otherwise the news takes the publication date and background none.
    const dateValue =
      ownValue !== undefined
        ? ownValue || null
        : (input.inheritedDate ??
          actDay(antecedent) ??
          storyDate(sentence, trigger.head, input.storyDay ?? null));
    const act = acts.findIndex((a) => a.token === trigger.head && a.date === undefined);
    const undated = acts[act];
    if (undated) acts[act] = { ...undated, date: dateValue };
    const amount = nearest(
      input.amounts.filter((a) => a.start >= spanStart - 60 && a.end <= spanEnd + 80),
      tStart,
    );
    const evidence = input.text.slice(spanStart, spanEnd);
    // Whose act it is: a speaker telling of their own act is not hearsay, nor either side's word on a joint or cooperative one.
    const actors = found.flatMap(([s, t]) =>
      rule.symmetric || quadOf(ruleCode) <= 2 ? [s.code, t.code] : [s.code],
    );
    // A speaker telling of their own side's act ('"We stand with France," the president said') asserts it.
    // Only what lies inside the quotation is the speaker's: "…," he said, despite Moscow denouncing it' is the narrator's.
    const at = sentence.tokens[trigger.head]?.start ?? -1;
    const hearsay =
      input.quote?.kind === "speaker" &&
      at >= input.quote.start &&
      at < input.quote.end &&
      !actors.includes(input.quote.actor.code);
    const cued = hearsay
      ? "reported"
      : modalityOf(
          {
            sentence,
            first: trigger.first,
            last: trigger.last,
            head: trigger.head,
            voices: input.voices,
            dates: input.dates,
            tree,
            mentions: input.mentions,
            source: actors,
          },
          cues,
        );
    const modality = asked.has(trigger)
      ? "hypothetical"
      : cancelledBy(trigger, tree, cues.cancellation) !== undefined
        ? "negated"
        : rule.planned && cued === "asserted"
          ? "planned"
          : cued;
    const code = cameo(ruleCode);
    const sector = sectorOf(
      sentence.text.slice(Math.max(0, spanStart - sentence.start - 40), spanEnd - sentence.start + 60),
      rule.sector,
    );
    // "traded threats": each threatened the other, two acts.
    const directed = rule.mutual ? found.flatMap(([s, t]) => [[s, t] as const, [t, s] as const]) : found;
    for (const [s, t] of directed) {
      if (
        events.some(
          (e) =>
            e.source === s.code &&
            e.target === t.code &&
            e.code === ruleCode.slice(0, 2) &&
            e.modality === modality,
        )
      )
        continue;
      const record: EventRecord = {
        article: "",
        source: s.code,
        target: t.code,
        source_role: s.role,
        target_role: t.role,
        code: ruleCode.slice(0, 2),
        quad: quadOf(ruleCode),
        symmetric: (rule.symmetric || withEachOther) && rule.mutual !== true,
        date: dateValue,
        modality,
        sector,
        evidence,
        start: spanStart,
        end: spanEnd,
        rule: `${rule.id}:${ruleCode}`,
        goldstein: code.goldstein,
      };
      if (amount) record.amount = { value: amount.value, unit: amount.unit };
      const agents = [s, t].flatMap((a) => (a.person ? [agentOf(a.code, a.person)] : []));
      if (agents.length) record.agents = agents;
      produced.push(events.length);
      events.push(record);
    }
  }
  // Acts no trigger dated ("Kenya fired a missile on Monday", with no one it was aimed at): the date the tree
  // hangs on them, else the news day.
  const dated = acts.map((a) => {
    if (a.date !== undefined) return a;
    const own = tree ? attachedDate(tree, input.dates, a.token) : null;
    const value =
      own && tree ? attachedValue(tree, own) : storyDate(sentence, a.token, input.storyDay ?? null);
    return { ...a, date: value || null };
  });
  return { events, skipped, coded, acts: dated };
}
