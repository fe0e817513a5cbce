/**
 * Triggers from the verb dictionary (PETRARCH-2's CAMEO verbs), matched on the dependency tree: the
 * verb by lemma, then the family's most specific pattern whose nouns and prepositional phrases are
 * found among the verb's dependents.
 */
import { phrasalLemma } from "./verb-shape.js";
import { cueWord } from "./modality-cues.js";
import type { Sentence } from "../domain/types.js";
import { quadOf } from "../domain/cameo.js";
import { isOneOf, type Sector } from "../domain/vocabulary.js";
import { mergeAscending, type Trigger } from "./find-triggers.js";
import { PREPOSITION_SLOTS, type LexiconRule, type RuleOrigin, type Slot } from "./lexicon.js";
import { caseOf, childrenWith, subtree, type Tree } from "./tree.js";
import {
  phraseMatches,
  type Marker,
  type Phrase,
  type VerbDictionary,
  type VerbEntry,
  type CompiledFamily,
  type CompiledPattern,
  type VerbPattern,
} from "./verb-dictionary.js";

/** The words a pattern can be checked against, gathered once per verb. */
interface VerbContext {
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Prepositional phrases on the verb or its object: the preposition and the words under it. */
  readonly preps: readonly {
    readonly prep: string;
    readonly head: number;
    readonly words: readonly string[];
  }[];
  /** Every word above and each preposition's words: a pattern whose anchor is missing cannot match. */
  readonly present: ReadonlySet<string>;
}

const SUBJECTS = new Set(["nsubj", "nsubj:pass", "csubj"]);
const COMPLEMENTS = new Set(["obj", "iobj", "xcomp", "compound:prt", "advmod", "dep", "ccomp"]);

/** Each token's lemma and its lower-cased form: patterns name either. */
function words(tree: Tree, indices: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of indices) {
    const lemma = tree.sentence.tokens[i]?.lemma;
    const w = tree.lower[i];
    if (lemma === undefined || w === undefined) continue;
    out.push(w);
    if (lemma !== w) out.push(lemma);
  }
  return out;
}

/** "called Abe on Monday" is no "call on": a phrase of time fills no pattern's preposition. */
const TIME =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|days?|weeks?|weekend|months?|years?|morning|afternoon|evening|night|today|tonight|yesterday|tomorrow|\d{1,4})$/;

function contextOf(tree: Tree, verb: number): VerbContext {
  const tokens = tree.sentence.tokens;
  const kids = tree.children[verb] ?? [];
  const before = words(
    tree,
    kids.filter((c) => SUBJECTS.has(tokens[c]!.rel)).flatMap((c) => subtree(tree, c)),
  );
  const complements = kids.filter((c) => COMPLEMENTS.has(tokens[c]!.rel));
  // "sanctions imposed by Japan": the noun a participle modifies is what it acts on, as "imposed sanctions".
  const v = tokens[verb];
  const modified = v?.rel === "acl" && v.head >= 0 ? [v.head] : [];
  const after = words(tree, [...complements.flatMap((c) => subtree(tree, c)), ...modified]);
  const prepHeads = [...kids, ...complements.flatMap((c) => tree.children[c] ?? [])].filter(
    (c) => /^(obl|nmod)/.test(tokens[c]!.rel) && caseOf(tree, c) !== "" && !TIME.test(tree.lower[c] ?? ""),
  );
  const preps = prepHeads.map((h) => ({
    prep: caseOf(tree, h),
    head: h,
    words: words(
      tree,
      subtree(tree, h).filter((i) => tokens[i]!.rel !== "case" || tokens[i]!.head !== h),
    ),
  }));
  const present = new Set([...before, ...after]);
  for (const p of preps) {
    for (const w of p.words) present.add(w);
    for (const w of p.prep.split(" ")) present.add(w);
  }
  return { before, after, preps, present };
}

const phraseIn = (p: Phrase | null, ws: readonly string[], dict: VerbDictionary) =>
  p === null || phraseMatches(p, ws, dict.sets);

