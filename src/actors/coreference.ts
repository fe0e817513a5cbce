/** Resolves the common anaphors: "the two countries", "both sides", "the latter", "the former", "it/its", "he/she". */
import type { ActorRef, Mention, Sentence, Token } from "../domain/types.js";
import type { Role } from "../domain/vocabulary.js";

const PAIR =
  /^(?:the two|both(?: the)?|both these)(?: [a-z-]+)? (?:countries|nations|states|sides|neighbours|neighbors|governments|powers|partners|capitals|leaders|presidents|premiers|prime ministers|foreign ministers|ministers|delegations|militaries|navies|armies)\b/i;
const NUMBERS: Readonly<Record<string, number>> = {
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  trilateral: 3,
  trio: 3,
  troika: 3,
  quadrilateral: 4,
  quartet: 4,
  quad: 4,
};
/** "The quadrilateral", "the three countries", "all four sides": a group of that many named just before. */
const GROUP =
  /^(?:the|all(?: the)?|these)\s+["“”']?\s*(three|four|five|six|trilateral|trio|troika|quadrilateral|quartet|quad)\b(?:\s+(?:countries|nations|states|sides|neighbours|neighbors|governments|powers|partners|members|capitals))?/i;
/** Nouns a count can stand before and still be a group of states: "the three leaders", "all four delegations". */
const GROUP_NOUN =
  /^(?:leaders?|presidents?|premiers?|ministers?|heads?|delegations?|allies|armies|militaries|navies|forces|envoys|diplomats)$/i;
const COUNTED_WORD = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const BOTH_SUBJECT = /^both\b(?! of)/i;
const LATTER = /^the latter\b/i;
const FORMER = /^the former\b/i;
const IT = /^(?:it|its)$/i;
/** "North Korea", "South Sudanese troops": a state named by a compass half, which "the North" can then stand for. */
const HALF = /^(North|South)\s/;
const HE = /^(?:he|she|his|her|him)$/i;
/**
 * "the country", "the isolated state", "the regime's": a state named by a common noun, with at most two
 * lower-case modifiers ("the North Korean regime" is a name, "the other country" one of two, "the state
 * of emergency" and "the state media" no state at all).
 */
const DESCRIPTION =
  /^[Tt]he((?: (?!other\b|same\b|first\b|second\b|last\b|next\b|host\b|home\b)[a-z][a-z-]*){0,2}) (?:country|state|regime|nation|kingdom)$/;

/** "the president", "the foreign minister": an office named bare, with no state, person or "of" of its own. */
const BARE_TITLE =
  /^the (president|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|king|queen|emir|crown prince|secretary-general)(?![\w-])/i;
/** How many sentences back a bare office may look for its holder. */
const TITLE_WINDOW = 5;

/** The words every anaphor above begins with; any other token can start none, so it is passed over at once. */
const OPENER = /^(?:the|both|all|these|he|she|his|her|him|it|its)\b/i;

/** Actors mentioned so far, with the sentence of each mention. */
class History {
  private readonly order: ActorRef[] = [];
  private readonly seen: { actor: ActorRef; sentence: number }[] = [];
  note(actor: ActorRef, sentence: number): void {
    if (actor.scope === "nonstate") return;
    const at = this.order.findIndex((a) => a.code === actor.code);
    if (at >= 0) this.order.splice(at, 1);
    this.order.push(actor);
    this.seen.push({ actor, sentence });
  }
  /** The last `n` different states named in this and the two previous sentences, or none if fewer were. */
  group(sentence: number, n: number): ActorRef[] {
    const recent: ActorRef[] = [];
    for (const s of [...this.seen].reverse()) {
      if (recent.length >= n || s.sentence < sentence - 2) break;
      if (s.actor.scope === "state" && !recent.some((a) => a.code === s.actor.code)) recent.push(s.actor);
    }
    return recent.length === n ? recent.reverse() : [];
  }
  /**
   * States named from sentence `sentence - window` on, other than `exclude`, the most named first, the later
   * on ties. Only states: "both sides" and "the country" are never an organisation named nearby.
   */
  private ranked(sentence: number, window: number, exclude: string | null): ActorRef[] {
    const counts = new Map<string, { actor: ActorRef; n: number; last: number }>();
    this.seen.forEach((s, k) => {
      if (s.sentence < sentence - window || s.actor.code === exclude || s.actor.scope !== "state") return;
      const c = counts.get(s.actor.code) ?? { actor: s.actor, n: 0, last: 0 };
      counts.set(s.actor.code, { actor: c.actor, n: c.n + 1, last: k });
    });
    return [...counts.values()].sort((a, b) => b.n - a.n || b.last - a.last).map((c) => c.actor);
  }
  /**
   * The state a description ("the country") most likely stands for: the one named most in sentence
   * `sentence` and the two before it; else the one named most in the article so far.
   */
  salient(sentence: number, exclude: string | null): ActorRef | null {
    return this.ranked(sentence, 2, exclude)[0] ?? this.ranked(sentence, Infinity, exclude)[0] ?? null;
  }
  lastTwo(exclude: string | null = null): ActorRef[] {
    return this.order.filter((a) => a.code !== exclude).slice(-2);
  }
  /** "The two countries": the two states named most in this and the two previous sentences, the later first on ties. */
  pair(sentence: number, exclude: string | null): ActorRef[] {
    // "Tokyo and Washington …, with the two governments calling a meeting": two states named earlier in
    // the same sentence are the pair, however often others were named before it.
    const here = this.ranked(sentence, 0, null);
    if (here.length === 2) return here;
    const ranked = this.ranked(sentence, 2, exclude);
    return ranked.length >= 2 ? ranked.slice(0, 2) : this.lastTwo();
  }
}

/** A named office holder ("Lavrov", "the Greek foreign minister"), whom "he" or "she" can stand for. */
function isOfficial(m: Mention): boolean {
  return (m.form === "person" || m.form === "title") && m.actors.length === 1;
}

const PEOPLE = /(?:leaders|presidents|premiers|ministers)$/i;

/**
 * The states of the last two different office holders named before token `at` of sentence `s` (in it
 * and the two before): both, or that state once when they serve one; null when fewer than two were named.
 */
function lastTwoPeople(
  mentions: readonly (readonly Mention[])[],
  s: number,
  own: readonly Mention[],
  at: number,
): ActorRef[] | null {
  const named = [
    ...(mentions[s - 2] ?? []),
    ...(mentions[s - 1] ?? []),
    ...own.filter((m) => m.last < at),
  ].filter(isOfficial);
  const people: ActorRef[] = [];
  for (const m of named.reverse()) {
    const a = m.actors[0];
    if (a?.person && !people.some((p) => p.person === a.person)) people.push(a);
    if (people.length === 2) break;
  }
  const [later, earlier] = people;
  if (!later || !earlier) return null;
  return later.code === earlier.code ? [later] : [earlier, later];
}

/**
 * The last office holder named with `title` in his or her mention ("South Korean President Moon Jae-in")
 * before token `at` of sentence `s`, in it and the TITLE_WINDOW before.
 */
function lastHolder(
  mentions: readonly (readonly Mention[])[],
  s: number,
  own: readonly Mention[],
  at: number,
  title: string,
): ActorRef | undefined {
  const named = [
    ...mentions
      .slice(Math.max(0, s - TITLE_WINDOW), s)
      .flatMap((ms) => [...ms].sort((a, b) => a.first - b.first)),
    ...own.filter((m) => m.last < at),
  ].filter((m) => isOfficial(m) && m.text.toLowerCase().includes(title));
  return named.at(-1)?.actors[0];
}

/** Whether a preposition or verb governs the mention ("talks with Mitsotakis", "upset Modi"), so it is not a subject. */
function governed(sentence: Sentence, m: Mention): boolean {
  // The word before the mention, past its determiners and adjectives.
  const pos = sentence.tokens
    .slice(0, m.first)
    .filter((t) => !["DET", "ADJ"].includes(t.pos))
    .at(-1)?.pos;
  // "after North Korea carried out…": a mention a verb follows is the subject of its own clause.
  const next = sentence.tokens[m.last + 1]?.pos;
  if (next === "VERB" || next === "AUX") return false;
  return pos === "ADP" || pos === "VERB";
}

/** The last of `mentions` that no preposition or verb governs: the likeliest antecedent. */
function lastSubject(sentence: Sentence, mentions: readonly Mention[]): Mention | undefined {
  return mentions.filter((m) => !governed(sentence, m)).at(-1);
}

/** Verbs of saying whose clause's "he" or "she" is most often the one who says it. */
const SAYING = new Set([
  "say",
  "tell",
  "announce",
  "insist",
  "claim",
  "add",
  "state",
  "declare",
  "vow",
  "promise",
]);

/**
 * "…leading Kim to say he would consider…", "Abe, who told reporters she…": the official right before a verb of
 * saying that comes right before the pronoun (past "that"), whoever else the sentence named first.
 */
function speakerBefore(sentence: Sentence, officials: readonly Mention[], at: number): Mention | undefined {
  const t = sentence.tokens;
  let verb = at - 1;
  if (t[verb]?.text.toLowerCase() === "that") verb--;
  // "told reporters he": the verb's own object comes between.
  if (t[verb]?.pos === "NOUN" && SAYING.has(t[verb - 1]?.lemma.toLowerCase() ?? "")) verb--;
  if (!SAYING.has(t[verb]?.lemma.toLowerCase() ?? "")) return undefined;
  let end = verb - 1;
  if (t[end]?.text.toLowerCase() === "to") end--;
  if (t[end]?.text.toLowerCase() === "who") end -= t[end - 1]?.text === "," ? 2 : 1;
  return officials.find((m) => m.last === end);
}

function mentionOf(sentence: Sentence, first: number, last: number, actors: ActorRef[]): Mention {
  const a = sentence.tokens[first];
  const b = sentence.tokens[last];
  // Spans are counted over the sentence's own tokens; fail on one that is not, as reading past the end always did.
  if (!a || !b) throw new RangeError(`mention ${first}-${last} outside its sentence`);
  return {
    sentence: sentence.index,
    first,
    last,
    start: a.start,
    end: b.end,
    text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start),
    form: "coreference",
    actors,
  };
}

