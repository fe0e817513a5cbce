/** Reading a parsed sentence's dependency tree: children, prepositions, and the actors a phrase names. */
import type { Sentence, Token } from "../domain/types.js";
import type { Group } from "./participants.js";

/** A sentence's tree with its children indexed once. */
export interface Tree {
  readonly sentence: Sentence;
  readonly children: readonly (readonly number[])[];
  /** Each token's text lower-cased (lowerText), computed once per sentence. */
  readonly lower: readonly string[];
  /** Each token's prepositions (caseOf), read once per sentence: the coder asks for them again and again. */
  readonly cases: readonly string[];
  /** Every word that marks a nominal in this sentence: a preposition not among them is nowhere. */
  readonly caseWords: ReadonlySet<string>;
}

export function treeOf(sentence: Sentence): Tree {
  const children: number[][] = sentence.tokens.map(() => []);
  for (const t of sentence.tokens) {
    if (t.head < 0 || t.head === t.index) continue;
    const siblings = children[t.head];
    // A head outside the sentence is a broken parse: fail on it, as indexing past the end always did.
    if (!siblings) throw new RangeError(`token ${t.index} has head ${t.head} outside its sentence`);
    siblings.push(t.index);
  }
  const cases = sentence.tokens.map(() => "");
  const caseWords = new Set<string>();
  for (const t of sentence.tokens) {
    if (t.rel !== "case" || t.head < 0 || t.head === t.index) continue;
    const word = t.text.toLowerCase();
    caseWords.add(word);
    cases[t.head] = cases[t.head] ? `${cases[t.head]} ${word}` : word;
  }
  return { sentence, children, lower: sentence.tokens.map(lowerText), cases, caseWords };
}

/** The tokens that depend on `head`, in sentence order. */
export function dependents(tree: Tree, head: number): Token[] {
  // Children are indices of the sentence's own tokens, so none is dropped here.
  const out: Token[] = [];
  for (const c of tree.children[head] ?? []) {
    const t = tree.sentence.tokens[c];
    if (t) out.push(t);
  }
  return out;
}

export function childrenWith(tree: Tree, head: number, ...rels: string[]): number[] {
  // Asked of nearly every word the coder reads: a plain loop, with no array of tokens in between.
  const out: number[] = [];
  for (const c of tree.children[head] ?? []) {
    const t = tree.sentence.tokens[c];
    if (t && rels.includes(t.rel)) out.push(t.index);
  }
  return out;
}

/** The preposition that marks a nominal ("to" in "to Pakistan"), lower-cased; "" when it has none. */
export function caseOf(tree: Tree, head: number): string {
  return tree.cases[head] ?? "";
}

/** Every token index under `head`, itself included, in sentence order. */
export function subtree(tree: Tree, head: number): number[] {
  const out: number[] = [];
  const walk = (i: number) => {
    out.push(i);
    for (const c of tree.children[i] ?? []) walk(c);
  };
  walk(head);
  return out.sort((a, b) => a - b);
}

/** Whether a verb is in the passive voice: "was hosted", "sanctions imposed by". */
export function isPassiveVerb(tree: Tree, verb: number): boolean {
  const v = tree.sentence.tokens[verb];
  // No such token has no dependents either: not passive.
  if (!v) return false;
  const kids = dependents(tree, verb);
  return (
    kids.some((k) => ["nsubj:pass", "aux:pass", "csubj:pass"].includes(k.rel)) ||
    // A reduced passive ("sanctions imposed by Japan") has only its "by" agent to show for it.
    (v.rel === "acl" &&
      v.pos === "VERB" &&
      /(ed|en|wn)$/i.test(v.text) &&
      kids.some((k) => k.rel.startsWith("obl") && caseOf(tree, k.index) === "by"))
  );
}

/** Relations inside a noun phrase that can name whose it is: "China's ministry", "the Japanese government", "officials from Iran". */
const NAMING = new Set(["compound", "amod", "nmod:poss", "flat", "appos", "nmod", "det:poss"]);
const OWNER_PREPOSITIONS = new Set(["of", "from", ""]);
const BOUNDARY = /^(?:border|frontier|boundary)s?$/i;
const LISTING = new Set(["including", "such as", "like", "among them"]);
/**
 * Nouns that stand for the state that has them ("the Japanese government", "US aircraft", "officials
 * from Iran", its places: "Saudi cities", "the US base", its ships and its people: "a Philippine vessel",
 * "Russian oligarchs"); any other noun only describes ("Russian-Pakistani ties", "the US position") unless it is
 * possessed ("North Korea's launch").
 */
