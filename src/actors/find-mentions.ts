/** Finds actor mentions in a sentence: names, adjectives, capitals, bodies, office holders and titles. */
import type { ActorRef, Mention, Role, Sentence } from "../domain/types.js";
import type { Dictionary, TitleGroup } from "./dictionary.js";
import { firstWord, firstWordAt, Gazetteer, inOfficeOn, isWordChar, resolveOfficial } from "./gazetteer.js";

/** Day and month names, which follow a place without being part of its name ("against Pyongyang Monday"). */
const CALENDAR_WORD =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Mentions of one sentence, plus voices ("Indian media", "analysts") that mark reported speech. */
export interface SentenceMentions {
  readonly mentions: Mention[];
  /** Token indices where a commentator or outlet is named instead of an actor. */
  readonly voices: number[];
  /**
   * Names that may mean something else ("Niger" the river, "Jordan" a person, "Georgia" the US state), set
   * aside: they count where the article names the same state unambiguously elsewhere (`withHeldNames`).
   */
  readonly held: Mention[];
}

interface TitleHit {
  readonly end: number;
  readonly group: TitleGroup;
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
/** Titles of someone posted somewhere: "ambassador to", "envoy to". */
const POSTED = /^(?:ambassadors?|envoys?|representatives?|emissar(?:y|ies)|delegates?|delegation)$/i;

/** The envoy word when the words before token `at` read "ambassador to (the)", else null. */
function envoyBefore(tokens: Sentence["tokens"], at: number): number | null {
  const to = tokens[at - 1]?.text.toLowerCase() === "the" ? at - 2 : at - 1;
  return tokens[to]?.text.toLowerCase() === "to" && POSTED.test(tokens[to - 1]?.text ?? "") ? to - 1 : null;
}
/** Nouns that make the quoted name after them a word talked about, not its bearer: "the word 'Putin'". */
const AS_WORD = /^(?:words?|names?|terms?|phrases?|labels?|slogans?|hashtags?)$/i;
const QUOTE = /^["'“”‘’]$/;

/** Whether the name at token `at` is quoted as a word ("using the word 'Putin'"): it refers to no actor. */
export function namedAsWord(tokens: Sentence["tokens"], at: number): boolean {
  return QUOTE.test(tokens[at - 1]?.text ?? "") && AS_WORD.test(tokens[at - 2]?.text ?? "");
}
/** The second half of "London-based", "Tokyo-bound", "US-made" (a ship "Hong Kong-flagged" is of that state). */
const PLACE_ADJECTIVE = /^(?:based|bound|born|bred|headquartered|made|built|listed)$/i;
const PARTY = /^(?:Party|League|Front|Movement)$/;

/** Whether a word opens with a capital; most words are ASCII, which needs no Unicode regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** The ASCII characters `words` open with, lower-cased, as a table by character code. */
function lowerInitials(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128) table[c] = 1;
  }
  return table;
}

/** Whether the lower-cased text at `at` can open with one of `table`'s characters (unknown past ASCII). */
function mayOpenWith(table: Uint8Array, text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 128 || Number.isNaN(c)) return true;
  return table[c >= 65 && c <= 90 ? c + 32 : c] === 1;
}

/**
 * firstWord of the lower-cased text at `at`: the word lower-cased where it is plain ASCII (most words),
 * else read from the lower-cased text, since lower-casing may add a mark that ends a word ("İ" → "i̇").
 */
function lowerFirstWordAt(text: string, at: number, limit: number): string {
  const word = firstWordAt(text, at, limit);
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) >= 128) return firstWord(text.slice(at, at + limit).toLowerCase());
  return word.toLowerCase();
}

/** Compiled actor finder; build once per dictionary. */
export class MentionFinder {
  private readonly gazetteer: Gazetteer;
  /** Titles by their first word in lower case, longest first: thousands of them, so never scanned whole. */
  private readonly titles = new Map<string, { text: string; lower: string; group: TitleGroup }[]>();
  /** Voices by their first word: asked of every token, so never scanned whole. */
  private readonly voices = new Map<string, string[]>();
  private readonly voiceInitials: Uint8Array;