/** Verbs whose object is a clause, so a noun right after them is its subject ("said the country would…"). */
const CLAUSE_VERBS = new Set([
  "say",
  "add",
  "announce",
  "state",
  "insist",
  "claim",
  "believe",
  "think",
  "hope",
  "report",
  "confirm",
  "note",
  "argue",
  "suggest",
  "fear",
  "know",
  "show",
  "mean",
  "deny",
]);

/** Whether the word before a phrase makes it an object: a preposition, or a verb that takes no clause. */
function objectOf(previous: Token | undefined): boolean {
  if (!previous) return false;
  return (
    previous.pos === "ADP" ||
    (previous.pos === "VERB" && !CLAUSE_VERBS.has(previous.lemma) && !OWN_STATE_VERBS.has(previous.lemma))
  );
}

/** Verbs whose object a leader or state has in their own care: "Abe vowed to protect the country" is Japan. */
const OWN_STATE_VERBS: ReadonlySet<string> = new Set([
  "protect",
  "defend",
  "safeguard",
  "lead",
  "govern",
  "rule",
  "run",
  "serve",
  "unite",
  "unify",
  "rebuild",
  "modernise",
  "modernize",
]);

/** The index of the head noun when a state description starts at token `i`, else null. */
function describedState(sentence: Sentence, i: number): number | null {
  for (let last = i + 1; last <= i + 3; last++) {
    const words = sentence.tokens.slice(i, last + 1);
    if (words.length !== last - i + 1) return null;
    if (!DESCRIPTION.test(words.map((t) => t.text).join(" "))) continue;
    // The noun must end the phrase: "the state media", "the country music" are not states.
    const next = sentence.tokens[last + 1];
    if (next && (["NOUN", "PROPN"].includes(next.pos) || /^(?:of|-)$/i.test(next.text))) return null;
    return last;
  }
  return null;
}