const AGENTIVE =
  /^(?:government|administration|authorit|official|minist|leader|president|premier|chancellor|king|army|armies|military|militar|navy|navies|force|troop|soldier|police|guard|coast|air|aircraft|jet|warship|destroyer|bomber|fighter|drone|missile|diplomat|envoy|ambassador|delegat|negotiator|representative|spokes|agenc|intelligence|regime|junta|cabinet|parliament|congress|senate|court|council|committee|commission|assembl|legislat|department|bureau|tribunal|embassy|mission|side|state|nation|countr|people|island|territor|water|airspace|mainland|coast|soil|capital|cit(?:y|ies)|town|village|base|border|frontier|consulate|province|vessel|ships?$|boats?$|tanker|plane|airliner|helicopter|submarine|frigate|outpost|citizens?$|nationals?$|oligarch|mediator|peacekeeper)/i;

/**
 * Nouns that name others by how they stand to whoever possesses them ("Kenya's neighbours", "critics of the
 * government", "Abe's opponents"): the possessor is not who they are.
 */
const RELATIONAL =
  /^(?:opponents?|critics?|rivals?|enem(?:y|ies)|foes?|neighbou?rs?|all(?:y|ies)|adversar(?:y|ies)|detractors?|supporters?|backers?|partners?|friends?|counterparts?|successors?|predecessors?)$/i;

/** Nouns for people or groups of them that are no state's own ("a trade team", "the crown prince", "their hosts"). */
const PEOPLE =
  /^(?:teams?|groups?|members?|princes?|princess(?:es)?|emirs?|sultans?|monarchs?|queens?|popes?|secretar(?:y|ies)|chiefs?|heads?|hosts?|guests?|visitors?|lawmakers?|politicians?|executives?|famil(?:y|ies)|relatives?|victims?|survivors?|workers?|students?|crews?|staff|refugees?|activists?|journalists?|reporters?|communit(?:y|ies)|m[ae]n|wom[ae]n|persons?)$/i;

/**
 * Whether a noun names people or a body ("officials", "the delegation", "Kenya's neighbours", "a trade team")
 * rather than a thing ("the country's demand", "the EU's move"): only people meet, host or are somewhere.
 * (AGENTIVE reads word beginnings, so "statement" passes for "state"; a statement is a thing.)
 */
export function namesPeople(word: { readonly text: string; readonly lemma: string }): boolean {
  return (
    ([word.lemma, word.text].some((w) => AGENTIVE.test(w)) && !/^statement/i.test(word.text)) ||
    [word.lemma, word.text].some((w) => PEOPLE.test(w)) ||
    RELATIONAL.test(word.text)
  );
}

/** Relations by which a possessor hangs on what it has: "Kenya's neighbours", "critics of the government". */
export const POSSESSOR_RELS: ReadonlySet<string> = new Set(["nmod:poss", "det:poss", "nmod"]);

/** Whether a noun names others by how they stand to its possessor ("Kenya's neighbours"). */
export function isRelationalNoun(word: { readonly text: string }): boolean {
  return RELATIONAL.test(word.text);
}

/** The mention group that covers a token, if any. */
export function groupCovering(groups: readonly Group[], token: number): Group | null {
  return groups.find((g) => g.mentions.some((m) => m.first <= token && token <= m.last)) ?? null;
}

/**
 * The actors a nominal names, as mention groups: the group the head word belongs to, else one that
 * names it from inside the phrase ("North Korea's launch", "the Chinese foreign ministry", "envoys
 * from Japan"), with every conjunct ("India and Pakistan" → both).
 */
