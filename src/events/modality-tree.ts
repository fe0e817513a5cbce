/** Modality read off the dependency tree: the function words of the trigger's own clause, and the clauses above it. */
import type { Mention, Modality, Sentence, Token } from "../domain/types.js";
import { phraseIn, type ModalityCues } from "./modality-cues.js";
import { caseOf, childrenWith, dependents, subtree, thatIntroduces, type Tree } from "./tree.js";

export interface TreeModalityInput {
  readonly sentence: Sentence;
  readonly head: number;
  readonly first: number;
  readonly last: number;
  readonly voices: readonly number[];
  readonly tree: Tree;
  readonly mentions: readonly Mention[];
  /** Codes of the actors whose own act the event is (its source; both sides of a joint or cooperative act). */
  readonly source: readonly string[];
}

/** Dependents that carry a clause's polarity, tense and stance: "did not", "will", "is expected to", "never", "no talks", "the planned visit". */
const FUNCTION = new Set(["aux", "aux:pass", "cop", "advmod", "mark", "det", "amod", "discourse"]);
/** Modifiers that can open with a reporting phrase ("according to reports"). */
const ATTRIBUTION = new Set(["obl", "advcl", "nmod", "parataxis", "obl:npmod"]);
/** Futures in the past: inside someone's words, "would" is their "will". */
const REPORTED_FUTURE = ["would", "'d"];
const NEGATORS = new Set(["not", "n't", "never", "no"]);
/** A finite conjunct has its own tense: "said … will ensure and proposed" does not share "will". */
const FINITE = new Set(["VBD", "VBZ", "VBP"]);
/** Subordinators that introduce what is said or claimed ("claims that …", "accused X of …"); "when", "after" do not. */
const CONTENT_MARKS = new Set(["that", "of", ""]);
/** Determiners that make an event noun one that happened ("about the attack"), not war in general. */
const DEFINITE = /^(?:the|this|that|these|those|its|their|his|her)$/i;

/** The cue words of some tokens: `words` runs parallel to the sentence's tokens, so none is dropped. */
const wordsOf = (words: readonly string[], tokens: readonly Token[]) =>
  tokens.flatMap((t) => words[t.index] ?? []);
const hasSubject = (tree: Tree, i: number) =>
  dependents(tree, i).some((c) => /^(nsubj|csubj|expl)/.test(c.rel));
const markOf = (tree: Tree, i: number, words: readonly string[]) =>
  wordsOf(
    words,
    dependents(tree, i).filter((c) => c.rel === "mark"),
  );

interface Step {
  readonly node: number;
  readonly via: string;
  readonly own: boolean;
}

interface Clause {
  /** The trigger and the words that govern it within its clause, with their function words, in sentence order. */
  readonly words: string[];
  /** The same without what a conjunct shares only for polarity's sake ("did not meet or talk", but "did not attend and sent" sends). */
  readonly negationWords: string[];
  /** Every node from the trigger up to the root, with the relation it was reached through. */
  readonly path: readonly Step[];
  /** The last step of `path` still in the trigger's own clause (the own steps lead the path). */
  readonly ownTop: Step;
}

/** Nominal dependents of a predicate: an adverbial clause the parser hangs on one modifies the predicate. */
const NOMINAL_SLOTS = new Set(["obj", "iobj", "obl", "nsubj", "nsubj:pass"]);

/**
 * A clause's adverbial clauses, with those the parser hung on one of its nouns ("would shoot missiles
 * down if it bought…" with the "if" clause under "missiles"): in UD an adverbial clause never modifies a noun.
 */
function adverbialClauses(tree: Tree, node: number): Token[] {
  const kids = dependents(tree, node);
  const onNouns = kids.filter((c) => NOMINAL_SLOTS.has(c.rel)).flatMap((c) => dependents(tree, c.index));
  return [...kids, ...onNouns].filter((c) => c.rel === "advcl");
}

const ENTERED = new Set(["to", "in", "into"]);

