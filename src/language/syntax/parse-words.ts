/** Tags and parses the words of one sentence: the pure run-time entry point of the syntax model. */
import { parseSentence, parserInput } from "./dependency-parser.js";
import type { SyntaxModel } from "./model-file.js";
import { ENDS_SUBJECT, withFiniteVerb } from "./finite-verb.js";
import { headClauseByVerb } from "./verbal-root.js";
import { subjectsAfterFrontedPhrases, subjectsOfConjoinedClauses } from "./conjoined-subject.js";
import { subjectsOfGerunds } from "./gerund-subject.js";
import { obliqueLabels } from "./oblique-label.js";
import { mainVerbAfterParticipleAside } from "./participle-aside.js";
import { verbAfterAppositive } from "./appositive-subject.js";
import { asClauses } from "./as-clause.js";
import { isAcronym } from "./acronym.js";
import { scareQuotes } from "./scare-quotes.js";
import { dashAsides } from "./dash-asides.js";
import { regnalNumerals } from "./regnal-numeral.js";
import { vocativesAsAppositions } from "./vocative-apposition.js";
import { passiveSubjects, perfectAuxiliaries } from "./auxiliaries.js";
import { joinQuotation, quotationEnd, speakersAfterQuotations } from "./quotation-split.js";
import { tagSentence, type Amend } from "./tagger.js";
import { nominalRoot, verbForNominalRoot } from "./nominal-root.js";
import { treebankSpelling, wordCodes } from "./word-features.js";

/** One word's analysis; `head` indexes the sentence's words (0-based), -1 for the root. */
export interface ParsedWord {
  readonly upos: string;
  readonly xpos: string;
  readonly head: number;
  readonly rel: string;
}

/** What the rest of the pipeline knows of the words before the parse. */
export interface WordHints {
  /**
   * Another tagger's UPOS per word (wink's). Where it reads a verb in -s right after a name that dyad's
   * tagger calls a plural noun ("Chile stands with Peru", "Kenya plans to…"), the verb is taken: the greedy
   * tagger has not yet seen the words that make it a verb, and wink was right in every such case of PUD and
   * EWT dev. Where it reads a capitalised word inside the sentence as a name that dyad's tagger calls a
   * common noun, the name is taken: names that are also English words ("Trump", "Bush", "Rice") are rare as
   * names in the treebank, and a common noun made the subject of a verb read as a clause on it.
   */
  readonly upos?: readonly string[];
  /**
   * wink's lemma per word. Where wink reads an irregular past ("struck", "fell", "met": its lemma is no stem
   * of it) as a verb right after a subject and dyad's tagger does not, the verb is taken: the treebank is web
   * text, where the past of "strike" or "fly" is too rare for the tagger to know it.
   */
  readonly lemmas?: readonly string[];
  /**
   * Words the actor dictionaries found as names (of a state, a city, a person): a capitalised one is a proper
   * noun, whatever the tagger makes of a name it has not seen ("Hungary" read as an adjective).
   */
  readonly names?: ReadonlySet<number>;
  /** Whether white space comes before each word: a dash with space on both sides sets words apart ("home – a port"), one without joins them ("al-Qaida"). */
  readonly spaced?: readonly boolean[];
}

