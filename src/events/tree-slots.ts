/** Who fills a participant slot of a trigger, read from the dependency tree. */
import {
  actorsOfPhrase,
  caseOf,
  childrenWith,
  dependents,
  isPassiveVerb,
  joinGroups,
  isRelationalNoun,
  lowerText,
  POSSESSOR_RELS,
  subtree,
  thatIntroduces,
  type Tree,
} from "./tree.js";
import type { MentionForm } from "../domain/types.js";
import type { Group } from "./participants.js";

const PERSONAL = new Set(["they", "he", "she", "we"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "that", "whom"]);
const VERBAL = new Set(["VERB", "AUX"]);
/** Marks of a gerund whose doer is the governing verb's object: "accused Iran of", "barred Iran from". */
const CONTROLLING_MARKS = new Set(["of", "for", "from", "against"]);
/** Of those, the marks after which only the object can be the doer. */
const OBJECT_ONLY_MARKS = new Set(["of", "for"]);
const TIME_NOUN =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|week|weekend|month|year|decade|century|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|time)s?$/i;

/** Mentions of people: officials, soldiers and citizens named by what they are, and persons by name. */
const PEOPLE: ReadonlySet<MentionForm> = new Set(["title", "person"]);

/** A group found in the tree, and the relation that led to it ("nsubj", "obl:by (passive agent)"), for --explain. */
export interface Found {
  readonly group: Group;
  readonly relation: string;
}

export interface TreeSlotContext {
  readonly tree: Tree;
  readonly groups: readonly Group[];
}

const tok = (ctx: TreeSlotContext, i: number) => ctx.tree.sentence.tokens[i]!;

/** The actors under `heads`, labelled with `relation` or, by default, the relation of the first head that names one. */
/** "not toward Guam but into the sea": a phrase with a "not" of its own names what the act was not (but "not only"). */
function deniedPhrase(ctx: TreeSlotContext, head: number): boolean {
  return dependents(ctx.tree, head).some((d) => {
    if (d.rel !== "advmod" || !["not", "never"].includes(lowerText(d))) return false;
    const next = ctx.tree.sentence.tokens[d.index + 1];
    return !next || !["only", "just", "merely", "simply"].includes(lowerText(next));
  });
}

function phrase(ctx: TreeSlotContext, heads: readonly number[], relation?: string): Found | null {
  // What follows the "but" is what it was: the denied phrase's conjuncts stand in its place.
  const kept = heads.flatMap((h) => (deniedPhrase(ctx, h) ? childrenWith(ctx.tree, h, "conj") : [h]));
  const named = kept.map((h) => ({ h, gs: actorsOfPhrase(ctx.tree, ctx.groups, h) }));
  const group = joinGroups(named.flatMap((n) => n.gs));
  if (!group) return null;
  return { group, relation: relation ?? tok(ctx, named.find((n) => n.gs.length)!.h).rel };
}

/** A found group reached through another relation: "conj → nsubj". */
const via = (rel: string, f: Found | null): Found | null =>
  f ? { group: f.group, relation: `${rel} → ${f.relation}` } : null;

/** A relative clause's pronoun stands for the noun the clause modifies: "countries that boycotted". */
function antecedent(ctx: TreeSlotContext, verb: number, word: number): number {
  const t = tok(ctx, word);
  return RELATIVE_PRONOUNS.has(t.text.toLowerCase()) &&
    tok(ctx, verb).rel === "acl:relcl" &&
    !thatIntroduces(ctx.tree, verb)
    ? tok(ctx, verb).head
    : word;
}

/**
 * The subject the tree gives a verb when it is no actor: "the papers also accuse…", "a dispute that
 * threatened…". The tree has answered who did it, so no word-order guess may name another doer.
 */