  constructor(dictionary: Dictionary) {
    this.gazetteer = new Gazetteer(dictionary);
    const all = dictionary.titles
      .flatMap((group) => group.words.map((text) => ({ text, lower: text.toLowerCase(), group })))
      .sort((a, b) => b.text.length - a.text.length);
    for (const t of all) {
      const key = firstWord(t.lower);
      const list = this.titles.get(key) ?? [];
      if (!list.some((u) => u.text === t.text)) list.push(t);
      this.titles.set(key, list);
    }
    for (const v of dictionary.voices)
      this.voices.set(firstWord(v), [...(this.voices.get(firstWord(v)) ?? []), v]);
    this.voiceInitials = lowerInitials(this.voices.keys());
  }

  /** `anyCase`: after a possessive the office may be lower case ("Guyana's president"). */
  /**
   * "Ambassador to the United Nations", "envoy to China": where an envoy is posted is part of the title,
   * not an actor of the sentence. Returns the last token of the posting, or `last` when none follows.
   */
  private postingAfter(
    full: string,
    tokens: Sentence["tokens"],
    last: number,
    rel: (i: number) => number,
    tokenAtChar: (offset: number, from: number) => number,
  ): number {
    // Past "to" (unless the title list's "Ambassador to" took it) and "the".
    let j = last + 1;
    if (tokens[j]?.text.toLowerCase() === "to") j++;
    if (tokens[j]?.text.toLowerCase() === "the") j++;
    if (j >= tokens.length || envoyBefore(tokens, j) === null) return last;
    const posting = this.gazetteer.matchAt(full, rel(j));
    return posting && !posting.official ? tokenAtChar(posting.end, j) : last;
  }

  private titleAt(text: string, at: number, anyCase = false): TitleHit | null {
    // Asked of most tokens: the first word alone says whether any title can start here.
    const candidates = this.titles.get(lowerFirstWordAt(text, at, 60));
    if (!candidates) return null;
    const lower = text.slice(at, at + 60).toLowerCase();
    for (const t of candidates) {
      const found = anyCase ? lower.startsWith(t.lower) : text.startsWith(t.text, at);
      if (found && !isWordChar(text[at + t.text.length])) return { end: at + t.text.length, group: t.group };
    }
    return null;
  }

  private voiceAt(text: string, at: number): boolean {
    if (!mayOpenWith(this.voiceInitials, text, at)) return false;
    // A voice the text opens with has the text's first word as its own, unless cut mid-word, which is refused.
    const list = this.voices.get(lowerFirstWordAt(text, at, 30));
    if (!list) return false;
    const lower = text.slice(at, at + 30).toLowerCase();
    return list.some((v) => lower.startsWith(v) && !isWordChar(lower[v.length]));
  }

