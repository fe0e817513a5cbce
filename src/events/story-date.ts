/**
 * The date of an act the sentence gives no date for: an act reported as the article's news takes
 * the publication date (as GDELT and ICEWS do); background acts — past perfect, "already", "has long",
 * "since the war", habitual present — stay undated. Reads the trigger's clause in the dependency tree.
 */
import type { Sentence, Token } from "../domain/types.js";

/** Adverbs that put an act before the story, or make it a habit rather than one act. */
const BACKGROUND_ADVERBS = new Set([
  "already",
  "previously",
  "formerly",
  "once",
  "long",
  "repeatedly",
  "routinely",
  "often",
  "frequently",
  "regularly",
  "traditionally",
  "historically",
  "always",
  "usually",
  "ever",
  "never",
  "consistently",
  "persistently",
  "constantly",
  "continually",
  "continuously",
  "habitually",
]);

/** Verbs whose present simple reports what is said or felt now ("Japan says", "Seoul wants"), not a habit. */
const STANCE_VERBS = new Set([
  "say",
  "tell",
  "warn",
  "urge",
  "call",
  "demand",
  "insist",
  "accuse",
  "deny",
  "reject",
  "claim",
  "announce",
  "state",
  "add",
  "note",
  "argue",
  "want",
  "hope",
  "believe",
  "think",
  "expect",
  "consider",
  "condemn",
  "welcome",
  "praise",
  "criticise",
  "criticize",
  "blame",
  "threaten",
  "vow",
  "pledge",
  "promise",
  "ask",
  "agree",
  "plan",
  "seek",
  "intend",
  "oppose",
  "support",
  "back",
  "protest",
  "report",
  "confirm",
  "describe",
  "see",
  "fear",
  "stand",
]);

const FUTURE_AUX = new Set(["will", "shall", "'ll", "’ll", "wo"]);
const PERFECT_HAVE = new Set(["has", "have", "'ve", "’ve"]);
const PAST_PERFECT_HAVE = new Set(["had", "'d", "’d"]);
/** Nouns of spans that reach back from now: "for years", "in recent months", "in the past", "over the decades". */
const SPAN_NOUNS = new Set(["years", "decades", "months", "past", "centuries", "generations"]);

const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
const SEASON = "spring|summer|autumn|fall|winter";
/**
 * A time the sentence names that the date finder leaves unresolved: "in December", "the following July",
 * "that year", "weeks later", "in the summer". The act has a time of its own, so it is not dated as the news.
 */
const OTHER_TIME = new RegExp(
  String.raw`\b(?:(?:in|since|by|until|from|during|early|late|mid|of)\s+(?:${MONTH})\b(?!\s+\d)|(?:the\s+)?(?:following|previous|preceding|same|that)\s+(?:year|month|week|day|${MONTH}|${SEASON})\b|(?:days|weeks|months|years|decades)\s+(?:later|earlier|before|after(?:wards)?)\b|(?:in|that|last|this|the)\s+(?:${SEASON})\b)`,
  "i",
);

export function namesAnotherTime(text: string): boolean {
  return OTHER_TIME.test(text);
}

/** "ongoing": the news, but an activity told as lasting for a while ("has been holding drills", "annual drills"). */
export type StoryTime = "news" | "ongoing" | "background" | "future";

/** Modifiers that make an activity a season of acts rather than one day's: "annual drills", "ongoing talks". */
const LASTING = new Set([
  "annual",
  "yearly",
  "ongoing",
  "continuing",
  "month-long",
  "weeks-long",
  "week-long",
]);

/** Whether the trigger at `at`, or the object of its verb, is an activity that lasts ("annual drills"). */
function lasting(tokens: readonly Token[], at: number, verb: Token): boolean {
  const trigger = tokens[at];
  const things = [trigger, ...children(tokens, verb.index).filter((c) => c.rel === "obj")];
  return things.some(
    (t) => t !== undefined && children(tokens, t.index).some((m) => m.rel === "amod" && LASTING.has(word(m))),
  );
}

const children = (tokens: readonly Token[], head: number) => tokens.filter((t) => t.head === head);
const word = (t: Token) => t.text.toLowerCase();

/** The verb of the trigger's clause: the trigger itself, or the nearest verb above a nominal trigger ("his visit"). */
function clauseVerb(tokens: readonly Token[], at: number): Token | null {
  let t: Token | undefined = tokens[at];
  for (let steps = 0; t && steps < 6; steps++) {
    if (t.pos === "VERB" || (t.tag?.startsWith("VB") ?? false)) return t;
    if (t.head < 0) return null;
    t = tokens[t.head];
  }
  return null;
}

/**
 * A span adjunct of `verb`: "since the 2020 war", "for years", "in the past", "over the decades". A counted
 * span after a simple past is how long the act's outcome lasts, not a reach back ("extended sanctions for six
 * months"); after a perfect it reaches back ("have held talks for six months").
 */
function reachesBack(tokens: readonly Token[], verb: Token, perfect: boolean): boolean {
  for (const c of children(tokens, verb.index)) {
    if (c.rel !== "obl" && c.rel !== "advcl" && c.rel !== "obl:tmod") continue;
    const marks = children(tokens, c.index)
      .filter((m) => m.rel === "case" || m.rel === "mark")
      .map(word);
    if (marks.includes("since")) return true;
    const counted = children(tokens, c.index).some((m) => m.rel === "nummod");
    if (counted && !perfect && verb.tag === "VBD" && marks.includes("for")) continue;
    if (SPAN_NOUNS.has(word(c)) && marks.some((m) => ["for", "in", "over", "during"].includes(m)))
      return true;
  }
  return false;
}