export function nonActorSubject(ctx: TreeSlotContext, verb: number): number | null {
  if (verb < 0 || !VERBAL.has(tok(ctx, verb).pos)) return null;
  // "the US, which was struck by four hurricanes": a passive's agent is its doer, whether or not an actor.
  if (isPassiveVerb(ctx.tree, verb)) {
    const agent = dependents(ctx.tree, verb).find((d) => d.rel === "obl:agent" && d.pos === "NOUN");
    if (!agent || TIME_NOUN.test(agent.text)) return null;
    return namesAnActor(ctx, subtree(ctx.tree, agent.index)) ? null : agent.index;
  }
  const [subject] = childrenWith(ctx.tree, verb, "nsubj");
  if (subject === undefined) return null;
  const head = antecedent(ctx, verb, subject);
  const noun = tok(ctx, head);
  // "North Korea this month threatened…": a time word read as the subject is a misparse, not a doer.
  // A name with "the" is a body ("the Commission"), not a person the dictionaries have yet to learn.
  const body =
    noun.pos === "PROPN" && childrenWith(ctx.tree, head, "det").some((d) => lowerText(tok(ctx, d)) === "the");
  if ((noun.pos !== "NOUN" && !body) || TIME_NOUN.test(noun.text)) return null;
  // "the government of Moon Jae-in", "an Indian technical team": an actor anywhere in the phrase may be the doer.
  // A relative clause lies under its antecedent: its own words ("threatened Ukraine") are not the subject's.
  const clause = new Set(head === subject ? [] : subtree(ctx.tree, verb));
  // "Kenya's neighbours", "critics of the government": the possessor is someone else.
  const others = isRelationalNoun(noun)
    ? childrenWith(ctx.tree, head, ...POSSESSOR_RELS).flatMap((c) => subtree(ctx.tree, c))
    : [];
  const words = subtree(ctx.tree, head).filter((w) => !clause.has(w) && !others.includes(w));
  if (namesAnActor(ctx, words)) return null;
  // "Peru was one of the countries that boycotted…": the antecedent is said of the copula's subject.
  for (let n = head, up = 0; n >= 0 && up < 3; n = tok(ctx, n).head, up++) {
    const predicateOf = childrenWith(ctx.tree, n, "nsubj");
    if (predicateOf.some((s) => s !== subject && actorsOfPhrase(ctx.tree, ctx.groups, s).length)) return null;
    if (tok(ctx, n).rel !== "nmod") break;
  }
  return head;
}

/**
 * The object the tree gives an active verb when it is a noun that names no actor: "rejected the proposal
 * and Germany's parties…". The tree has answered what was acted on, so no word-order guess may name another.
 */
export function nonActorObject(ctx: TreeSlotContext, verb: number): number | null {
  if (verb < 0 || tok(ctx, verb).pos !== "VERB" || isPassiveVerb(ctx.tree, verb)) return null;
  const [object] = childrenWith(ctx.tree, verb, "obj");
  if (object === undefined || tok(ctx, object).pos !== "NOUN") return null;
  return namesAnActor(ctx, subtree(ctx.tree, object)) ? null : object;
}

/** Whether any of `words` lies inside a mention of an actor. */
function namesAnActor(ctx: TreeSlotContext, words: readonly number[]): boolean {
  return ctx.groups.some((g) => words.some((w) => g.first <= w && w <= g.last));
}

