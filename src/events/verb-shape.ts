/**
 * Readings of a trigger that its verb's shape in the tree rules out or qualifies: the act an appeal asks
 * for, a verb of motion with an object, a verb that governs a clause.
 */
import type { Mention } from "../domain/types.js";
import type { Trigger } from "./find-triggers.js";
import { caseOf, dependents, namesPeople, type Tree } from "./tree.js";

/** CAMEO roots whose act is asking another for something: appeals (02) and demands (10). */
const ASKING = /^(?:02|10)/;

/**
 * Whether a word is an infinitive under the word it hangs on: an xcomp, or one the parser hangs as a purpose
 * clause ("called on Turkey to impose").
 */
const infinitive = (tree: Tree, w: { index: number; rel: string }) =>
  w.rel === "xcomp" ||
  ((w.rel === "advcl" || w.rel === "acl") &&
    dependents(tree, w.index).some((d) => d.rel === "mark" && d.lemma === "to"));

/** Modals that make a clause what someone should do ("demanded that Iran should stop"). */
const OBLIGING = new Set(["should", "must", "shall"]);

/**
 * Whether a clause is in the mandative subjunctive or obliges: "demanded that Turkey recognise Cyprus" (a bare
 * verb after a singular subject), "insisting that its leaders sign" (the same form after a plural one, which
 * is not told apart from the present but by "be" and "have"), "…that Iran should stop". "insisted that Turkey
 * had made advances", "…that they are innocent" report.
 */
const mandative = (tree: Tree, w: { index: number; rel: string; tag?: string; lemma: string }) =>
  w.rel === "ccomp" &&
  (w.tag === "VB" ||
    (w.tag === "VBP" && !["be", "have"].includes(w.lemma.toLowerCase())) ||
    dependents(tree, w.index).some((d) => d.rel === "aux" && OBLIGING.has(d.lemma.toLowerCase())));

/**
 * "urged China to help", "demanded Iran to stop": the act asked for, reached from its trigger up a chain of
 * xcomp links ("to help persuade"), is what the appeal or demand is about, not an act done. Returns the
 * appeal or demand that asks for `t`.
 */
export function askedBy(
  t: Trigger,
  triggers: readonly Trigger[],
  tree: Tree | null,
  mentions: readonly Mention[],
): Trigger | undefined {
  if (!tree) return undefined;
  const tokens = tree.sentence.tokens;
  // "asked the military to demonstrate": a leader's word to his own forces is an order, carried out as
  // told; only an appeal to another actor, named as its object, leaves the act undone.
  const toActor = (asking: Trigger) =>
    dependents(tree, asking.head).some(
      (d) =>
        // "a demand for Turkey to recognise…": a noun's addressee hangs on it as nmod.
        ["obj", "iobj", "obl", "nmod"].includes(d.rel) &&
        mentions.some((m) => m.first <= d.index && d.index <= m.last),
    );
  // From any word of the trigger: "to impose sanctions" is reached through "impose", not the head noun.
  for (let k = t.first; k <= t.last; k++) {
    for (let at = tokens[k]; at && infinitive(tree, at); at = tokens[at.head]) {
      const head = at.head;
      const asking = triggers.find(
        (i) => i !== t && i.head === head && ASKING.test(i.rule.code) && toActor(i),
      );
      if (asking) return asking;
    }
    // "its demand for Algeria to expel…" with the infinitive hung on the sentence's verb: "to" right after the
    // noun's "for" phrase is the noun's infinitive all the same.
    const clause = tokens[k];
    const to =
      clause && infinitive(tree, clause) ? dependents(tree, k).find((d) => d.lemma === "to") : undefined;
    const addressee = to ? tokens[to.index - 1] : undefined;
    if (addressee?.rel === "nmod") {
      const asking = triggers.find(
        (i) => i !== t && i.head === addressee.head && ASKING.test(i.rule.code) && toActor(i),
      );
      if (asking) return asking;
    }
    // "demanded that Turkey recognise Cyprus": what the clause says should be done is asked of its subject.
    if (clause && mandative(tree, clause)) {
      const asking = triggers.find((i) => i !== t && i.head === clause.head && ASKING.test(i.rule.code));
      if (asking) return asking;
    }
  }
  return undefined;
}