export function parseWords(
  model: SyntaxModel,
  forms: readonly string[],
  hints: WordHints = {},
): ParsedWord[] {
  const asides = acronymAsides(forms);
  const aside = (i: number) => asides.some((a) => i >= a && i <= a + 2);
  const quotes = scareQuotes(forms).filter((q) => !aside(q.open) && !aside(q.close));
  const dashes = dashAsides(forms, hints.upos, hints.spaced).filter(
    (d) =>
      !asides.some((a) => a + 2 >= d.open && a <= d.close) &&
      !quotes.some((q) => q.close >= d.open && q.open <= d.close),
  );
  const dashed = (i: number) => dashes.some((d) => i >= d.open && i <= d.close);
  if (asides.length === 0 && quotes.length === 0 && dashes.length === 0)
    return parseWithQuotations(model, forms, hints);
  // Parsed without its bracketed acronyms, which the greedy parser reads as the phrase's end and so leaves
  // the verb after them without a subject, without the marks around a few quoted words, and without its noun
  // phrases between dashes; each is then put back: an acronym as an apposition of the word before it, a mark
  // on the quoted words' head, a dashed phrase parsed on its own as an apposition of the noun before it.
  const kept = forms.flatMap((_, i) =>
    aside(i) || dashed(i) || quotes.some((q) => i === q.open || i === q.close) ? [] : [i],
  );
  const position = new Map(kept.map((i, k) => [i, k]));
  const parsed = parseWithQuotations(
    model,
    kept.map((i) => forms[i]!),
    pickHints(hints, kept),
  );
  const out: ParsedWord[] = forms.map((_, i) => {
    const k = position.get(i);
    if (k === undefined) return { upos: "PUNCT", xpos: "_", head: -1, rel: "punct" };
    const w = parsed[k]!;
    return { ...w, head: w.head < 0 ? -1 : kept[w.head]! };
  });
  for (const a of asides) {
    // The name's head: "Liberation Tigers of Tamil Eelam (LTTE)" renames "Tigers".
    let name = a - 1;
    while (NAME_PART.has(out[name]!.rel) && out[name]!.head >= 0 && out[name]!.head < name) {
      const up = out[name]!.head;
      if (!NAME_END.test(forms[up]!)) break;
      name = up;
    }
    out[a] = { upos: "PUNCT", xpos: "-LRB-", head: a + 1, rel: "punct" };
    out[a + 1] = { upos: "PROPN", xpos: "NNP", head: name, rel: "appos" };
    out[a + 2] = { upos: "PUNCT", xpos: "-RRB-", head: a + 1, rel: "punct" };
  }
  for (const { open, close } of dashes) {
    // Its root renames the noun before the first dash, and the dashes hang on that root.
    const inner = parseWithQuotations(
      model,
      forms.slice(open + 1, close),
      hintsWithin(hints, open + 1, close),
    );
    const rootAt = inner.findIndex((w) => w.head < 0);
    const root = open + 1 + Math.max(0, rootAt);
    inner.forEach((w, j) => {
      out[open + 1 + j] =
        w.head < 0 ? { ...w, head: open - 1, rel: "appos" } : { ...w, head: open + 1 + w.head };
    });
    out[open] = { upos: "PUNCT", xpos: ":", head: root, rel: "punct" };
    out[close] = { upos: "PUNCT", xpos: ":", head: root, rel: "punct" };
  }
  for (const { open, close } of quotes) {
    // The quoted words' head: the first of them whose own head lies outside the marks.
    let head = open + 1;
    for (let i = open + 1; i < close; i++) {
      const h = out[i]!.head;
      if (h < open || h > close) {
        head = i;
        break;
      }
    }
    out[open] = { upos: "PUNCT", xpos: "``", head, rel: "punct" };
    out[close] = { upos: "PUNCT", xpos: "''", head, rel: "punct" };
  }
  return out;
}

const NAME_END = /^\p{Lu}/u;
// Times before a zone ("10 AM (PST)") are no names.
const NOT_NAME = /^(?:AM|PM|A\.M\.|P\.M\.)$/i;
// A clause goes on after it; a dateline ("WASHINGTON (AP) --") or a heading ("… (NASA):") does not.
const GOES_ON = /^(?:[\p{L}\p{N}]|,$)/u;
const NAME_PART = new Set(["nmod", "flat", "compound"]);

/** Where each "( ACRONYM )" right after a name, inside a clause, begins. */
function acronymAsides(forms: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i + 3 < forms.length; i++)
    if (
      forms[i] === "(" &&
      forms[i + 2] === ")" &&
      isAcronym(forms[i + 1]!) &&
      NAME_END.test(forms[i - 1]!) &&
      !NOT_NAME.test(forms[i - 1]!) &&
      GOES_ON.test(forms[i + 3]!)
    )
      out.push(i);
  return out;
}