/** The doer of a verb: its subject, the "by" agent of a passive, or the controller of an infinitive or shared conjunct. */
export function subjectOf(ctx: TreeSlotContext, verb: number, depth = 0): Found | null {
  if (depth > 4 || verb < 0) return null;
  const { tree } = ctx;
  const t = tok(ctx, verb);
  // An adjective has no passive: "were swift to condemn" read with "nsubj:pass" still names who was swift.
  const adjective = t.pos === "ADJ";
  // A word with a subject heads a clause whatever its tag ("Kenya plans to…" with "plans" tagged a noun).
  const subjects = childrenWith(tree, verb, "nsubj", "csubj", ...(adjective ? ["nsubj:pass"] : []));
  const clausal = VERBAL.has(t.pos) || adjective || subjects.length > 0;
  if (!clausal) return nominalDoer(ctx, verb, depth);
  if (!adjective && isPassiveVerb(tree, verb)) {
    const by = (tree.children[verb] ?? []).filter(
      (c) => tok(ctx, c).rel.startsWith("obl") && caseOf(tree, c) === "by",
    );
    return phrase(ctx, by, "obl:by (passive agent)");
  }
  if (subjects.length) {
    const heads = subjects.map((s) => antecedent(ctx, verb, s));
    const found = phrase(
      ctx,
      heads,
      heads.some((h, k) => h !== subjects[k]) ? "nsubj (relative pronoun → antecedent)" : undefined,
    );
    // "X and Y endorsed it when they met": a pronoun no mention resolved, in a clause under another, is that clause's subject.
    const parent = t.head;
    if (
      found ||
      parent < 0 ||
      !["advcl", "conj"].includes(t.rel) ||
      !subjects.every((s) => tok(ctx, s).pos === "PRON" && PERSONAL.has(tok(ctx, s).text.toLowerCase()))
    )
      return found;
    return via(
      `nsubj "${tok(ctx, subjects[0]!).text}" → subject of "${tok(ctx, parent).text}"`,
      subjectOf(ctx, parent, depth + 1),
    );
  }
  const parent = t.head;
  if (parent < 0) return null;
  switch (t.rel) {
    // "urged China to act": the object controls; "agreed to sell": the subject does.
    case "xcomp": {
      const controller = childrenWith(tree, parent, "obj", "iobj");
      return controller.length
        ? phrase(
            ctx,
            controller,
            `xcomp controller (${tok(ctx, controller[0]!).rel} of "${tok(ctx, parent).text}")`,
          )
        : via(`xcomp controller (subject of "${tok(ctx, parent).text}")`, subjectOf(ctx, parent, depth + 1));
    }
    case "acl:relcl":
      return phrase(ctx, [parent], "acl:relcl (modified noun)");
    // "sanctioned Chinese firms for supplying Iran": a gerund the parser hung on the object, marked as the
    // reason, is the object's act, as it is when hung on the verb (advcl below).
    case "acl": {
      const mark = (tree.children[verb] ?? [])
        .map((c) => tok(ctx, c))
        .find((c) => c.rel === "mark" && OBJECT_ONLY_MARKS.has(lowerText(c)));
      return mark && t.tag === "VBG" && tok(ctx, parent).rel === "obj"
        ? phrase(ctx, [parent], `acl[${lowerText(mark)}] controller (the object it hangs on)`)
        : null;
    }
    // "attacked the base and killed…", "after meeting Abe", ", saying Beijing had…": the governing clause's subject.
    case "conj":
    case "advcl": {
      // "accused Iran of supplying", "praised Chile for sending": the one accused or praised did it;
      // "barred Iran from importing", "warned Kyiv against joining": so is the one kept from it, where it is an
      // actor ("earned money from selling" is the subject's).
      const marker = (tree.children[verb] ?? []).find(
        (c) =>
          ["mark", "case"].includes(tok(ctx, c).rel) && CONTROLLING_MARKS.has(tok(ctx, c).text.toLowerCase()),
      );
      const object = childrenWith(tree, parent, "obj");
      if (t.rel === "advcl" && marker !== undefined && object.length) {
        const mark = tok(ctx, marker).text.toLowerCase();
        const controller = phrase(
          ctx,
          object,
          `advcl[${mark}] controller (obj of "${tok(ctx, parent).text}")`,
        );
        if (controller || OBJECT_ONLY_MARKS.has(mark)) return controller;
      }
      // "blocked Sweden's bid to join NATO": an infinitive right after a possessed object is that noun's, and
      // its possessor does it, however the parser hung it (the trigger's own, not a clause hung below it).
      const to =
        t.rel === "advcl" && depth === 0
          ? (tree.children[verb] ?? []).find(
              (c) => tok(ctx, c).rel === "mark" && lowerText(tok(ctx, c)) === "to",
            )
          : undefined;
      const noun =
        to === undefined
          ? undefined
          : object.find((o) => tok(ctx, o).pos === "NOUN" && Math.max(...subtree(tree, o)) === to - 1);
      const owner =
        noun === undefined
          ? null
          : phrase(
              ctx,
              childrenWith(tree, noun, "nmod:poss"),
              `possessor of "${tok(ctx, noun).text}" (its infinitive)`,
            );
      if (owner) return owner;
      // "was quick to condemn": an adjective's infinitive is done by the adjective's subject.
      const predicate = VERBAL.has(tok(ctx, parent).pos) || tok(ctx, parent).pos === "ADJ";
      return predicate
        ? via(`${t.rel} of "${tok(ctx, parent).text}"`, subjectOf(ctx, parent, depth + 1))
        : null;
    }
    default:
      return null;
  }
}