/**
 * "Barclays said it had held talks": a name no dictionary knows heads the sentence before its first verb,
 * so an "it" after that verb is most likely that name, not an actor of an earlier sentence.
 */
function unknownSubjectBefore(
  sentence: Sentence,
  own: readonly Mention[],
  it: number,
  ...tags: string[]
): boolean {
  const verb = sentence.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verb <= 0 || verb >= it) return false;
  const before = sentence.tokens.slice(0, verb);
  // With an actor before the verb, that actor may well be the subject ("On Monday, Japan said…").
  if (own.some((m) => m.form !== "city" && m.first < verb)) return false;
  return before.some((t) => t.pos === "PROPN" || tags.includes(t.pos));
}

const PASSING_ROLES: ReadonlySet<Role> = new Set<Role>(["MED", "BUS"]);

/** Adds coreference mentions to each sentence's mentions; input arrays are not modified. */
export function resolveCoreference(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
): Mention[][] {
  const history = new History();
  let previousSubject: ActorRef | null = null;
  // The first office holder named in the previous sentence: "Lavrov arrived on Monday. He met Khan…"
  let previousPerson: ActorRef | null = null;
  // "North Korea … the North": the last state named "North …" (or "South …") in the article so far.
  const halves = new Map<string, ActorRef>();
  return sentences.map((sentence, s) => {
    const own = [...(mentions[s] ?? [])].sort((a, b) => a.first - b.first);
    const ownPerson = own.find((m) => isOfficial(m));
    const added: Mention[] = [];
    // A city says where, not who: it is never the subject an "it" continues.
    const firstAt = own.findIndex((m) => m.form !== "city");
    const sentenceSubject = own[firstAt]?.actors[0] ?? null;
    const noteActors = (m: Mention) => {
      // A broadcaster or a company ("BBC", "Barclays") names its state only in passing: "the country",
      // "both sides" never stand for it.
      if (m.form === "city" || (m.form === "body" && m.actors.every((a) => PASSING_ROLES.has(a.role))))
        return;
      for (const a of m.actors) history.note(a, s);
      const half = HALF.exec(m.text)?.[1];
      const [state] = m.actors;
      if (half && state?.scope === "state" && m.actors.length === 1) halves.set(half, state);
    };
    // `own[k]` is the first mention whose actors are not in the history yet.
    let k = 0;
    for (let i = 0; i < sentence.tokens.length; i++) {
      const token = sentence.tokens[i];
      if (!token) break; // never: `i` is in range
      for (let m = own[k]; m !== undefined && m.last < i; m = own[k]) {
        noteActors(m);
        k++;
      }
      if (!OPENER.test(token.text)) continue;
      if (own.some((m) => m.first <= i && i <= m.last)) continue;
      const rest = sentence.tokens
        .slice(i, i + 4)
        .map((t) => t.text)
        .join(" ");
      // Only the first token has none before it.
      const previous = sentence.tokens[i - 1];
      const opensClause = !previous || [",", ";", "and", "but"].includes(previous.text.toLowerCase());
      // "Both directly and through its media": "both … and" joins two phrases and stands for no one.
      // So does "Both South Korea's president and …" however long the first phrase: a name after it.
      const following = sentence.tokens[i + 1]?.text ?? "";
      const correlative =
        /^\p{Lu}/u.test(following) ||
        sentence.tokens.slice(i + 1, i + 6).some((t) => t.text.toLowerCase() === "and");
      const pair =
        PAIR.exec(rest) ??
        (BOTH_SUBJECT.test(rest) && opensClause && !correlative ? /^both/i.exec(rest) : null);
      // "India … urged both the warring countries": the pair excludes the one speaking of it.
      // "The two presidents" are the last two office holders named, if there were two: of one state, that state.
      const people = pair && PEOPLE.test(pair[0]) ? lastTwoPeople(mentions, s, own, i) : null;
      const two = pair
        ? (people ?? history.pair(s, opensClause ? null : (sentenceSubject?.code ?? null)))
        : [];
      if (pair && (two.length === 2 || (people && two.length === 1))) {
        const span = pair[0].split(" ").length;
        added.push(mentionOf(sentence, i, i + span - 1, two));
        for (const a of two) history.note(a, s);
        i += span - 1;
        continue;
      }
      // "The Three Rooms of Melancholia", "the three men": a count before a noun of its own is no anaphor.
      const counted = GROUP.exec(rest);
      const word = counted ? sentence.tokens[i + counted[0].split(/\s+/).length] : undefined;
      const group =
        counted && word && COUNTED_WORD.has(word.pos) && !GROUP_NOUN.test(word.text) ? null : counted;
      // The pattern's count word is always one of NUMBERS.
      const size = group?.[1] === undefined ? undefined : NUMBERS[group[1].toLowerCase()];
      const members = size === undefined ? [] : history.group(s, size);
      if (group && members.length) {
        const span = group[0].split(/\s+/).length;
        added.push(mentionOf(sentence, i, i + span - 1, members));
        i += span - 1;
        continue;
      }
      // "Bolivia praised the latter": the latter of the two named before, not the subject of this clause.
      // lastTwo gives at most two, so both are there only when two were named.
      // "the former captives", "the latter half": before a noun the word is an adjective, not a pronoun.
      const modifies = ["NOUN", "PROPN", "ADJ", "NUM"].includes(sentence.tokens[i + 2]?.pos ?? "");
      const saysLatter = LATTER.test(rest) && !modifies;
      const saysFormer = FORMER.test(rest) && !modifies;
      const [former, latter] =
        saysLatter || saysFormer ? history.lastTwo(opensClause ? null : (sentenceSubject?.code ?? null)) : [];
      if (saysLatter && former && latter) {
        added.push(mentionOf(sentence, i, i + 1, [latter]));
        i++;
        continue;
      }
      if (saysFormer && former && latter) {
        added.push(mentionOf(sentence, i, i + 1, [former]));
        i++;
        continue;
      }
      // "the North's missiles", "invasion of the North": a capitalised compass half standing alone, not
      // the start of a longer name ("the South China Sea", "the North Atlantic").
      const next = sentence.tokens[i + 1];
      const half = next ? halves.get(next.text) : undefined;
      const after = sentence.tokens[i + 2];
      if (token.text.toLowerCase() === "the" && half && !(after && /^\p{Lu}/u.test(after.text))) {
        added.push(mentionOf(sentence, i, i + 1, [half]));
        history.note(half, s);
        i++;
        continue;
      }
      // "South Korean President Moon Jae-in … the President's office": the last holder named with that office.
      const office = BARE_TITLE.exec(rest);
      if (office?.[1]) {
        const span = office[0].split(" ").length;
        const after = sentence.tokens[i + span];
        const title = office[1].toLowerCase();
        const holder = lastHolder(mentions, s, own, i, title);
        if (holder && !(after && (after.text.toLowerCase() === "of" || /^\p{Lu}/u.test(after.text)))) {
          added.push(mentionOf(sentence, i, i + span - 1, [holder]));
          history.note(holder, s);
          i += span - 1;
          continue;
        }
      }
      const description = describedState(sentence, i);
      if (description) {
        // "Trump warned the regime": an object is not the sentence's own subject; "Seoul said the country…" can be.
        // Named again since ("…to change Kenya's constitution to allow the country…"), it is the nearest again;
        // not by its people ("ordered Russians evacuated from the country").
        const renamed = own.some(
          (m, k) =>
            k > firstAt &&
            m.last < i &&
            m.actors[0]?.role !== "CVL" &&
            m.actors[0]?.code === sentenceSubject?.code,
        );
        const exclude = objectOf(previous) && !renamed ? (sentenceSubject?.code ?? null) : null;
        // The nearest state named before it in the sentence ("South Korea's president said the country…").
        const near = own
          .filter((m) => m.last < i && m.form !== "city" && m.actors.length === 1)
          .map((m) => m.actors[0])
          .filter((a) => a?.scope === "state" && a.code !== exclude)
          .at(-1);
        const antecedent = near ?? history.salient(s - 1, exclude);
        if (antecedent) added.push(mentionOf(sentence, i, description, [antecedent]));
        i = description;
        continue;
      }
      // "his EU counterparts", "her Pakistani host": the phrase names its own actor.
      if (/^(?:his|her)$/i.test(token.text) && own.some((m) => m.first === i + 1)) continue;
      if (HE.test(token.text)) {
        // "…upset Modi so much that he avoided…": the nearest official before it in the sentence, else the previous sentence's first.
        // A subject is the likelier antecedent: "Erdogan held talks with Mitsotakis…, his first visit" is Erdogan's.
        const before = own.filter((m) => m.last < i && isOfficial(m));
        const chosen = speakerBefore(sentence, before, i) ?? lastSubject(sentence, before) ?? before.at(-1);
        const antecedent = chosen ? chosen.actors[0] : previousPerson;
        if (antecedent && antecedent.scope !== "nonstate")
          added.push(mentionOf(sentence, i, i, [antecedent]));
        continue;
      }
      if (IT.test(token.text)) {
        // "it"/"its" usually continues the subject: of this sentence if it came first, else of the last one.
        // "Iran reopened its embassy in Riyadh": the nearest subject before it in the sentence, else the last sentence's.
        const before = own.filter((m) => m.last < i && m.form !== "city" && m.actors.length === 1);
        const chosen = lastSubject(sentence, before);
        const antecedent = chosen
          ? chosen.actors[0]
          : before.length
            ? sentenceSubject
            : unknownSubjectBefore(sentence, own, i)
              ? null
              : previousSubject;
        if (antecedent && antecedent.scope !== "nonstate")
          added.push(mentionOf(sentence, i, i, [antecedent]));
      }
    }
    for (const m of own.slice(k)) noteActors(m);
    // "The flight left Auckland, New Zealand. It landed…": a subject that is no actor is what "it" continues.
    if (unknownSubjectBefore(sentence, own, sentence.tokens.length, "NOUN")) previousSubject = null;
    else if (sentenceSubject) previousSubject = sentenceSubject;
    previousPerson = ownPerson?.actors[0] ?? null;
    return [...own, ...added].sort((a, b) => a.first - b.first);
  });
}