/** The trigger's own clause: climbs xcomp ("refused to attend"), an infinitive or a "from" gerund ("is due to meet", "refrained from attacking"), a subject-less conjunct, and from a nominal to its verb ("did not hold talks"). */
function clauseOf(
  tree: Tree,
  head: number,
  span: readonly [number, number],
  words: readonly string[],
): Clause {
  const tokens = tree.sentence.tokens;
  const own = new Set<number>([head]);
  const polar = new Set<number>([head]);
  let ownTop: Step = { node: head, via: "", own: true };
  const path: Step[] = [ownTop];
  let n = head;
  let inClause = true;
  let polarity = true;
  for (let guard = 0; guard < tokens.length; guard++) {
    const t = tokens[n];
    // Heads lie inside the sentence, so `t` is only missing for a broken parse: stop climbing there.
    if (!t || t.head < 0 || t.head === n) break;
    const up = t.head;
    if (inClause) {
      const nominal = t.pos === "NOUN" || t.pos === "PROPN";
      const cc = wordsOf(
        words,
        dependents(tree, n).filter((c) => c.rel === "cc"),
      );
      if (
        t.rel === "xcomp" ||
        (t.rel === "advcl" && markOf(tree, n, words).some((m) => m === "to" || m === "from")) ||
        // "capable of targeting", "able to strike": an adjective's complement is in the adjective's clause.
        (t.rel === "advcl" &&
          tokens[up]?.pos === "ADJ" &&
          markOf(tree, n, words).some((m) => m === "of" || m === "to")) ||
        // "did not hold talks"; "refused to return to talks", "did not take part in the talks": the act a
        // verb goes into.
        (nominal &&
          n === head &&
          tokens[up]?.pos === "VERB" &&
          (["obj", "nsubj", "nsubj:pass"].includes(t.rel) ||
            (t.rel === "obl" && ENTERED.has(caseOf(tree, n)))))
      ) {
        // stays in the clause
      } else if (
        t.rel === "conj" &&
        !hasSubject(tree, n) &&
        !cc.includes("but") &&
        !FINITE.has(t.tag ?? "")
      ) {
        if (!cc.some((c) => c === "or" || c === "nor")) polarity = false;
      } else inClause = false;
    }
    const step = { node: up, via: t.rel, own: inClause };
    path.push(step);
    if (inClause) {
      ownTop = step;
      own.add(up);
      if (polarity) polar.add(up);
    }
    n = up;
  }
  // "War continued to loom": what an event noun as subject is said to do goes on in its verb's infinitives,
  // which are the noun's clause too; not what is done to it ("the investment is set to be scrapped").
  const noun = tokens[head];
  const subjectOf = noun?.rel.startsWith("nsubj") ? noun.head : undefined;
  if ((noun?.pos === "NOUN" || noun?.pos === "PROPN") && subjectOf !== undefined) {
    const chain: number[] = [];
    for (
      let x = childrenWith(tree, subjectOf, "xcomp")[0];
      x !== undefined && !chain.includes(x);
      x = childrenWith(tree, x, "xcomp")[0]
    )
      chain.push(x);
    if (!chain.some((x) => dependents(tree, x).some((c) => c.rel === "aux:pass")))
      for (const x of chain) own.add(x);
  }
  // The trigger's other words keep their function words too: "held no talks".
  for (const [i, t] of tokens.entries())
    if (span[0] <= i && i <= span[1] && t.head >= 0) {
      own.add(i);
      polar.add(i);
    }
  const local = (nodes: Set<number>) => {
    const out = new Set<number>();
    for (const m of nodes) {
      out.add(m);
      for (const c of dependents(tree, m)) {
        if (!FUNCTION.has(c.rel)) continue;
        out.add(c.index);
        // "no longer", "not yet": a modifier's own modifier.
        if (c.rel === "advmod")
          for (const g of dependents(tree, c.index)) if (g.rel === "advmod") out.add(g.index);
      }
    }
    // In sentence order; every node is a token, so each has its word.
    return [...words.entries()]
      .filter(([i]) => out.has(i))
      .map(([i, w]) =>
        // "not only … but also" affirms.
        // The trigger's own words are no cue ("accused", "planned"), but for its negation ("did not meet" as one rule).
        (w === "not" && words[i + 1] === "only") || (span[0] <= i && i <= span[1] && !NEGATORS.has(w))
          ? ""
          : w,
      );
  };
  return { words: local(own), negationWords: local(polar), path, ownTop };
}

/** Whether a clause hangs under a reporting word as what is said: a complement, not "when"/"after" clauses. */
function framing(tree: Tree, via: string, child: number, words: readonly string[]): boolean {
  if (["ccomp", "xcomp", "parataxis", "csubj", "csubj:pass"].includes(via)) return true;
  // "the accusation that Sweden had spied on them", parsed as a relative clause: the noun's content.
  if (via === "acl:relcl") return thatIntroduces(tree, child);
  if (via !== "advcl" && via !== "acl") return false;
  // "when Hasina visited": a wh-adverb subordinates like a mark.
  const wh = wordsOf(
    words,
    dependents(tree, child).filter((c) => c.rel === "advmod" && c.tag === "WRB"),
  );
  const marks = [...markOf(tree, child, words), ...wh];
  return (marks.length ? marks : [""]).every((m) => CONTENT_MARKS.has(m));
}