/** The hints of the words at `kept`, renumbered in order. */
function pickHints(hints: WordHints, kept: readonly number[]): WordHints {
  const { upos, lemmas, names, spaced } = hints;
  return {
    ...(spaced ? { spaced: kept.map((i) => spaced[i] ?? true) } : {}),
    ...(upos ? { upos: kept.map((i) => upos[i] ?? "") } : {}),
    ...(lemmas ? { lemmas: kept.map((i) => lemmas[i] ?? "") } : {}),
    ...(names ? { names: new Set(kept.flatMap((i, k) => (names.has(i) ? [k] : []))) } : {}),
  };
}

function parseWithQuotations(model: SyntaxModel, forms: readonly string[], hints: WordHints): ParsedWord[] {
  const at = quotationEnd(forms);
  if (at) {
    const part = (from: number, to: number) =>
      parseWhole(model, forms.slice(from, to), hintsWithin(hints, from, to));
    const joined = joinQuotation(forms.length, at, part(1, at.comma), part(at.closing + 1, forms.length));
    if (joined) return speakersAfterQuotations(forms, joined);
  }
  return speakersAfterQuotations(forms, parseWhole(model, forms, hints));
}

/** The hints of words `from` … `to` − 1, numbered from 0. */
function hintsWithin(hints: WordHints, from: number, to: number): WordHints {
  const { upos, lemmas, names, spaced } = hints;
  return {
    ...(spaced ? { spaced: spaced.slice(from, to) } : {}),
    ...(upos ? { upos: upos.slice(from, to) } : {}),
    ...(lemmas ? { lemmas: lemmas.slice(from, to) } : {}),
    ...(names ? { names: new Set([...names].filter((i) => i >= from && i < to).map((i) => i - from)) } : {}),
  };
}