export function actorsOfPhrase(
  tree: Tree,
  groups: readonly Group[],
  head: number,
  depth = 0,
  // A compound inside an agentive phrase is part of it: "the US Pacific territory".
  withinAgentive = false,
): Group[] {
  if (depth > 3) return [];
  const out: Group[] = [];
  const add = (g: Group | null) => {
    if (g && !out.includes(g)) out.push(g);
  };
  const own = groupCovering(groups, head);
  if (own) {
    add(own);
    // "threatened the South, Japan and the U.S. mainland" is parsed as a chain of appositions; one naming
    // another actor is a list, since an apposition proper renames ("Kim, North Korea's leader").
    const codes = new Set(own.mentions.flatMap((m) => m.actors.map((a) => a.code)));
    // "Poland, one of the largest EU states", "Japan, an ally of the US": a description, not a list item.
    const describes = (c: number) =>
      groupCovering(groups, c) === null &&
      (tree.sentence.tokens[c]?.pos === "NUM" ||
        childrenWith(tree, c, "det").some((d) => /^an?$/.test(tree.lower[d] ?? "")) ||
        childrenWith(tree, c, "nmod").some((n) => caseOf(tree, n) === "of"));
    for (const c of childrenWith(tree, head, "appos").filter((a) => !describes(a)))
      for (const g of actorsOfPhrase(tree, groups, c, depth + 1))
        if (g.mentions.every((m) => m.actors.every((a) => !codes.has(a.code)))) add(g);
  } else {
    const tokens = tree.sentence.tokens;
    const word = tokens[head];
    // No such token has no dependents either, so `agentive` is never read for it.
    const agentive =
      withinAgentive || (word !== undefined && (AGENTIVE.test(word.lemma) || AGENTIVE.test(word.text)));
    const relational = word !== undefined && isRelationalNoun(word);
    for (const kid of dependents(tree, head)) {
      const c = kid.index;
      const rel = kid.rel;
      if (!NAMING.has(rel)) continue;
      if (relational && POSSESSOR_RELS.has(rel)) continue;
      // "Kenya, whose troops…": "whose" is the noun before it, wherever the parser hung the clause.
      if (lowerText(kid) === "whose") {
        add(groupCovering(groups, c - (tokens[c - 1]?.text === "," ? 2 : 1)));
        if (out.length) break;
        continue;
      }
      // "nine countries including Ireland and Egypt": the members listed are those the phrase names.
      const listed = agentive && LISTING.has(caseOf(tree, c));
      if (rel === "nmod" && !OWNER_PREPOSITIONS.has(caseOf(tree, c)) && !listed) continue;
      if (
        !agentive &&
        rel !== "nmod:poss" &&
        rel !== "appos" &&
        rel !== "flat" &&
        !(rel === "nmod" && caseOf(tree, c) === "of")
      )
        continue;
      for (const g of actorsOfPhrase(tree, groups, c, depth + 1, agentive && rel === "compound")) add(g);
      if (out.length) break;
    }
  }
  // "its border with Somalia": a boundary has two sides, its owner's and the one after "with".
  if (!own && BOUNDARY.test(tree.sentence.tokens[head]?.lemma ?? ""))
    for (const c of childrenWith(tree, head, "nmod").filter((n) => caseOf(tree, n) === "with"))
      for (const g of actorsOfPhrase(tree, groups, c, depth + 1)) add(g);
  for (const c of childrenWith(tree, head, "conj"))
    for (const g of actorsOfPhrase(tree, groups, c, depth + 1)) add(g);
  return out;
}

/**
 * Whether a clause's "that" introduces it ("the claim that Kenya shelled Somalia") rather than standing for
 * the noun it modifies ("the deal that Kenya signed"), however the parser labelled it: a mark, or a "that"
 * beside which the clause has a subject of its own and, where "that" is read as its object, another object.
 */
export function thatIntroduces(tree: Tree, clause: number): boolean {
  const kids = dependents(tree, clause);
  const that = kids.find((c) => lowerText(c) === "that");
  if (!that) return false;
  if (that.rel === "mark") return true;
  if (!kids.some((c) => c !== that && c.rel.startsWith("nsubj"))) return false;
  return (
    that.rel.startsWith("nsubj") ||
    kids.some((c) => c !== that && ["obj", "iobj", "ccomp", "xcomp"].includes(c.rel))
  );
}

/** Joins several groups into one, so a coordinated subject acts as one group ("India and Pakistan signed"). */
export function joinGroups(groups: readonly Group[]): Group | null {
  if (groups.length <= 1) return groups[0] ?? null;
  const mentions = groups.flatMap((g) => g.mentions);
  return {
    first: Math.min(...groups.map((g) => g.first)),
    last: Math.max(...groups.map((g) => g.last)),
    mentions,
  };
}

export const lowerText = (t: Token) => {
  const lower = t.text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
};