/** Marks of a gerund that a verb of prevention keeps its object from: "from importing", "against joining". */
const KEPT_FROM = new Set(["from", "against"]);

/**
 * "barred Iran from testing", "warned Kyiv against joining": the act a verb of prevention (`verbs`, lemmas)
 * keeps its object from, reached from the trigger up a chain of infinitives, is not done. Returns that verb.
 */
export function preventedBy(t: Trigger, tree: Tree | null, verbs: readonly string[]): number | undefined {
  if (!tree) return undefined;
  const tokens = tree.sentence.tokens;
  for (let k = t.first; k <= t.last; k++) {
    for (let at = tokens[k]; at; at = tokens[at.head]) {
      const head = tokens[at.head];
      if (!head) break;
      const marked = dependents(tree, at.index).some(
        (d) => (d.rel === "mark" || d.rel === "case") && KEPT_FROM.has(d.text.toLowerCase()),
      );
      if (
        marked &&
        verbs.includes(head.lemma.toLowerCase()) &&
        dependents(tree, head.index).some((d) => d.rel === "obj")
      )
        return head.index;
      if (!infinitive(tree, at)) break;
    }
  }
  return undefined;
}

/** A verb's lemma, with its particle for a phrasal verb ("call off"). */
export function phrasalLemma(tree: Tree, verb: number): string {
  const lemma = tree.sentence.tokens[verb]?.lemma.toLowerCase() ?? "";
  const particle = dependents(tree, verb).find((d) => d.rel === "compound:prt");
  return particle ? `${lemma} ${particle.text.toLowerCase()}` : lemma;
}

/**
 * The verb of cancelling whose object (or passive subject) the trigger's noun is, or the noun the trigger's
 * participle modifies: "postponed the visit", "talks were called off", "vetoed a resolution condemning…".
 */
export function cancelledBy(t: Trigger, tree: Tree | null, verbs: readonly string[]): number | undefined {
  if (!tree) return undefined;
  const tokens = tree.sentence.tokens;
  for (let k = t.first; k <= t.last; k++) {
    let at = tokens[k];
    // "vetoed a resolution condemning Syria": what a called-off thing would have done is called off with it.
    if (at?.rel === "acl" && at.tag === "VBG") at = tokens[at.head];
    if (!at || (at.rel !== "obj" && at.rel !== "nsubj:pass") || at.pos === "VERB") continue;
    const head = tokens[at.head];
    // "suspended aid": a rule whose own words hold the verb codes the calling off itself.
    if (!head || (head.index >= t.first && head.index <= t.last)) continue;
    if (verbs.includes(phrasalLemma(tree, head.index))) return head.index;
  }
  return undefined;
}

/** Why a hand-written rule does not fit its verb here, for --explain. */
export type Misfit =
  /** An intransitive rule's verb with a direct object in the tree ("returned it to the state"). */
  | { readonly kind: "transitive"; readonly object: string }
  /** A withoutClause rule's verb governing a clause in the tree ("ordered Russians to be evacuated"). */
  | { readonly kind: "clausal"; readonly clause: string }
  /** A rule's "have" that is the perfect auxiliary of another verb ("has requested a meeting"). */
  | { readonly kind: "auxiliary"; readonly verb: string }
  /** A one-word noun rule whose noun modifies the noun after it ("investment bank", "aid worker"). */
  | { readonly kind: "modifier"; readonly noun: string }
  /** A verb of meeting in the passive with no "by" ("was met with scepticism"): a reception, no meeting. */
  | { readonly kind: "reception" }
  /** A personal rule's subject or object that is a thing, not people ("met the country's demand"). */
  | { readonly kind: "thing"; readonly noun: string }
  /** A mandative rule's clause that tells what is, not what should be ("insisted that Turkey had made advances"). */
  | { readonly kind: "indicative"; readonly clause: string };