const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))$/i;

/** Whether `verb` tells what "the Nth time" counts: a clause on "time" with an ordinal. */
function countedTime(tokens: readonly Token[], verb: Token): boolean {
  let time = tokens[verb.head];
  // "the second time in a month that…" may hang the clause on the phrase's noun.
  for (let up = 0; time && up < 2 && word(time) !== "time" && time.rel === "nmod"; up++)
    time = tokens[time.head];
  return (
    time !== undefined &&
    word(time) === "time" &&
    ["acl:relcl", "acl", "parataxis", "ccomp"].includes(verb.rel) &&
    children(tokens, time.index).some((c) => (c.rel === "amod" || c.rel === "nummod") && ORDINAL.test(c.text))
  );
}

/** Speech verbs that report what was said. */
const REPORTING = new Set([
  "say",
  "tell",
  "add",
  "state",
  "announce",
  "confirm",
  "report",
  "note",
  "explain",
]);

/** Whether `verb`'s clause is reported by a speech verb in the past: "said they had…", "…, the ministry said". */
function reportedInPast(tokens: readonly Token[], verb: Token): boolean {
  const past = (t: Token | undefined) => t !== undefined && REPORTING.has(t.lemma) && t.tag === "VBD";
  if (verb.rel === "ccomp" && past(tokens[verb.head])) return true;
  // A postposed "…, the ministry said" hangs as parataxis, or as a conjunct with no "and" when the parser errs.
  const postposed = (c: Token) =>
    c.rel === "parataxis" ||
    c.rel === "dep" ||
    (c.rel === "conj" && !children(tokens, c.index).some((k) => k.rel === "cc"));
  return children(tokens, verb.index).some((c) => c.index > verb.index && postposed(c) && past(c));
}

const CONCURRENT = new Set(["as", "while", "when"]);

/** "The launch came as the two navies hold drills": a present under a past act's "as" is what went on then. */
function concurrentWithPast(tokens: readonly Token[], verb: Token): boolean {
  const governor = tokens[verb.head];
  return (
    verb.rel === "advcl" &&
    // "The move comes as…" is the news's own present.
    (governor?.tag === "VBD" || governor?.lemma === "come") &&
    children(tokens, verb.index).some((c) => c.rel === "mark" && CONCURRENT.has(word(c)))
  );
}

/** Whether the act of the trigger at token `at` is the article's news, background, or still to come. */
export function storyTime(sentence: Sentence, at: number): StoryTime {
  const tokens = sentence.tokens;
  if (!sentence.parsed) return "news";
  const verb = clauseVerb(tokens, at);
  // A nominal with no verb above it ("Japan's protest over the launch"): told as the news.
  if (!verb) return "news";
  // "It was the second time the regime had fired over Japan": the act counted is the one told now, whatever
  // its tense.
  if (countedTime(tokens, verb)) return "news";
  const kids = children(tokens, verb.index);
  const aux = kids.filter((c) => c.rel === "aux" || c.rel === "aux:pass").map(word);
  const adverbs = kids.filter((c) => c.rel === "advmod" || c.rel === "obl:tmod").map(word);
  if (adverbs.some((a) => BACKGROUND_ADVERBS.has(a))) return "background";
  // "had visited": before the story's time, unless it is what someone said ("they had discussed it, Seoul
  // said" reports "we discussed it": the tense moved back with the report).
  if (aux.some((a) => PAST_PERFECT_HAVE.has(a)) && verb.tag === "VBN" && !reportedInPast(tokens, verb))
    return "background";
  if (
    reachesBack(
      tokens,
      verb,
      aux.some((a) => PERFECT_HAVE.has(a) || PAST_PERFECT_HAVE.has(a)),
    )
  )
    return "background";
  // "sanctions imposed by the US and Japan": a participle describing a thing names an earlier act.
  if (verb.rel === "acl" && verb.tag === "VBN") return "background";
  // "Trump, who has vowed …": a perfect in a relative clause describes the actor's record.
  if (verb.rel === "acl:relcl" && aux.some((a) => PERFECT_HAVE.has(a))) return "background";
  if (aux.some((a) => FUTURE_AUX.has(a)) || (aux.includes("going") && verb.tag === "VB")) return "future";
  // "has been holding drills": a perfect progressive runs up to the story over days.
  const perfectProgressive =
    verb.tag === "VBG" &&
    aux.includes("been") &&
    aux.some((a) => PERFECT_HAVE.has(a) || PAST_PERFECT_HAVE.has(a));
  if (perfectProgressive) return "ongoing";
  // Present simple of an act ("China supplies most of its oil") is a habit; of saying ("Japan says") the news.
  const progressive =
    verb.tag === "VBG" && aux.some((a) => ["is", "are", "am", "'s", "’s", "'re", "’re"].includes(a));
  if (
    (verb.tag === "VBZ" || verb.tag === "VBP") &&
    !progressive &&
    aux.length === 0 &&
    !STANCE_VERBS.has(verb.lemma) &&
    !concurrentWithPast(tokens, verb)
  )
    return "background";
  // "conducted annual drills": one season of a recurring act, not one day ("hold annual drills" is the habit).
  if (lasting(tokens, at, verb)) return "ongoing";
  return "news";
}

/**
 * The date an undated act takes from the article: the publication day for the news, its month for an
 * act still to come (a visit "will" happen, soon) or one lasting up to it ("has been holding drills"),
 * null for background or when the day is unknown.
 */
export function storyDate(sentence: Sentence, at: number, published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const time = storyTime(sentence, at);
  return time === "news" ? published : time === "future" || time === "ongoing" ? published.slice(0, 7) : null;
}