function parseWhole(model: SyntaxModel, forms: readonly string[], hints: WordHints): ParsedWord[] {
  const { upos: guide, lemmas, names: known } = hints;
  if (forms.length === 0) return [];
  const codes = wordCodes(forms.map(treebankSpelling));
  const { tags: names } = model.tagger;
  const plural = names.indexOf("NOUN NNS");
  const present = names.indexOf("VERB VBZ");
  const common = names.indexOf("NOUN NN");
  const proper = names.indexOf("PROPN NNP");
  const past = names.indexOf("VERB VBD");
  const irregular = (i: number, tag: number, prev: number) =>
    guide?.[i] === "VERB" &&
    past >= 0 &&
    !/^(?:VERB|AUX) /.test(names[tag] ?? "") &&
    ENDS_SUBJECT.test(names[prev] ?? "") &&
    irregularForm(forms[i] ?? "", lemmas?.[i]);
  const presentTense = (i: number, tag: number, prev: number, left: Int32Array) =>
    guide?.[i] === "VERB" &&
    tag === plural &&
    present >= 0 &&
    /s$/i.test(forms[i] ?? "") &&
    (names[prev]?.startsWith("PROPN ") === true ||
      (names[prev] === "NOUN NN" && !objectBefore(forms, names, left, i - 1)));
  const plain = names.indexOf("VERB VBP");
  // The plain present after a plural subject, adverbs between ("humans also lose", "the markings locate").
  const presentPlural = (i: number, tag: number, left: Int32Array) => {
    if (guide?.[i] !== "VERB" || plain < 0 || !/^(?:ADJ JJ|NOUN NN|ADV RB)$/.test(names[tag] ?? ""))
      return false;
    if (!/^[a-z]+$/.test(forms[i] ?? "") || /(?:s|ed|ing)$/.test(forms[i]!)) return false;
    let j = i - 1;
    while (j >= 0 && names[left[j]!]?.startsWith("ADV ")) j--;
    const subject = names[left[j]!] ?? "";
    return (
      j >= 0 &&
      (/^(?:NOUN NNS|PROPN NNPS)$/.test(subject) ||
        (subject === "PRON PRP" && PLURAL_SUBJECT.test(forms[j]!))) &&
      !objectBefore(forms, names, left, j)
    );
  };
  // An adjective does not stand right before a verb: a sentence's capitalised first word that wink reads as a
  // name before a word it reads as a verb is a name ("Microsoft announced…", "Seagal made…").
  const nameOpeningClause = (i: number, tag: number) =>
    i === 0 &&
    names[tag] === "ADJ JJ" &&
    guide?.[0] === "PROPN" &&
    guide[1] === "VERB" &&
    // "British shows", "Cultic remains": a plural may be what the adjective modifies.
    !/s$/.test(forms[1] ?? "") &&
    /^\p{Lu}\p{Ll}+$/u.test(forms[0] ?? "");
  // The treebank has few nouns in -ly, so the tagger reads "ally", "assembly", "rally" as adverbs; after a
  // determiner, a possessive, an adjective or a noun, where wink reads a noun, one is a noun ("a key ally").
  const adverb = names.indexOf("ADV RB");
  const nounInLy = (i: number, tag: number, prev: number) =>
    tag === adverb &&
    guide?.[i] === "NOUN" &&
    /^[a-z]+ly$/.test(forms[i] ?? "") &&
    /^(?:DET DT|PRON PRP\$|PART POS|ADJ JJ|NOUN NN|PROPN NNP)$/.test(names[prev] ?? "");
  const amend: Amend = (i, tag, prev, left) =>
    nounInLy(i, tag, prev)
      ? common
      : irregular(i, tag, prev)
        ? past
        : presentTense(i, tag, prev, left)
          ? present
          : presentPlural(i, tag, left)
            ? plain
            : proper >= 0 &&
                ((tag === common && guide?.[i] === "PROPN" && capitalisedInside(forms, i)) ||
                  nameOpeningClause(i, tag) ||
                  (known?.has(i) === true &&
                    /^\p{Lu}/u.test(forms[i] ?? "") &&
                    !names[tag]?.startsWith("PROPN ")))
              ? proper
              : tag;
  // The tagger's passes, each a constraint on greedy decoding: a sentence has a finite verb, no infinitive
  // is spelt as a plural or is an adjective.
  const tagWith = (constraint: Amend) =>
    nounsAfterPrepositionTo(
      model.tagger,
      forms,
      codes,
      withFiniteVerb(
        model.tagger,
        forms,
        codes,
        tagSentence(model.tagger, forms, codes, constraint),
        constraint,
      ),
      constraint,
      guide,
    );
  const tags = tagWith(amend);
  const parsed = parseTagged(model, forms, codes, tags);
  const retag = verbForNominalRoot(model.tagger.tags, forms, tags, parsed, guide);
  if (!retag) return parsed;
  const again = parseTagged(
    model,
    forms,
    codes,
    tagWith((i, tag, prev, left) => (i === retag.at ? retag.tag : amend(i, tag, prev, left))),
  );
  return nominalRoot(again) ? parsed : again;
}

function parseTagged(
  model: SyntaxModel,
  forms: readonly string[],
  codes: ReturnType<typeof wordCodes>,
  tags: Int32Array,
): ParsedWord[] {
  const barred = new Uint8Array(forms.length + 2);
  tags.forEach((t, i) => (barred[i + 1] = model.leaf[t] ?? 0));
  const arcs = parseSentence(
    model.parser,
    parserInput(forms, tags, model.coarse, codes),
    forms.length,
    barred,
  );
  const parsed = headClauseByVerb(
    forms.map((_, i) => {
      const [upos = "X", xpos = "_"] = (model.tagger.tags[tags[i]!] ?? "X _").split(" ");
      return {
        upos,
        xpos,
        head: arcs.heads[i + 1]! - 1,
        rel: model.parser.labels[arcs.labels[i + 1]!] ?? "dep",
      };
    }),
  );
  const repaired = obliqueLabels(
    subjectsOfGerunds(
      forms,
      subjectsOfConjoinedClauses(
        forms,
        mainVerbAfterParticipleAside(
          forms,
          passiveSubjects(
            forms,
            perfectAuxiliaries(forms, verbAfterAppositive(forms, subjectsAfterFrontedPhrases(parsed))),
          ),
        ),
      ),
    ),
  );
  return asClauses(forms, vocativesAsAppositions(forms, regnalNumerals(forms, repaired)));
}

