/**
 * Which date expression of a parsed sentence belongs to a trigger: the one the dependency tree hangs on
 * the trigger, or on a word above it in the same clause ("met … on Tuesday", "his visit to Seoul in
 * May", "said on Friday it had signed"). A date hung on another clause — a relative clause, a later
 * conjunct with its own subject, an adverbial clause below the trigger — is that clause's.
 */
import type { DateMention } from "../language/dates.js";
import type { Tree } from "./tree.js";

/** Where a date expression hangs in the tree. */
export interface Attached {
  readonly date: DateMention;
  /** The token the expression modifies (its head's head); the head itself when it is the root. */
  readonly at: number;
}

/** The token of a date expression whose head lies outside it, and what that head is. */
export function attach(tree: Tree, date: DateMention): Attached | null {
  const tokens = tree.sentence.tokens;
  const inside = tokens.filter((t) => t.start < date.end && date.start < t.end).map((t) => t.index);
  if (inside.length === 0) return null;
  const head = inside.find((i) => !inside.includes(tokens[i]!.head)) ?? inside[0]!;
  const up = tokens[head]!.head;
  return { date, at: up >= 0 && up !== head ? up : head };
}

/** Relations that start a clause of its own: a date above them is not the clause's. */
const CLAUSE_BOUNDARY = new Set(["acl:relcl", "acl", "advcl", "parataxis", "appos", "list"]);

/** The words whose dates the trigger takes, nearest first: itself, then up through its clause. */
export function dateChain(tree: Tree, trigger: number): number[] {
  const tokens = tree.sentence.tokens;
  const chain: number[] = [];
  let at = trigger;
  for (let steps = 0; at >= 0 && steps < 8 && !chain.includes(at); steps++) {
    chain.push(at);
    const t = tokens[at]!;
    if (CLAUSE_BOUNDARY.has(t.rel)) break;
    // "… and Iran signed a deal in 2020": a conjunct with a subject of its own is its own clause.
    if (t.rel === "conj" && (tree.children[at] ?? []).some((c) => tokens[c]!.rel.startsWith("nsubj"))) break;
    at = t.head;
  }
  return chain;
}

/**
 * The date of the trigger at token `trigger`: the expression hung nearest to it along `dateChain`,
 * among `dates` (already cleared of dates that say when something else was). Null when the tree
 * gives it none.
 */
export function attachedDate(tree: Tree, dates: readonly DateMention[], trigger: number): Attached | null {
  const tokens = tree.sentence.tokens;
  const chain = dateChain(tree, trigger);
  const t = tokens[trigger]!;
  let best: { a: Attached; rank: number; distance: number } | null = null;
  for (const date of dates) {
    const a = attach(tree, date);
    if (!a) continue;
    const reach = reachChain(tree, a.at, chain);
    if (reach === null) continue;
    // Nearest level of the chain first; hung on the chain itself before hung on a phrase of its clause.
    const rank = reach.level * 2 + (reach.steps > 0 ? 1 : 0);
    const distance = Math.abs(tokens[a.at]!.start - t.start);
    if (!best || rank < best.rank || (rank === best.rank && distance < best.distance))
      best = { a, rank, distance };
  }
  return best?.a ?? null;
}

/** Relations below which a phrase is a clause of its own, not part of the clause above. */
const OWN_CLAUSE = new Set([...CLAUSE_BOUNDARY, "ccomp", "xcomp", "csubj", "csubj:pass"]);

/**
 * How a date hung on token `at` reaches the trigger's chain: the chain level it meets, and how many
 * words of a phrase it climbed first ("fired a missile into the sea on Friday", where the parser hangs
 * the time on "sea"). Null when it must leave a clause of its own to get there.
 */
function reachChain(
  tree: Tree,
  at: number,
  chain: readonly number[],
): { level: number; steps: number } | null {
  const tokens = tree.sentence.tokens;
  let node = at;
  for (let steps = 0; node >= 0 && steps < 6; steps++) {
    const level = chain.indexOf(node);
    if (level >= 0) return { level, steps };
    const t = tokens[node]!;
    // Hung under punctuation, the parse went wrong: the date counts for the sentence, after every proper attachment.
    if (t.pos === "PUNCT") return { level: chain.length, steps };
    if (
      OWN_CLAUSE.has(t.rel) ||
      t.pos === "VERB" ||
      (t.rel === "conj" && (tree.children[node] ?? []).some((c) => tokens[c]!.rel.startsWith("nsubj")))
    )
      return null;
    node = t.head;
  }
  return null;
}

const FUTURE_AUX = new Set(["will", "shall", "'ll", "’ll", "wo"]);
/** Verbs and adjectives that put the act they govern ahead: "plans to visit", "is scheduled for talks". */
const AHEAD = new Set([
  "plan",
  "schedule",
  "due",
  "expect",
  "set",
  "intend",
  "prepare",
  "propose",
  "aim",
  "hope",
  "arrange",
]);
const PRESENT_BE = new Set(["is", "are", "am", "'s", "’s", "'re", "’re"]);

/**
 * Whether the act a date hangs on is still to come, from tense and aspect: "will meet on Friday",
 * "plans to visit in November", "is meeting on Friday", "talks scheduled for Friday". Past otherwise.
 */
export function isAhead(tree: Tree, at: number): boolean {
  const tokens = tree.sentence.tokens;
  let node = at;
  for (let steps = 0; node >= 0 && steps < 5; steps++) {
    const t = tokens[node]!;
    const kids = (tree.children[node] ?? []).map((c) => tokens[c]!);
    const aux = kids.filter((c) => c.rel === "aux" || c.rel === "aux:pass").map((c) => c.text.toLowerCase());
    if (aux.some((a) => FUTURE_AUX.has(a))) return true;
    if (
      AHEAD.has(t.lemma) &&
      (aux.some((a) => PRESENT_BE.has(a)) ||
        t.tag === "VBZ" ||
        t.tag === "VBP" ||
        t.tag === "VBN" ||
        t.tag === "JJ")
    )
      return true;
    const isVerb = t.pos === "VERB" || t.pos === "AUX" || (t.tag?.startsWith("VB") ?? false);
    if (isVerb) {
      if (t.tag === "VBD" || aux.some((a) => ["did", "had", "has", "have", "was", "were"].includes(a)))
        return false;
      // "to visit …": an infinitive looks ahead of the verb that governs it, unless that verb is past ("agreed to meet").
      if (kids.some((c) => c.rel === "mark" && c.text.toLowerCase() === "to")) {
        const governor = tokens[t.head];
        return !governor || governor.tag !== "VBD" || AHEAD.has(governor.lemma);
      }
      if (aux.some((a) => PRESENT_BE.has(a)) && t.tag === "VBG") return true;
      // "asked that the council meet on Friday": a bare verb with no auxiliary is not yet done.
      if (t.tag === "VB" && aux.length === 0) return true;
      // "Kim visits Seoul on Friday": a present of acting (not of saying) is a plan.
      return (t.tag === "VBZ" || t.tag === "VBP") && !["say", "tell"].includes(t.lemma);
    }
    if (t.head < 0 || t.head === node) return false;
    node = t.head;
  }
  return false;
}

/** The value of an attached date; a weekday alone is the coming one or the last one by the tense of what it hangs on. */
export function attachedValue(tree: Tree, attached: Attached): string {
  const { ahead, behind, value } = attached.date;
  return ahead && behind ? (isAhead(tree, attached.at) ? ahead : behind) : value;
}