  /** Finds mentions; `date` (YYYY[-MM[-DD]]) picks the office an official held. */
  find(sentence: Sentence, date: string | null): SentenceMentions {
    const { tokens } = sentence;
    const full = sentence.text;
    const base = sentence.start;
    const rel = (i: number) => (tokens[i]?.start ?? sentence.end) - base;
    const tokenAtChar = (offset: number, from: number) => {
      let i = from;
      while (i + 1 < tokens.length && (tokens[i + 1]?.start ?? Infinity) - base < offset) i++;
      return i;
    };
    const mentions: Mention[] = [];
    const voices: number[] = [];
    const held: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      let first = i;
      let hit = this.gazetteer.matchAt(full, rel(i));
      // "Russia-Ukraine war", "Soviet/Russian": a second name inside the same token.
      if (hit && hit.end < token.end - base && /[-/]/.test(full[hit.end] ?? "")) {
        const second = this.gazetteer.matchAt(full, hit.end + 1);
        const actor = second?.entry?.actor;
        if (second && actor && !second.entry.ambiguous && second.end <= token.end - base) {
          mentions.push({
            sentence: sentence.index,
            first: i,
            last: i,
            start: base + second.start,
            end: base + second.end,
            text: full.slice(second.start, second.end),
            form: second.entry.form,
            actors: [actor],
          });
        }
      }
      // "Prime Minister Narendra Modi": a title in front of a known person.
      let leadTitle: TitleHit | null = null;
      if (!hit && startsUpper(token.text)) {
        leadTitle = this.titleAt(full, rel(i));
        if (leadTitle) {
          const j = tokenAtChar(leadTitle.end, i) + 1;
          const after = j < tokens.length ? this.gazetteer.matchAt(full, rel(j)) : null;
          if (after?.official) hit = after;
          else leadTitle = null;
        }
      }
      if (!hit) {
        i++;
        continue;
      }
      if (hit.entry?.place || namedAsWord(tokens, i)) {
        i = tokenAtChar(hit.end, i) + 1;
        continue;
      }
      const after = tokenAtChar(hit.end, i) + 1;
      // "Bangladesh Nationalist Party", "Pakistan Muslim League": a party named after its country is not the state.
      if (hit.entry && !hit.official) {
        const rest = tokens.slice(after, after + 4);
        const end = rest.findIndex((t) => PARTY.test(t.text));
        if (end >= 0 && rest.slice(0, end).every((t) => startsUpper(t.text))) {
          i = after + end + 1;
          continue;
        }
      }
      // "a London-based think tank", "the Tokyo-bound flight", "US-made jets": a place that only describes a thing.
      const dash = tokens[after];
      const word = tokens[after + 1];
      if (
        !hit.official &&
        dash?.text === "-" &&
        word?.start === dash.end &&
        PLACE_ADJECTIVE.test(word.text)
      ) {
        i = after + 2;
        continue;
      }
      // "the New York Times", "the Kyoto Protocol", "the Suez Canal": a city inside a longer name is no place of action.
      if (hit.entry?.form === "city") {
        const next = tokens[after];
        if (next && startsUpper(next.text) && next.pos === "PROPN") {
          i = after;
          continue;
        }
      }
      let last = tokenAtChar(hit.end, leadTitle ? tokenAtChar(leadTitle.end, i) + 1 : i);
      // A surname alone ("Campbell", "Brown") is many people: it names the listed one only while they hold
      // office (in an undated article, one who still does); otherwise only after their full name (the
      // surnames stage).
      const bareSurname = hit.official !== null && !leadTitle && !/\s/.test(full.slice(hit.start, hit.end));
      let actor: ActorRef | null = hit.official
        ? bareSurname && !inOfficeOn(hit.official, date)
          ? null
          : resolveOfficial(hit.official, date, this.gazetteer.igoCodes)
        : (hit.entry?.actor ?? null);
      let form: Mention["form"] = hit.official ? "person" : (hit.entry?.form ?? "name");
      // "his ambassador to the United Nations": where an envoy is posted, with no state named before the title.
      // "sent an envoy to Pakistan" names where the envoy went: only a definite title is a posting.
      const envoy = envoyBefore(tokens, i);
      const definite =
        envoy !== null &&
        (/^(?:the|his|her|its|their|our)$/i.test(tokens[envoy - 1]?.text ?? "") ||
          startsUpper(tokens[envoy]?.text ?? ""));
      if (!hit.official && definite) actor = null;
      if (!actor) {
        i = last + 1;
        continue;
      }
      // Extend over titles and the person's name: "Russian Defence Minister Sergey Shoigu", "Pakistan Army chief Gen Bajwa".
      let role: Role = actor.role;
      let titled = false;
      let person = actor.person;
      let officialNamed = false;
      let possessed = false;
      const unknownName: string[] = [];
      for (;;) {
        const j = last + 1;
        // "Pakistan's Prime Minister": the possessive names the state the office belongs to.
        if (j < tokens.length && POSSESSIVE.has(tokens[j]!.text) && form !== "adjective") {
          if (
            !titled &&
            actor.scope === "state" &&
            j + 1 < tokens.length &&
            this.titleAt(full, rel(j + 1), true)
          ) {
            last = j;
            possessed = true;
            continue;
          }
          break;
        }
        if (j >= tokens.length) break;
        if (this.voiceAt(full, rel(j)) && !titled) {
          voices.push(j);
          actor = null;
          break;
        }
        const title = this.titleAt(full, rel(j), possessed && !titled);
        if (title) {
          last = tokenAtChar(title.end, j);
          last = this.postingAfter(full, tokens, last, rel, tokenAtChar);
          // "Foreign Ministry spokeswoman", "army spokesman": a spokesperson speaks for the body named before.
          const spokesperson = (titled || form === "body") && title.group.office === "media";
          if (
            actor.scope === "state" &&
            !spokesperson &&
            !(form === "body" && title.group.office === "government")
          )
            role = title.group.role;
          titled = true;
          continue;
        }
        const next = this.gazetteer.matchAt(full, rel(j));
        if (titled && next?.official) {
          last = tokenAtChar(next.end, j);
          const official = resolveOfficial(next.official, date, this.gazetteer.igoCodes);
          if (official && (official.code === actor.code || actor.scope !== "state")) {
            person = official.person;
            role = official.role;
            officialNamed = true;
          }
          // A listed person outside every dated term is still the person the title names: "Pakistan's Prime Minister Zulfikar Ali Bhutto".
          else if (!official) {
            person = next.official.name;
            officialNamed = true;
          }
          continue;
        }
        if (titled && tokens[j]!.pos === "PROPN" && startsUpper(tokens[j]!.text) && !next) {
          last = j;
          unknownName.push(tokens[j]!.text);
          continue;
        }
        break;
      }
      // "Pakistani Prime Minister Zulfikar Ali Bhutto": a full name after a title is that person, listed or not.
      if (titled && !officialNamed && unknownName.length >= 2) person = unknownName.join(" ");
      if (!actor) {
        i = last + 1;
        continue;
      }
      if (titled && form !== "person") form = "title";
      // "Tokyo Narita Airport", "Tehran University": a capital that begins another name says only where.
      const following = tokens[last + 1];
      if (
        form === "capital" &&
        following?.pos === "PROPN" &&
        startsUpper(following.text) &&
        !CALENDAR_WORD.test(following.text) &&
        !this.gazetteer.matchAt(full, rel(last + 1))
      )
        form = "city";
      if (leadTitle) first = i;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const ref: ActorRef = person ? { ...actor, role, person } : { ...actor, role };
      (hit.entry?.ambiguous && !titled ? held : mentions).push({
        sentence: sentence.index,
        first,
        last,
        start,
        end,
        text: full.slice(start - base, end - base),
        form,
        actors: [ref],
      });
      i = last + 1;
    }
    // Voices named without a nationality: "Analysts find…", "experts say".
    tokens.forEach((_, j) => {
      if (
        !voices.includes(j) &&
        this.voiceAt(full, rel(j)) &&
        !mentions.some((m) => m.first <= j && j <= m.last)
      )
        voices.push(j);
    });
    return { mentions, voices, held };
  }
}

/**
 * Each sentence's mentions with the held names ("Niger") of states the article names unambiguously somewhere
 * ("Nigerien troops", "Niamey", "the Republic of Niger"), in sentence order.
 */
export function withHeldNames(found: readonly SentenceMentions[]): Mention[][] {
  const sure = new Set(found.flatMap((f) => f.mentions.flatMap((m) => m.actors.map((a) => a.code))));
  return found.map((f) => {
    const kept = f.held.filter((h) => h.actors.every((a) => sure.has(a.code)));
    return kept.length ? [...f.mentions, ...kept].sort((a, b) => a.first - b.first) : f.mentions;
  });
}
