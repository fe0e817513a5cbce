/**
 * Triggers from event nouns (data/nominals): "Russia's threats against Ukraine", "sanctions on Iran by the
 * EU", "Japan issued a warning to China". The doer is the noun's possessor or nationality adjective, its
 * "by" (or "from") phrase, or the subject of a light verb whose object the noun is; the one acted upon is a
 * prepositional phrase the entry names. Participants come only from the tree: a noun with no actor in its
 * slots ("a test of wills") gives no event.
 */
import type { Sentence } from "../domain/types.js";
import type { Trigger } from "./find-triggers.js";
import type { LexiconRule, Slot } from "./lexicon.js";
import type { NominalDictionary, NominalEntry } from "./nominal-dictionary.js";
import { caseOf, lowerText, type Tree } from "./tree.js";
import { sectorOfCode, type DroppedVerb } from "./verb-triggers.js";

/** A verb trigger the event noun took over: "conducted strikes" is an attack, not what "conduct" codes alone. */
export interface AbsorbedVerb {
  readonly trigger: Trigger;
  /** Token index of the noun. */
  readonly by: number;
}

export interface NounCandidates {
  readonly triggers: Trigger[];
  /** Nouns whose light verb a verb-dictionary pattern already codes ("impose (SANCTIONS)"). */
  readonly dropped: DroppedVerb[];
  readonly absorbedVerbs: AbsorbedVerb[];
}

const ruleId = (entry: NominalEntry) => `noun.${entry.verb}`;

function ruleFor(entry: NominalEntry, noun: string, light: string | null): LexiconRule {
  // With a light verb the trigger's head is the verb: its subject did it, its phrases (or its object's) name the target.
  const source: Slot[] = light ? ["subject"] : ["possessor", "by", ...entry.source.filter((s) => s !== "by")];
  // Without a light verb the measure's target may be whoever undergoes it ("Iran faces US sanctions").
  const undergone = !light && entry.undergoneBy.size > 0;
  return {
    id: ruleId(entry),
    code: entry.code,
    steps: [],
    headPos: null,
    source,
    ...(undergone
      ? { target: [...entry.target, "undergoer"], undergoneBy: entry.undergoneBy }
      : { target: [...entry.target] }),
    symmetric: false,
    multilateral: false,
    intent: false,
    planned: false,
    spoken: null,
    sector: sectorOfCode(entry.code),
    treeOnly: true,
    origin: {
      kind: "nominal",
      noun,
      verb: entry.verb,
      family: entry.codeFrom.kind === "family" ? entry.codeFrom.family : null,
      light,
      file: entry.file,
    },
  };
}

/** Relations only a noun phrase has: the tagger sometimes calls "launch" in "Peru's launch alarmed Chile" a verb. */
const NOMINAL_RELS = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "nmod", "nmod:poss", "obl", "compound"]);
const NOUN_MARKERS = new Set(["det", "nmod:poss", "case", "amod"]);

function isNounLike(tree: Tree, i: number, dict: NominalDictionary): boolean {
  const t = tree.sentence.tokens[i]!;
  if (t.pos === "NOUN" || t.pos === "PROPN") return true;
  // Only the noun's own form: "launched" is the verb whatever its relation.
  return (
    t.pos === "VERB" &&
    dict.byNoun.has(lowerText(t)) &&
    (NOMINAL_RELS.has(t.rel) ||
      (tree.children[i] ?? []).some((c) => NOUN_MARKERS.has(tree.sentence.tokens[c]!.rel)))
  );
}

/** The light verb whose object (or passive subject) the noun is: "imposed sanctions", "strikes were carried out". */
function lightVerbOf(tree: Tree, noun: number, dict: NominalDictionary, entry: NominalEntry): number | null {
  let t = tree.sentence.tokens[noun]!;
  // "imposed a new round of sanctions", "launched a wave of strikes": the measure word stands in the noun's place.
  const measure = tree.sentence.tokens[t.head];
  if (t.rel === "nmod" && measure && caseOf(tree, noun) === "of" && measure.pos === "NOUN") t = measure;
  if (t.head < 0 || !["obj", "nsubj:pass"].includes(t.rel)) return null;
  const v = tree.sentence.tokens[t.head]!;
  const lemma = v.lemma.toLowerCase();
  return v.pos === "VERB" && (dict.lightVerbs.has(lemma) || entry.adoptedBy.has(lemma)) ? t.head : null;
}

/**
 * Event nouns outside the hand lexicon's spans. `verbal`: the verb-dictionary triggers; a light verb coded
 * by a pattern keeps the act, one coded only by its family's default, or one the noun's entry names as
 * adopting it, gives way to the noun.
 */
export function findNounCandidates(
  sentence: Sentence,
  tree: Tree,
  dict: NominalDictionary,
  hand: readonly Trigger[],
  verbal: readonly Trigger[],
): NounCandidates {
  const triggers: Trigger[] = [];
  const dropped: DroppedVerb[] = [];
  const absorbedVerbs: AbsorbedVerb[] = [];
  const inHand = (i: number) => hand.some((k) => k.first <= i && i <= k.last);
  for (const t of sentence.tokens) {
    const entry = dict.byNoun.get(t.lemma) ?? dict.byNoun.get(lowerText(t));
    if (!entry || inHand(t.index) || !isNounLike(tree, t.index, dict)) continue;
    // A noun the tagger called a verb may have been taken as one.
    const self = verbal.find((v) => v.head === t.index);
    if (self) absorbedVerbs.push({ trigger: self, by: t.index });
    const light = lightVerbOf(tree, t.index, dict, entry);
    if (light === null) {
      triggers.push({
        rule: ruleFor(entry, lowerText(t), null),
        first: t.index,
        last: t.index,
        head: t.index,
      });
      continue;
    }
    const lightLemma = sentence.tokens[light]?.lemma ?? "";
    const rule = ruleFor(entry, lowerText(t), lightLemma);
    const verb = verbal.find((v) => v.head === light);
    const origin = verb?.rule.origin;
    // A body that backs or approves the measure takes it (the entry's own verbs): the field's patterns
    // read "support sanctions" as a threat of them (1312), but backing them in a vote imposes them.
    const adopted = entry.adoptedBy.has(lightLemma.toLowerCase());
    if (origin?.kind === "verb" && origin.pattern && !adopted) {
      dropped.push({
        at: t.index,
        rule: rule.id,
        origin: rule.origin!,
        why: { kind: "absorbed", by: light, code: rule.code },
      });
      continue;
    }
    if (verb) absorbedVerbs.push({ trigger: verb, by: t.index });
    triggers.push({ rule, first: Math.min(light, t.index), last: Math.max(light, t.index), head: light });
  }
  return { triggers, dropped, absorbedVerbs };
}