/** The doer of a nominal trigger used as the object of a light verb: "held talks", "paid a visit". */
function nominalDoer(ctx: TreeSlotContext, noun: number, depth: number): Found | null {
  const t = tok(ctx, noun);
  if ((t.rel === "obj" || t.rel === "nsubj:pass") && t.head >= 0)
    return via(`${t.rel} of light verb "${tok(ctx, t.head).text}"`, subjectOf(ctx, t.head, depth + 1));
  return null;
}

/** What a verb acts on: its object, the subject of a passive, or the object of the infinitive it governs ("threatened to hit Guam"). */
export function objectOf(ctx: TreeSlotContext, verb: number, depth = 0): Found | null {
  if (depth > 3 || verb < 0) return null;
  const { tree } = ctx;
  // A passive acts on its subject; a reduced passive ("sanctions imposed on X by Y") has none, and its noun
  // is what was imposed, not the target.
  if (isPassiveVerb(tree, verb)) {
    const subjects = childrenWith(tree, verb, "nsubj:pass");
    // "citizens abducted by its agents": a reduced passive on people acts on them, where they are an actor
    // themselves and not a thing an actor's adjective names ("Russian oil seized by …" seizes oil); a state
    // so described is mostly placed ("the country surrounded by South Africa").
    const noun = tok(ctx, verb).head;
    if (
      subjects.length === 0 &&
      tok(ctx, verb).rel === "acl" &&
      ctx.groups.some((g) => g.first <= noun && noun <= g.last && g.mentions.some((m) => PEOPLE.has(m.form)))
    )
      return phrase(ctx, [noun], "acl (the people a reduced passive is done to)");
    return phrase(
      ctx,
      subjects.map((s) => antecedent(ctx, verb, s)),
      "nsubj:pass (passive subject)",
    );
  }
  // "Uganda, which Kenya assaulted": the relative pronoun object stands for the noun the clause modifies.
  // Beside a clause the verb governs ("tariffs, which Kenya says are unfair") it belongs to that clause.
  const clausal = childrenWith(tree, verb, "ccomp").length > 0;
  const objects = childrenWith(tree, verb, "obj", "iobj")
    .filter((o) => !(clausal && RELATIVE_PRONOUNS.has(lowerText(tok(ctx, o)))))
    .map((o) => antecedent(ctx, verb, o));
  const g = phrase(ctx, objects);
  if (g) return g;
  return infinitiveObjectOf(ctx, verb, depth);
}

/** Where the object of a verb of force lies: "killed 130 people in Paris", "bombed camps inside Somalia". */
export function objectPlaceOf(ctx: TreeSlotContext, verb: number): Found | null {
  if (verb < 0 || isPassiveVerb(ctx.tree, verb)) return null;
  return placeOf(ctx, childrenWith(ctx.tree, verb, "obj"), "obj → nmod[in] (where the object lies)");
}