// "stolen", "known", "torn", "gone": forms only a participle takes, which after a noun is no finite verb
// ("war torn", "the money stolen").
const PARTICIPLE_ONLY = /(?:en|wn|rn|ne)$/;

/**
 * A past form wink's lemma is no regular inflection of: "struck" (strike), "met" (meet), "built" (build).
 * Spellings of one word ("authorise" for "authorize", "catalogue") are not forms of it.
 */
function irregularForm(form: string, lemma: string | undefined): boolean {
  if (!lemma || !/^[a-z]+$/.test(form) || form === lemma || /(?:s|ed|ing)$/.test(form)) return false;
  if (PARTICIPLE_ONLY.test(form)) return false;
  const spelling = form.length === lemma.length && form.replace(/s/g, "z") === lemma.replace(/s/g, "z");
  return !spelling && !lemma.startsWith(form) && !/(?:ogue|our|re)$/.test(form);
}

const PLURAL_SUBJECT = /^(?:they|we|you|i)$/i;

// Words inside a noun phrase, before its head noun.
const INSIDE_NOUN_PHRASE = /^(?:NOUN|PROPN|ADJ|DET|NUM) |^PRON PRP\$$|^PUNCT HYPH$|^PART POS$/;

/**
 * Whether the noun phrase ending at word `j` follows a preposition, verb or auxiliary, so is its object or
 * predicate and no subject: "evaluating our new hire needs", "for all your smoking needs". A phrase after
 * "of" is inside a longer one, which may be a subject ("the ministry of finance warns").
 */
function objectBefore(
  forms: readonly string[],
  names: readonly string[],
  left: Int32Array,
  j: number,
): boolean {
  let k = j;
  while (k >= 0 && INSIDE_NOUN_PHRASE.test(names[left[k]!] ?? "")) k--;
  return k >= 0 && /^(?:ADP|VERB|AUX) /.test(names[left[k]!] ?? "") && forms[k]?.toLowerCase() !== "of";
}

/** A word with a capital and then small letters, after a word or a comma, so not where a sentence or quotation opens. */
const capitalisedInside = (forms: readonly string[], i: number) =>
  i > 0 && /^\p{Lu}\p{Ll}+$/u.test(forms[i] ?? "") && /^[\p{L}\d,]/u.test(forms[i - 1] ?? "");

/**
 * An infinitive takes the plain form, and no English verb's plain form ends in a consonant and -s or in
 * -es: "to" read as the infinitive's mark before a verb so spelt ("refused to bow to demands", "returned
 * to talks") is a preposition before a plural noun, and the words after it are tagged again. So is a "to"
 * before a word wink reads as an adjective ("lost a jet to hostile fire", "to modern readers"): no
 * infinitive is one.
 */
const PLURAL_SPELLING = /(?:[bcdfghjklmnpqrtvwxz]|[^s]e)s$/i;

function nounsAfterPrepositionTo(
  model: SyntaxModel["tagger"],
  forms: readonly string[],
  codes: ReturnType<typeof wordCodes>,
  tags: Int32Array,
  amend: Amend,
  guide: readonly (string | undefined)[] = [],
): Int32Array {
  const names = model.tags;
  const [mark, preposition, plural, adjective] = ["PART TO", "ADP IN", "NOUN NNS", "ADJ JJ"].map((t) =>
    names.indexOf(t),
  );
  const at = tags.findIndex(
    (t, i) =>
      i > 0 &&
      tags[i - 1] === mark &&
      names[t]?.startsWith("VERB ") === true &&
      (PLURAL_SPELLING.test(forms[i] ?? "") || guide[i] === "ADJ"),
  );
  if (at < 0 || preposition! < 0 || plural! < 0 || adjective! < 0) return tags;
  const word = guide[at] === "ADJ" ? adjective! : plural!;
  return tagSentence(model, forms, codes, (i, tag, prev, left) =>
    i === at - 1 ? preposition! : i === at ? word : amend(i, tag, prev, left),
  );
}