function matches(p: VerbPattern, ctx: VerbContext, dict: VerbDictionary): boolean {
  return (
    p.before.every((ph) => phraseIn(ph, ctx.before, dict)) &&
    p.after.every((ph) => phraseIn(ph, ctx.after, dict)) &&
    p.preps.every((pp) =>
      ctx.preps.some((c) => c.prep.split(" ").includes(pp.prep) && phraseIn(pp.object, c.words, dict)),
    )
  );
}

/** The most specific pattern of the family that matches, the first in file order among equals. */
function bestPattern(
  family: CompiledFamily | undefined,
  ctx: VerbContext,
  dict: VerbDictionary,
): VerbPattern | null {
  if (!family) return null;
  const hits: number[] = [];
  for (const w of ctx.present) {
    const at = family.byAnchor.get(w);
    if (at) for (const k of at) hits.push(k);
  }
  const tried = hits.length
    ? mergeAscending(
        family.unanchored,
        hits.sort((a, b) => a - b),
      )
    : family.unanchored;
  let best: CompiledPattern | null = null;
  for (const k of tried) {
    const c = family.patterns[k];
    if (c && (!best || c.weight > best.weight) && matches(c.pattern, ctx, dict)) best = c;
  }
  return best?.pattern ?? null;
}

/** The verb entries a token can be: by lemma or form, with any particle the entry needs ("cordon off"). */
function entriesFor(tree: Tree, i: number, dict: VerbDictionary): VerbEntry[] {
  const t = tree.sentence.tokens[i]!;
  const found = [...(dict.byWord.get(t.lemma) ?? []), ...(dict.byWord.get(tree.lower[i] ?? "") ?? [])];
  if (found.length === 0) return found;
  const after = tree.lower.slice(i + 1, i + 4);
  const particles = (tree.children[i] ?? [])
    .filter((c) => tree.sentence.tokens[c]!.rel === "compound:prt")
    .map((c) => tree.lower[c] ?? "");
  const ok = found.filter(
    (e, k) =>
      found.indexOf(e) === k &&
      e.prefix.length === 0 &&
      e.particles.every((p, n) => particles.includes(p) || after[n] === p),
  );
  // "call off" before "call": the entry that uses more of the sentence.
  return ok.sort((a, b) => b.particles.length - a.particles.length);
}

/** Where a marker points, as the slot that fills it. */
function slotOf(m: Marker, p: VerbPattern): Slot | null {
  if (m.at === "before") return "subject";
  if (m.at === "after") return "object";
  const prep = p.preps[m.index]?.prep ?? "";
  return isOneOf(PREPOSITION_SLOTS, prep) ? prep : null;
}

/** Where a verb's counterpart is looked for when the pattern does not mark it. */
const DEFAULT_TARGETS: readonly Slot[] = [
  "object",
  "against",
  "on",
  "to",
  "with",
  "toward",
  "towards",
  "into",
  "at",
  "from",
  "for",
  "over",
  // The path of what was fired or sent: "a missile that passed through Japan's airspace".
  "through",
  "across",
];

/** The sector a verb's code suggests; cue words near the evidence may still change it (sector.ts). */
export function sectorOfCode(code: string): Sector {
  const root = Number(code.slice(0, 2));
  return root >= 15 && root !== 16 ? "defense" : root === 6 || root === 7 ? "other" : "diplomacy";
}

const ruleId = (entry: VerbEntry, pattern: VerbPattern | null) => {
  const at = pattern ?? entry;
  return `verb.${entry.family.toLowerCase()}@${at.file}:${at.line ?? "?"}`;
};

function originOf(entry: VerbEntry, pattern: VerbPattern | null): RuleOrigin {
  const at = pattern ?? entry;
  return { kind: "verb", family: entry.family, verb: entry.lemma, pattern, file: at.file, line: at.line };
}