/** What the infinitive of a verb (its xcomp) or of a noun ("the threat to expel X") acts on. */
export function infinitiveObjectOf(ctx: TreeSlotContext, head: number, depth = 0): Found | null {
  const { tree } = ctx;
  // A noun's infinitive is its clause, as a verb's is its xcomp.
  const infinitive = (x: number) =>
    tok(ctx, x).rel === "xcomp" || childrenWith(tree, x, "mark").some((m) => lowerText(tok(ctx, m)) === "to");
  // The parser often hangs a noun's infinitive on the verb of the sentence: "to" and a verb right after
  // the noun are its infinitive all the same.
  const [to, next] = [tree.sentence.tokens[head + 1], tree.sentence.tokens[head + 2]];
  const adjacent =
    tok(ctx, head).pos === "NOUN" && to && lowerText(to) === "to" && next && VERBAL.has(next.pos)
      ? [next.index]
      : [];
  const [xcomp] = [
    ...childrenWith(tree, head, "xcomp", "acl").filter((x) => VERBAL.has(tok(ctx, x).pos) && infinitive(x)),
    ...adjacent,
  ];
  if (xcomp === undefined) return null;
  // "threatened to annihilate X and wipe out Y": what each infinitive acts on.
  const acts = [xcomp, ...childrenWith(tree, xcomp, "conj").filter((c) => VERBAL.has(tok(ctx, c).pos))];
  const found = acts.map((x) => objectOf(ctx, x, depth + 1)).filter((f): f is Found => f !== null);
  const group = joinGroups(found.map((f) => f.group));
  return group && found[0]
    ? { group, relation: `xcomp "${tok(ctx, xcomp).text}" → ${found[0].relation}` }
    : null;
}

/**
 * The subject of a noun's content clause: "the accusation that Kenya shelled Uganda", "Peru's suggestion that
 * Bolivia join the talks"; not of a relative clause ("the accusation that Kenya made").
 */
export function contentSubjectOf(ctx: TreeSlotContext, noun: number): Found | null {
  const { tree } = ctx;
  for (const c of childrenWith(tree, noun, "acl", "acl:relcl", "ccomp")) {
    if (!VERBAL.has(tok(ctx, c).pos) || !thatIntroduces(tree, c)) continue;
    const subjects = childrenWith(tree, c, "nsubj", "nsubj:pass").filter(
      (k) => lowerText(tok(ctx, k)) !== "that",
    );
    if (subjects.length === 0) continue;
    return phrase(ctx, subjects, `${tok(ctx, c).rel} "${tok(ctx, c).text}" → nsubj (content clause)`);
  }
  return null;
}

/**
 * What a warning says its own speaker will act on: "Pyongyang warned that it would annihilate the US". Only
 * a pronoun subject with a modal of the future stands for the speaker; "warned that Iran would attack Israel"
 * tells of another's act, not a threat.
 */