/** A governing word with its function words and a pronoun subject: "it is known", "are believed". */
function governingWords(tree: Tree, node: number, words: readonly string[]): string[] {
  const keep = dependents(tree, node).filter(
    (c) => FUNCTION.has(c.rel) || c.rel === "expl" || (/^nsubj/.test(c.rel) && c.pos === "PRON"),
  );
  // The word and what it keeps, in sentence order.
  return wordsOf(
    words,
    tree.sentence.tokens.filter((t) => t.index === node || keep.includes(t)),
  );
}

/** Whether a phrase (by any of its words) heads the sentence or is the subject of its main verb. */
function leads(tree: Tree, word: number): boolean {
  const tokens = tree.sentence.tokens;
  let t = tokens[word];
  for (
    let guard = 0;
    guard < 4 && t && ["amod", "compound", "det", "flat", "nmod:poss"].includes(t.rel);
    guard++
  )
    t = tokens[t.head];
  // Only a broken parse climbs out of the sentence.
  if (!t) return false;
  return t.rel === "root" || (/^nsubj/.test(t.rel) && tokens[t.head]?.rel === "root");
}

/** Whose words a reporting word gives: its subject, its agent ("was accused by"), or its owner ("Pakistan's claim"). */
function speakerOf(tree: Tree, word: number): number[] | null {
  for (const r of ["nsubj", "obl:agent", "nmod:poss"]) {
    const c = dependents(tree, word).find((k) => k.rel === r);
    if (c) return subtree(tree, c.index);
  }
  return null;
}

/** Who gives a reporting word's words, against the act's doer. */
type Voice = "unnamed" | "commentator" | "party" | "other actor";

function voiceOf(input: TreeModalityInput, word: number): Voice {
  const speaker = speakerOf(input.tree, word);
  if (!speaker) return "unnamed";
  if (input.voices.some((v) => speaker.includes(v))) return "commentator";
  const codes = input.mentions
    .filter((m) => speaker.includes(m.first))
    .flatMap((m) => m.actors.map((a) => a.code));
  if (codes.length === 0) return "unnamed";
  return codes.some((c) => input.source.includes(c)) ? "party" : "other actor";
}

/** Someone else's words before the report: anyone but a party to the act. */
const hearsay = (input: TreeModalityInput, word: number): boolean => voiceOf(input, word) !== "party";

/**
 * Someone else's words after the report: a commentator or a named actor that is no party ("…, analysts
 * said", "…, Ethiopia's foreign minister said"); unnamed sourcing ("…, officials said") leaves it as told.
 */
function postposedHearsay(input: TreeModalityInput, word: number): boolean {
  const voice = voiceOf(input, word);
  return voice === "commentator" || voice === "other actor";
}