/** A rule made from a matched verb and pattern, so the rest of coding treats it like a lexicon rule. */
function ruleFor(entry: VerbEntry, pattern: VerbPattern | null, code: string): LexiconRule {
  const target: Slot[] = [];
  const marked = pattern?.target ? slotOf(pattern.target, pattern) : null;
  if (marked) target.push(marked);
  for (const pp of pattern?.preps ?? [])
    if (isOneOf(PREPOSITION_SLOTS, pp.prep) && !target.includes(pp.prep)) target.push(pp.prep);
  for (const s of DEFAULT_TARGETS) if (!target.includes(s)) target.push(s);
  // Talks and mediation are between parties: "brokered a ceasefire between Israel and Hamas".
  if (code.startsWith("04") && !target.includes("between")) target.push("between");
  const source: Slot[] = pattern?.source ? [slotOf(pattern.source, pattern) ?? "subject"] : ["subject"];
  // [193:193]: a conflict act (quads 3, 4) paired with itself is each side's against the other ("exchanged
  // fire"); a cooperative one so paired is one joint act, as before ("discussed it with Chirac").
  const mutual = pattern !== null && pattern.reciprocal === code && quadOf(code) >= 3;
  return {
    id: ruleId(entry, pattern),
    code,
    steps: [],
    headPos: null,
    source,
    target,
    symmetric: (pattern?.joint ?? false) || mutual,
    ...(mutual ? { mutual: true } : {}),
    multilateral: false,
    intent: false,
    planned: false,
    spoken: null,
    sector: sectorOfCode(code),
    treeOnly: true,
    origin: originOf(entry, pattern),
  };
}

/** A verb the dictionary knows but does not code here, for --explain. */
export interface DroppedVerb {
  readonly at: number;
  readonly rule: string;
  readonly origin: RuleOrigin;
  /** "blocked": a `[---]` pattern matched; "absorbed": the verb it governs or that governs it carries the act. */
  readonly why:
    { readonly kind: "blocked" } | { readonly kind: "absorbed"; readonly by: number; readonly code: string };
}

/** Verbs whose sense comes from their object or particle. */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "take",
  "make",
  "give",
  "get",
  "have",
  "do",
  "put",
  "keep",
  "set",
  "bring",
  "hold",
  "go",
  "come",
  "let",
]);

/** Verbs of taking part in something: "take part in", "participate in", "engage in", "join in", "be involved in". */
const PARTICIPATION_VERBS: ReadonlySet<string> = new Set([
  "take",
  "participate",
  "engage",
  "join",
  "involve",
]);

/** Verbs that can give something a name: "call X Y", "dub X Y". */
const NAMING_VERBS: ReadonlySet<string> = new Set(["call", "name", "dub", "label", "brand", "term"]);

/** Whether a verb has two objects, or an object and a predicate: "called itself the Islamic State". */
function namesSomething(tree: Tree, verb: number): boolean {
  const nominal = (i: number) => tree.sentence.tokens[i]?.pos !== "VERB";
  const objects = childrenWith(tree, verb, "obj", "iobj").filter(nominal);
  const predicate = childrenWith(tree, verb, "xcomp").filter(nominal);
  return objects.length >= 2 || (objects.length === 1 && predicate.length > 0);
}

type Candidate = { readonly trigger: Trigger } | { readonly blocked: DroppedVerb } | null;

/** The coded verb at token i, the blocking pattern that stops it, or null when the dictionary gives it no event here. */
function verbCandidate(tree: Tree, i: number, dict: VerbDictionary): Candidate {
  const t = tree.sentence.tokens[i]!;
  if (t.pos !== "VERB") return null;
  const entries = entriesFor(tree, i, dict);
  const ctx = entries.length ? contextOf(tree, i) : null;
  for (const entry of entries) {
    const family = dict.families.get(entry.family);
    if (!family || !ctx) continue;
    const best = bestPattern(dict.compiled.get(entry.family), ctx, dict);
    if (best?.blocks)
      return {
        blocked: {
          at: i,
          rule: ruleId(entry, best),
          origin: originOf(entry, best),
          why: { kind: "blocked" },
        },
      };
    // "take new measures", "took a softer tone", "took 15 years": a light verb means what its object makes
    // of it, so only a pattern codes it, never its family's default (TAKE is listed under APPREHEND, 171).
    if (!best && entry.particles.length === 0 && LIGHT_VERBS.has(entry.lemma)) continue;
    // "calling itself the Islamic State", "what it calls pressure": a verb of naming with what it names and
    // the name says what something is called, not that anyone was called; only a pattern codes it.
    if (!best && NAMING_VERBS.has(entry.lemma) && namesSomething(tree, i)) continue;
    const code = best ? best.code : entry.blocks ? null : (entry.code ?? family.code);
    if (!code) continue;
    return { trigger: { rule: ruleFor(entry, best, code), first: i, last: i, head: i } };
  }
  return null;
}