export function ownFutureActObjectOf(ctx: TreeSlotContext, verb: number): Found | null {
  const { tree } = ctx;
  for (const c of childrenWith(tree, verb, "ccomp")) {
    if (!VERBAL.has(tok(ctx, c).pos)) continue;
    const [subject] = childrenWith(tree, c, "nsubj");
    if (subject === undefined || tok(ctx, subject).pos !== "PRON") continue;
    if (!childrenWith(tree, c, "aux").some((a) => FUTURE_MODALS.test(tok(ctx, a).text))) continue;
    const found = objectOf(ctx, c);
    if (found) return { group: found.group, relation: `ccomp "${tok(ctx, c).text}" → ${found.relation}` };
  }
  return null;
}
const FUTURE_MODALS = /^(?:will|would|'ll|could|shall)$/i;

/** Prepositions that name what an act is aimed at ("at" is as often a place or a time). */
const AIMED_AT = new Set(["on", "against"]);
const PLACE_CASES = new Set(["in", "inside"]);

/**
 * "strikes on targets in Syria", "bombed camps inside Somalia": where what was acted on is a thing that names
 * no one, the place it lies in names whom the act reached.
 */
function placeOf(ctx: TreeSlotContext, nouns: readonly number[], relation: string): Found | null {
  const places = nouns
    .filter((n) => tok(ctx, n).pos === "NOUN")
    .flatMap((n) => childrenWith(ctx.tree, n, "nmod").filter((c) => PLACE_CASES.has(caseOf(ctx.tree, c))));
  return places.length ? phrase(ctx, places, relation) : null;
}

/** The complement of a preposition attached to the trigger, or to its object ("imposed sanctions on X"). */
export function prepositionOf(ctx: TreeSlotContext, head: number, preposition: string): Found | null {
  const { tree } = ctx;
  // Asked for a dozen prepositions a verb, most of which the sentence does not hold.
  if (!tree.caseWords.has(preposition)) return null;
  const matching = (h: number) =>
    (tree.children[h] ?? []).filter(
      (c) => /^(obl|nmod)/.test(tok(ctx, c).rel) && caseOf(tree, c).split(" ").includes(preposition),
    );
  const under = (h: number) => {
    const hs = matching(h);
    const first = hs[0];
    const label = first === undefined ? undefined : `${tok(ctx, first).rel}[${preposition}]`;
    const found = phrase(ctx, hs, label);
    if (found || !AIMED_AT.has(preposition) || label === undefined) return found;
    return placeOf(ctx, hs, `${label} → nmod[in]`);
  };
  const direct = under(head);
  if (direct) return direct;
  // Attachment is where parsers err most: "participation of forces in the games" may hang "in" on "forces".
  // Not into a passive's agent: "promised by leaders in Lisbon" says where the doers were.
  for (const o of (tree.children[head] ?? []).filter((c) =>
    /^(obj|nsubj:pass|xcomp|nmod|obl(?!:agent))/.test(tok(ctx, c).rel),
  )) {
    const g = via(`${tok(ctx, o).rel} "${tok(ctx, o).text}"`, under(o));
    if (g) return g;
  }
  // "fired a missile that flew over X": the weapon's own clause says where the act went; so for a noun,
  // "the test of a missile, a KN-17 that flew over X", also through an apposition that renames the weapon.
  const weapons = [
    ...childrenWith(tree, head, "obj"),
    ...childrenWith(tree, head, "nmod").filter((c) => caseOf(tree, c) === "of"),
  ];
  for (const o of [...weapons, ...weapons.flatMap((w) => childrenWith(tree, w, "appos"))])
    for (const r of childrenWith(tree, o, "acl:relcl", "acl")) {
      const g = via(
        `${tok(ctx, o).rel} "${tok(ctx, o).text}" → ${tok(ctx, r).rel} "${tok(ctx, r).text}"`,
        under(r),
      );
      if (g) return g;
    }
  // "backed a new round of sanctions against X": the object is a measure of the noun that takes the phrase.
  for (const o of (tree.children[head] ?? []).filter((c) => tok(ctx, c).rel === "obj"))
    for (const n of childrenWith(tree, o, "nmod").filter((c) => caseOf(tree, c) === "of")) {
      const g = via(`obj "${tok(ctx, o).text}" → nmod[of] "${tok(ctx, n).text}"`, under(n));
      if (g) return g;
    }
  return null;
}

/** Relations by which a noun hangs below the word that says who undergoes it ("rounds of sanctions"). */
const UNDERGONE_RELS = new Set(["nmod", "obl", "obj", "compound", "conj", "xcomp"]);

/**
 * Who undergoes what an event noun names: the subject of the clause whose verb or noun of undergoing governs
 * it ("Iran faces US sanctions", "was hit with rounds of UN sanctions", "in defiance of UN sanctions").
 */
export function undergoerOf(ctx: TreeSlotContext, noun: number, words: ReadonlySet<string>): Found | null {
  const said = (i: number) =>
    words.has(tok(ctx, i).lemma.toLowerCase()) || words.has(ctx.tree.lower[i] ?? "");
  let at = noun;
  for (let step = 0; step < 4; step++) {
    const t = tok(ctx, at);
    if (t.head < 0 || !UNDERGONE_RELS.has(t.rel)) return null;
    at = t.head;
    if (!said(at)) continue;
    // A noun of undergoing ("defiance") belongs to the clause above it.
    let clause = at;
    for (
      let k = 0;
      k < 3 && !["VERB", "AUX"].includes(tok(ctx, clause).pos) && tok(ctx, clause).head >= 0;
      k++
    )
      clause = tok(ctx, clause).head;
    const subject = childrenWith(ctx.tree, clause, "nsubj", "nsubj:pass")[0];
    // "the territory that has come under threat": the relative pronoun stands for the territory.
    return subject === undefined
      ? null
      : phrase(ctx, [antecedent(ctx, clause, subject)], `undergoer (subject of "${tok(ctx, clause).text}")`);
  }
  return null;
}

/** Whose a nominal trigger is: "India's purchase", "the Russian visit", "a US strike". */
export function possessorOf(ctx: TreeSlotContext, noun: number): Found | null {
  const authored = isAuthored(ctx.tree, noun);
  const kids = (ctx.tree.children[noun] ?? []).filter(
    (c) =>
      ["nmod:poss", "amod", "compound", "det:poss"].includes(tok(ctx, c).rel) ||
      (authored && tok(ctx, c).rel === "nmod" && AUTHOR_CASES.has(caseOf(ctx.tree, c))),
  );
  return phrase(ctx, kids);
}

/**
 * Nouns of what someone says or puts forward: whose it is may follow "from" or "by" as well as stand before
 * it ("an offer from Ethiopia" is "Ethiopia's offer"; "rejected calls from Kenya" rejects Kenya).
 */
const AUTHORED =
  /^(?:call|appeal|offer|proposal|request|demand|plea|invitation|initiative|plan|ultimatum|overture|suggestion|bid|warning|threat|claim|accusation|criticism|complaint|statement|remark|comment|message|aid|assistance|help)s?$/i;
const AUTHOR_CASES = new Set(["from", "by"]);

export function isAuthored(tree: Tree, noun: number): boolean {
  const t = tree.sentence.tokens[noun];
  return t !== undefined && (AUTHORED.test(t.lemma) || AUTHORED.test(t.text));
}

/** The author of an authored object hung on the verb by the parser ("rejected calls from Kenya to…"): "from"/"by" right after it. */
export function authorBesideObject(ctx: TreeSlotContext, verb: number, object: number): Found | null {
  if (!isAuthored(ctx.tree, object)) return null;
  const after = childrenWith(ctx.tree, verb, "obl").filter(
    (c) => c > object && AUTHOR_CASES.has(caseOf(ctx.tree, c)) && c - object <= 3,
  );
  return phrase(ctx, after.slice(0, 1));
}

/** The clause a speech verb reports: its `ccomp`, or the quotation it interrupts ('"…," he said' hangs "said" on it). */
export function reportedClause(tree: Tree, verb: number): number | null {
  const clause = childrenWith(tree, verb, "ccomp")[0];
  if (clause !== undefined) return clause;
  const t = tree.sentence.tokens[verb];
  // The parser hangs a postposed '…," he told reporters' as parataxis, or as a bare dep when unsure.
  if (t && (t.rel === "parataxis" || t.rel === "dep") && t.head >= 0 && t.head < verb) return t.head;
  return openingQuotation(tree, verb);
}

const OPENING_MARK = /^["“‘']$/;
const CLOSING_MARK = /^["”’']$/;
const SPEAKER_WORDS = new Set(["PUNCT", "DET", "ADJ", "NOUN", "PROPN"]);

/**
 * '"…," the minister told reporters' where the parse lost the link: a sentence that opens with a quotation
 * closed before the speech verb's own phrase reports that quotation, whose clause is its highest word.
 */
function openingQuotation(tree: Tree, verb: number): number | null {
  const tokens = tree.sentence.tokens;
  if (!OPENING_MARK.test(tokens[0]?.text ?? "")) return null;
  const close = tokens.findIndex((x, i) => i > 0 && i < verb && CLOSING_MARK.test(x.text));
  // Only the speaker's noun phrase may stand between the quotation and the speech verb, however it was parsed.
  if (close < 0 || tokens.slice(close + 1, verb).some((x) => !SPEAKER_WORDS.has(x.pos))) return null;
  const inside = (i: number) => i > 0 && i < close;
  const top = tokens.find((x) => inside(x.index) && x.pos !== "PUNCT" && !inside(x.head));
  return top && !subtree(tree, verb).includes(top.index) ? top.index : null;
}

/** What a speaker judges: the subject of the clause reported ("said the launch was reckless"), else the object ("called the launch deplorable"). */
export function judgedOf(tree: Tree, verb: number): number | null {
  const clause = reportedClause(tree, verb);
  if (clause !== null) return childrenWith(tree, clause, "nsubj", "nsubj:pass")[0] ?? null;
  const object = childrenWith(tree, verb, "obj")[0];
  if (object === undefined) return null;
  // "called the United States a warmonger" parsed as a small clause: the label is the object, and what it
  // names is the label's subject.
  const named = VERBAL.has(tree.sentence.tokens[object]?.pos ?? "")
    ? undefined
    : childrenWith(tree, object, "nsubj")[0];
  return named ?? object;
}

/** Clauses of their own inside a verb's phrase: what they say is not the judgement. */
const OTHER_CLAUSES = ["conj", "advcl", "ccomp", "nsubj", "nsubj:pass", "csubj"];

/**
 * "described the settlements as illegitimate": the parser may hang the "as" phrase of a naming verb as a
 * clause, but one with no verb and no subject of its own is what the object is called.
 */
function asPredicate(tree: Tree, c: number): boolean {
  const t = tree.sentence.tokens[c];
  return (
    t?.rel === "advcl" &&
    !VERBAL.has(t.pos) &&
    childrenWith(tree, c, "nsubj", "nsubj:pass").length === 0 &&
    dependents(tree, c).some((d) => d.rel === "mark" && lowerText(d) === "as")
  );
}

/** The words that say what the judged thing is: the reported clause, or the naming verb's phrase without its subject and other clauses. */
export function judgementScope(tree: Tree, verb: number): number[] {
  const clause = reportedClause(tree, verb);
  const drop = new Set<number>([verb]);
  const root = clause ?? verb;
  if (clause === null) {
    for (const c of childrenWith(tree, verb, ...OTHER_CLAUSES))
      if (!asPredicate(tree, c)) for (const i of subtree(tree, c)) drop.add(i);
  }
  // '"…," he said': the quotation's tree holds the speech verb and its speaker.
  else if (tree.sentence.tokens[verb]?.head === clause) for (const i of subtree(tree, verb)) drop.add(i);
  return subtree(tree, root).filter((i) => !drop.has(i));
}

/** The judged phrase's actors, for the `judged` slot. */
export function judgedSlot(ctx: TreeSlotContext, verb: number): Found | null {
  const judged = judgedOf(ctx.tree, verb);
  if (judged === null) return null;
  const relation = `judged (${tok(ctx, judged).rel} "${tok(ctx, judged).text}")`;
  // "called the Ugandan decision illegal": what a state's adjective or name qualifies is judged as its own.
  return (
    phrase(ctx, [judged], relation) ??
    phrase(ctx, childrenWith(ctx.tree, judged, "amod", "compound"), `${relation} → modifier`)
  );
}