export function treeModality(
  input: TreeModalityInput,
  cues: ModalityCues,
  words: readonly string[],
): Modality {
  const { tree } = input;
  const speaks = (t: Token | undefined) => t !== undefined && cues.speech.includes(t.lemma.toLowerCase());
  const clause = clauseOf(tree, input.head, [input.first, input.last], words);
  if (phraseIn(clause.negationWords, cues.negation)) return "negated";

  // Above the trigger's clause, through coordination, the clause it depends on: a condition, a report or a reporting phrase.
  const { ownTop } = clause;
  const reach: Step[] = clause.path.filter((p) => p.own);
  let top = ownTop;
  for (const p of clause.path.slice(reach.length)) {
    reach.push(p);
    top = p;
    if (p.via !== "conj") break;
  }
  // The word whose complement the trigger's clause is ("said that …", "it is known that …"), if it is one.
  const governor =
    top.node !== ownTop.node && framing(tree, top.via, reach.at(-2)?.node ?? input.head, words)
      ? top.node
      : null;
  // "denied that Uganda had attacked": what a word of negation frames is denied, not reported.
  if (governor !== null && cues.negation.includes(words[governor] ?? "")) return "negated";
  // A reporting phrase after the report frames it only as someone else's words ("…, analysts said",
  // "…, Ethiopia's minister said"; not "…, officials said"), whether the parser hangs the report under
  // it (ccomp) or it under the report (parataxis, ccomp, or a conjunct with no "and").
  const frames: number[] = [];
  if (
    governor !== null &&
    speaks(tree.sentence.tokens[governor]) &&
    (governor < input.head || postposedHearsay(input, governor))
  )
    frames.push(governor);
  // "Indian media reported …" however parsed: an outlet or commentator heading the sentence before the trigger.
  const voiceLeads = input.voices.some((v) => v < input.head && leads(tree, v));
  for (const c of dependents(tree, ownTop.node)) {
    if (c.index <= input.head || !speaks(c) || !["parataxis", "ccomp", "conj"].includes(c.rel)) continue;
    // An attribution has no report of its own ("…; Mali says they were…" is a statement beside it), and a
    // conjunct attributes only with no "and".
    const own = dependents(tree, c.index).map((k) => k.rel);
    const attached =
      (c.rel !== "conj" || !own.includes("cc")) && !own.some((r) => ["ccomp", "obj", "xcomp"].includes(r));
    if (attached && postposedHearsay(input, c.index)) frames.push(c.index);
  }
  let conditionalTruth = false;
  for (const { node, via } of reach) {
    if (via === "conj" && node !== ownTop.node && !clause.path.find((p) => p.node === node)?.own) continue;
    // The trigger inside an "if" clause, or under a clause with an "if" clause of its own: a condition and its consequence.
    if (markOf(tree, node, words).some((m) => cues.conditional.includes(m))) return "hypothetical";
    for (const c of adverbialClauses(tree, node)) {
      if (clause.path.some((p) => p.node === c.index)) continue;
      const mark = markOf(tree, c.index, words).filter((m) => cues.conditional.includes(m));
      if (mark.length === 0) continue;
      // "if true" doubts a report rather than setting a condition.
      if (phraseIn([...mark, ...wordsOf(words, [c])], cues.reported)) conditionalTruth = true;
      else return "hypothetical";
    }
  }
  const hypothetical = frames.length
    ? cues.hypothetical.filter((c) => !REPORTED_FUTURE.includes(c))
    : cues.hypothetical;
  if (phraseIn(clause.words, hypothetical)) return "hypothetical";
  // "fears of a war between them", "on the brink of war": what is feared or risked has not happened.
  const trigger = tree.sentence.tokens[input.head];
  const holder = trigger && trigger.rel === "nmod" && caseOf(tree, input.head) === "of" ? trigger.head : -1;
  if (holder >= 0 && phraseIn([words[holder] ?? ""], hypothetical)) return "hypothetical";
  // "talked about war with Uganda", "warned about a war": war in general, or one that may come, is what is talked
  // of; "complained about the attack", "about Uganda's invasion" name one that happened.
  if (
    trigger &&
    (trigger.rel === "nmod" || trigger.rel === "obl") &&
    caseOf(tree, input.head) === "about" &&
    !dependents(tree, input.head).some(
      (d) => d.rel === "nmod:poss" || (d.rel === "det" && DEFINITE.test(d.text)),
    )
  )
    return "hypothetical";
  // "will decide whether to block X": the act it governs is left open (but "asked Peru whether…" asks).
  const own = dependents(tree, input.head);
  if (
    own.some((c) => /^(xcomp|ccomp)$/.test(c.rel) && markOf(tree, c.index, words).includes("whether")) &&
    !own.some((c) => c.rel === "obj" || c.rel === "iobj")
  )
    return "hypothetical";

  // "It is known that …", "is believed to …": the governing clause's own words report.
  const governing = governor === null ? [] : governingWords(tree, governor, words);
  if (
    conditionalTruth ||
    voiceLeads ||
    frames.some((f) => f > input.head || hearsay(input, f)) ||
    phraseIn(clause.words, cues.reported) ||
    phraseIn(governing, cues.reported)
  )
    return "reported";
  for (const { node, own, via } of clause.path) {
    // "Iran allegedly supplied drones, and Iranian tankers delivered fuel": a hedge covers its own clause and what it reports.
    if (!own && via === "conj") continue;
    for (const c of dependents(tree, node)) {
      if (c.rel === "advmod" && cues.hedges.some((h) => h === words[c.index])) return "reported";
      if (ATTRIBUTION.has(c.rel) && !clause.path.some((p) => p.node === c.index)) {
        const opening = subtree(tree, c.index)
          .slice(0, 3)
          .flatMap((i) => words[i] ?? []);
        if (phraseIn(opening, cues.reported, 0, 1)) return "reported";
      }
    }
  }
  const planned = frames.length ? [...cues.planned, ...REPORTED_FUTURE] : cues.planned;
  if (phraseIn(clause.words, planned)) return "planned";
  return "asserted";
}