/** Relations of a function word that hangs on the predicate of its clause. */
const FUNCTION_RELS: ReadonlySet<string> = new Set(["aux", "aux:pass", "cop", "case"]);

/** Verbs of meeting whose passive without an agent says how a thing was received ("met with", "greeted with"). */
const RECEPTION_VERBS: ReadonlySet<string> = new Set(["meet", "greet", "receive"]);

/**
 * A rule whose sense the verb's shape rules out: "returned it to the state" (a verb of motion with an object
 * moves a thing; no one travels), "ordered Russians to be evacuated" (a directive, not a purchase).
 */
export function misfit(t: Trigger, tree: Tree | null, named: (token: number) => boolean): Misfit | undefined {
  if (!tree) return undefined;
  const first = tree.sentence.tokens[t.first];
  const main =
    first?.rel === "aux" && first.lemma.toLowerCase() === "have"
      ? tree.sentence.tokens[first.head]
      : undefined;
  if (main && main.index <= t.last) {
    // "has had talks", "had held talks", "have agreed to begin talks": another of the rule's verbs in the span is its verb.
    const verbs = t.rule.steps[0]?.words;
    const another = tree.sentence.tokens
      .slice(t.first + 1, t.last + 1)
      .some((x) => verbs?.has(x.lemma.toLowerCase()) || verbs?.has(x.text.toLowerCase()));
    if (!another) return { kind: "auxiliary", verb: main.text };
  }
  // "an investment bank", "a trade envoy", "the launch site": a noun before the noun it modifies names a kind
  // of thing, not an act.
  const head = tree.sentence.tokens[t.head];
  const modified = head ? tree.sentence.tokens[head.head] : undefined;
  if (
    t.first === t.last &&
    head?.pos === "NOUN" &&
    head.rel === "compound" &&
    modified &&
    modified.index > head.index &&
    (modified.pos === "NOUN" || modified.pos === "PROPN")
  )
    return { kind: "modifier", noun: modified.text };
  const kids = dependents(tree, t.head);
  if (
    head &&
    t.rule.code.startsWith("04") &&
    RECEPTION_VERBS.has(head.lemma.toLowerCase()) &&
    kids.some((d) => d.rel === "aux:pass") &&
    !kids.some((d) => d.rel.startsWith("obl") && caseOf(tree, d.index) === "by")
  )
    return { kind: "reception" };
  // "to meet the country's growing demand", "the EU's move was welcomed by Beijing": a common noun that names
  // no actor itself, only whose it is, is a thing; the act is one only people do.
  // "will be in Hong Kong": the words of a copula rule hang on the predicate, whose subject it is.
  const predicate =
    head && FUNCTION_RELS.has(head.rel) && head.head >= 0 ? dependents(tree, head.head) : kids;
  const thing = t.rule.personal
    ? predicate.find(
        (d) =>
          ["nsubj", "nsubj:pass", "obj"].includes(d.rel) &&
          d.pos === "NOUN" &&
          !named(d.index) &&
          !namesPeople(d),
      )
    : undefined;
  if (thing) return { kind: "thing", noun: thing.text };
  const told = t.rule.mandative ? kids.find((d) => d.rel === "ccomp" && !mandative(tree, d)) : undefined;
  if (told) return { kind: "indicative", clause: told.text };
  const object = t.rule.intransitive ? kids.find((d) => d.rel === "obj") : undefined;
  if (object) return { kind: "transitive", object: object.text };
  const clause = t.rule.withoutClause ? kids.find((d) => d.rel === "xcomp" || d.rel === "ccomp") : undefined;
  return clause ? { kind: "clausal", clause: clause.text } : undefined;
}