/**
 * The verbs the dictionary codes outside the spans the hand-written lexicon already took, and those it
 * knows but drops here (blocked or absorbed), with why.
 */
export function findVerbCandidates(
  sentence: Sentence,
  tree: Tree,
  dict: VerbDictionary,
  taken: readonly Trigger[],
  planned: readonly string[] = [],
  cancelling: readonly string[] = [],
): { triggers: Trigger[]; dropped: DroppedVerb[] } {
  const out: Trigger[] = [];
  const dropped: DroppedVerb[] = [];
  const inHand = (i: number) => taken.some((k) => k.first <= i && i <= k.last);
  for (const t of sentence.tokens) {
    if (inHand(t.index)) continue;
    const c = verbCandidate(tree, t.index, dict);
    if (c && "trigger" in c) out.push(c.trigger);
    else if (c) dropped.push(c.blocked);
  }
  // "agreed to sell", "threatened to strike": the governing verb's code stands for the whole act;
  // "plans to visit": a hand-written rule on the governed verb says it better than the verb of intent.
  // "plans to deport": a verb that is a cue of plans ("plans to", "aims to") only says when the act it governs happens.
  const plans = (i: number) =>
    planned.includes(
      `${cueWord(sentence.tokens[i]?.text ?? "")} ${cueWord(sentence.tokens[i + 1]?.text ?? "")}`,
    );
  const planVerbs = new Set(out.filter((o) => plans(o.head)).map((o) => o.head));
  const heads = [
    ...taken.map((k) => k.head),
    ...out.filter((o) => !planVerbs.has(o.head)).map((o) => o.head),
  ];
  const triggers = out.filter((v) => {
    const tok = sentence.tokens[v.head]!;
    const drop = (by: number) => {
      dropped.push({
        at: v.head,
        rule: v.rule.id,
        origin: v.rule.origin!,
        why: { kind: "absorbed", by, code: v.rule.code },
      });
      return false;
    };
    if (tok.rel === "xcomp" && heads.includes(tok.head)) return drop(tok.head);
    // "threatened to annihilate X and wipe out Y": the second infinitive is governed as the first is.
    const first = sentence.tokens[tok.head];
    if (tok.rel === "conj" && first?.rel === "xcomp" && heads.includes(first.head)) return drop(first.head);
    // "held negotiations on the sale", "authorized military operations": the hand rule on the object names the act.
    const governed = (tree.children[v.head] ?? []).find((c) => {
      const rel = sentence.tokens[c]?.rel ?? "";
      return (
        (["xcomp", "obj"].includes(rel) && inHand(c)) ||
        (planVerbs.has(v.head) && rel === "xcomp" && out.some((o) => o.head === c))
      );
    });
    // Not when the verb calls it off ("postponed the visit"): that is an act of its own, which the object's is not.
    if (governed !== undefined && !cancelling.includes(phrasalLemma(tree, v.head))) return drop(governed);
    // "took part in talks", "engaged in negotiations": a verb of taking part is the act it takes part in.
    const lemma = sentence.tokens[v.head]?.lemma ?? "";
    if (!PARTICIPATION_VERBS.has(lemma)) return true;
    const taking = [v.head, ...childrenWith(tree, v.head, "obj")].flatMap((h) =>
      childrenWith(tree, h, "obl", "nmod").filter((c) => caseOf(tree, c) === "in" && inHand(c)),
    );
    return taking[0] === undefined ? true : drop(taking[0]);
  });
  return { triggers, dropped: dropped.sort((a, b) => a.at - b.at) };
}
