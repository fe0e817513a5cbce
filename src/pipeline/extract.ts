/** The extraction pipeline: cleaned article in, coded events and messages out. */
import { MentionFinder } from "../actors/find-mentions.js";
import { loadDictionary, type Dictionary } from "../actors/dictionary.js";
import { DictionaryError, extraDictionaryDirs, folderFiles } from "../dictionaries/files.js";
import { resolveCoreference } from "../actors/coreference.js";
import { attributeQuotes } from "../actors/quote-speakers.js";
import { addSurnameMentions } from "../actors/surnames.js";
import type {
  Act,
  ActorRef,
  Article,
  ArticleSlant,
  EventRecord,
  Mention,
  Sentence,
} from "../domain/types.js";
import { scoreSlant } from "../slant/score-slant.js";
import {
  condemningWords,
  praisingWords,
  loadEvaluativeLexicon,
  type EvaluativeLexicon,
} from "../slant/evaluative-lexicon.js";
import { codeSentence, impliedKey, type Coded, type Skipped } from "../events/code-sentence.js";
import { eventContext, loadLightNouns, type LightNouns } from "../events/context.js";
import { disputedActors } from "../domain/agents.js";
import { loadEventNouns, type EventNouns } from "../events/event-nouns.js";
import { loadJudgementCues, type JudgementCues } from "../events/judgements.js";
import { loadLexicon, type LexiconRule } from "../events/lexicon.js";
import { loadModalityCues, type ModalityCues } from "../events/modality.js";
import { loadVerbDictionary, type VerbDictionary } from "../events/verb-dictionary.js";
import { loadNominals, type NominalDictionary } from "../events/nominal-dictionary.js";
import { findAmounts } from "../language/amounts.js";
import { analyse } from "../language/analyse.js";
import { parseSentences } from "../language/parse-sentences.js";
import { loadSyntaxModel } from "../language/syntax/load-syntax-model.js";
import type { SyntaxModel } from "../language/syntax/model-file.js";
import { findAnaphoricDate, findDates, toldAsFuture, type DateMention } from "../language/dates.js";
import { loadArticle, type InputFormat } from "../read/load-article.js";
import type { Block } from "../read/clean-text.js";
import { findQuotes } from "./quotes.js";
import { namesAnotherTime } from "../events/story-date.js";

/** Dictionaries and lexicon, compiled once and shared by every article. */
export interface Extractor {
  readonly finder: MentionFinder;
  readonly rules: readonly LexiconRule[];
  readonly cues: ModalityCues;
  /** Tagger and dependency parser of the language stage. */
  readonly syntax: SyntaxModel;
  /** The verb dictionary (data/verbs): CAMEO verb patterns matched on the parse. */
  readonly verbs: VerbDictionary;
  /** Nouns that name acts (data/cues/event-nouns.json): "condemned the launch". */
  readonly nouns: EventNouns;
  /** Event nouns (data/nominals) and the verbs they nominalise: "sanctions on X". */
  readonly nominals: NominalDictionary;
  /** Words too general to be an event's specifics (data/merge/light-nouns.json). */
  readonly light: LightNouns;
  /** Evaluative words for slant (data/slant/evaluative.json). */
  readonly evaluative: EvaluativeLexicon;
  /** What makes a speaker's judgement a criticism (data/cues/judgements.json, and the strong evaluative words). */
  readonly judgements: JudgementCues;
}

let shared: Extractor | null = null;

/** Builds an extractor: every dictionary read now, from the bundled data and the extra folders (DYAD_DICTIONARIES). */
export function createExtractor(dictionary?: Dictionary): Extractor {
  // A file no loader reads is a dictionary the user believes is in use: say so rather than drop it.
  for (const root of extraDictionaryDirs()) {
    const stray = folderFiles(root).unread[0];
    if (stray)
      throw new DictionaryError(
        stray,
        "no dictionary is read from this place (data/README.md lists where each kind goes)",
      );
  }
  const verbs = loadVerbDictionary();
  const evaluative = loadEvaluativeLexicon();
  return {
    finder: new MentionFinder(dictionary ?? loadDictionary()),
    rules: loadLexicon(),
    cues: loadModalityCues(),
    syntax: loadSyntaxModel(),
    verbs,
    nominals: loadNominals(verbs),
    nouns: loadEventNouns(),
    light: loadLightNouns(),
    evaluative,
    judgements: loadJudgementCues(condemningWords(evaluative), undefined, praisingWords(evaluative)),
  };
}

/** What was learned about one sentence, for --explain. */
export interface SentenceReport {
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  readonly events: readonly EventRecord[];
  readonly skipped: readonly Skipped[];
  /** How each coded trigger got its rule and participants; `events` index into this report's events. */
  readonly coded: readonly Coded[];
  readonly heading: boolean;
}

export interface Extraction {
  readonly article: Article;
  readonly events: EventRecord[];
  /** How the article frames each dyad it reports. */
  readonly slants: ArticleSlant[];
  readonly sentences: SentenceReport[];
  readonly removed: readonly string[];
  /** What reading the file had to do differently (see LoadedArticle.notes). */
  readonly notes: readonly string[];
}

export interface ExtractOptions {
  /** Article id printed in each record (a file name). */
  readonly id?: string;
  readonly published?: string | null;
  readonly format?: InputFormat;
  readonly extractor?: Extractor;
}

/** How many sentences back an event noun looks for the act it names. */
const ACT_WINDOW = 3;
/** A news report opens with its news; reactions told far below ("was quick to condemn the launch") name it. */
const LEAD_SENTENCES = 3;

const THEN = /\b(?<!the )then\b|\bat the time\b|\bthat year\b/i;

/** Runs the pipeline on raw article contents (text, Markdown or HTML). */
export function extract(content: string, options: ExtractOptions = {}): Extraction {
  const loaded = loadArticle(content, {
    id: options.id ?? "-",
    ...(options.format ? { format: options.format } : {}),
    published: options.published ?? null,
  });
  return {
    ...extractArticle(loaded.article, loaded.blocks, loaded.removed, options.extractor),
    notes: loaded.notes,
  };
}

/** Runs the language, actor and event stages on a cleaned article. */
export function extractArticle(
  article: Article,
  blocks: readonly Block[],
  removed: readonly string[] = [],
  extractor?: Extractor,
): Extraction {
  const x = extractor ?? (shared ??= createExtractor());
  const { text, published } = article;
  const tokenised = analyse(text, blocks);
  const headingAt = (s: Sentence) =>
    blocks.some((b) => b.kind !== "body" && b.start <= s.start && s.end <= b.end);
  const dates: DateMention[][] = tokenised.map((s) =>
    findDates(s.text, published).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })),
  );
  const found = tokenised.map((s, i) => x.finder.find(s, dates[i]!.find((d) => d.value)?.value ?? published));
  const day = newsDay(published, tokenised.slice(0, LEAD_SENTENCES), dates);
  const quotes = findQuotes(text);
  const { mentions, speakers } = attributeQuotes(
    tokenised,
    resolveCoreference(
      tokenised,
      addSurnameMentions(
        tokenised,
        found.map((f) => f.mentions),
      ),
    ),
    quotes,
  );
  // Only a sentence that names an actor can hold an event, so only those pay for parsing.
  const sentences = parseSentences(x.syntax, tokenised, (s) => (mentions[s.index]?.length ?? 0) > 0);
  const amounts = findAmounts(text);
  const reports: SentenceReport[] = [];
  const events: EventRecord[] = [];
  let lastDate: string | null = published;
  // Who each rule's source last acted on, in this paragraph: an act told again without its target keeps it.
  let implied = new Map<string, ActorRef>();
  let paragraph = -1;
  // The last date the paragraph has given, or an earlier paragraph's when it was another year: after "In July 2019 …"
  // the acts told belong to that time, not to the news.
  let told: string | null = null;
  // Acts told so far, for an event noun to name: "North Korea fired a missile. … Japan condemned the launch."
  const acts: Act[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== paragraph) {
      implied = new Map();
      paragraph = sentence.paragraph;
      if (told?.slice(0, 4) === published?.slice(0, 4)) told = null;
    }
    const heading = headingAt(sentence);
    const resolved = dates[i]!.map((d) =>
      storyYear(d, i > 0 && sentences[i - 1]!.paragraph === sentence.paragraph ? dates[i - 1]! : [], told),
    );
    const own = resolved.filter((d) => d.value);
    let inheritedDate: string | null = null;
    const anaphoric = findAnaphoricDate(sentence.text, lastDate);
    const sentenceDates = anaphoric
      ? [
          ...resolved,
          { ...anaphoric, start: anaphoric.start + sentence.start, end: anaphoric.end + sentence.start },
        ]
      : resolved;
    if (own.length === 0 && !anaphoric && THEN.test(sentence.text) && i > 0) inheritedDate = lastDate;
    const narrated = [told, ...own.map((d) => d.value)].filter((d): d is string => d !== null);
    const storyDay =
      day && narrated.every((d) => isCurrent(d, day)) && !namesAnotherTime(sentence.text) ? day : null;
    // A sentence counts as quoted when most of it lies inside a quotation.
    const overlap = (q: { start: number; end: number }) =>
      Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
    const quoted = quotes.findIndex((q) => overlap(q) > 0.4 * (sentence.end - sentence.start));
    const speaker = speakers[quoted];
    const quoteKind =
      quoted < 0
        ? null
        : speaker
          ? { kind: "speaker" as const, actor: speaker }
          : { kind: "commentator" as const };
    const result = heading
      ? { events: [], skipped: [], coded: [], acts: [] }
      : codeSentence(
          {
            text,
            sentence,
            mentions: mentions[i] ?? [],
            voices: found[i]!.voices,
            dates: sentenceDates,
            inheritedDate,
            storyDay,
            amounts: amounts.filter((a) => a.start >= sentence.start && a.end <= sentence.end),
            quote: quoteKind,
            implied,
            recent: [i - 1, i - 2].flatMap((k) =>
              (mentions[k] ?? [])
                .filter((m) => m.form !== "city")
                .flatMap((m) => m.actors)
                .reverse(),
            ),
            earlierActs: acts.filter(
              (a) => a.sentence >= sentence.index - ACT_WINDOW || a.sentence < LEAD_SENTENCES,
            ),
          },
          x,
        );
    acts.push(...result.acts);
    for (const e of result.events) {
      implied.set(impliedKey(e.rule.split(":")[0]!, e.source), {
        code: e.target,
        role: e.target_role,
        scope: "state",
      });
    }
    const lastOwn = own[own.length - 1] ?? anaphoric;
    if (lastOwn) {
      lastDate = lastOwn.value;
      told = lastOwn.value;
    }
    for (const e of result.events) {
      e.article = article.id;
      e.context = {
        ...eventContext(sentence, mentions[i] ?? [], sentenceDates, e, x.light),
        agents: e.agents ?? [],
      };
    }
    events.push(...result.events);
    reports.push({
      sentence,
      mentions: mentions[i] ?? [],
      events: result.events,
      skipped: result.skipped,
      coded: result.coded,
      heading,
    });
  });
  const kept = dedupe(events);
  return {
    article,
    events: kept,
    slants: scoreSlant(sentences, mentions, kept, x.evaluative),
    sentences: reports,
    removed,
    notes: [],
  };
}

/**
 * "The second break came in January 2016. After Riyadh executed the cleric on 2 January…": a day
 * without a year, right after a sentence dated the same month or up to two months before, is in that year.
 * "In August that year" is in the year the story was last told in (`told`).
 */
function storyYear(date: DateMention, previous: readonly DateMention[], told: string | null): DateMention {
  if (!date.yearless || date.value.length < 7) return date;
  if (date.thatYear && told) return { ...date, value: told.slice(0, 4) + date.value.slice(4) };
  const anchor = [...previous].reverse().find((d) => !d.yearless && d.value.length >= 7);
  if (!anchor) return date;
  const gap = Number(date.value.slice(5, 7)) - Number(anchor.value.slice(5, 7));
  return gap >= 0 && gap <= 2 ? { ...date, value: anchor.value.slice(0, 4) + date.value.slice(4) } : date;
}

/** Dates that may name the same time: equal, or one of them unknown (the year is compared beside it). */
const sameTime = (a: string | null, b: string | null) => !a || !b || a === b;

/**
 * The day of the news: the page's, or the day after it where the lead tells of that day in the past
 * (a report filed in the evening in the Americas on what is already the next day in Asia).
 */
function newsDay(
  published: string | null,
  lead: readonly Sentence[],
  dates: readonly (readonly DateMention[])[],
): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
  const next = new Date(Date.parse(published) + 86_400_000).toISOString().slice(0, 10);
  const told = lead.some((s) =>
    (dates[s.index] ?? []).some((d) => d.value === next && !toldAsFuture(s.text, d.start - s.start)),
  );
  return told ? next : published;
}

/** A date of the story's own days: the publication day, month or year, or up to a week before it. */
function isCurrent(date: string, published: string): boolean {
  if (published.startsWith(date)) return true;
  if (date.length < 10) return false;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 0 && days <= 7;
}

const subCode = (e: EventRecord) => e.rule.split(":")[1] ?? e.code;

/**
 * One record per distinct event per article (spec): the same actors and code at the same time told twice
 * count once; on two different days of a year ("welcomed … on Tuesday", "welcomed … on Wednesday") they are two acts.
 */
function dedupe(events: readonly EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  for (const e of events) {
    const year = e.date?.slice(0, 4) ?? null;
    // Same CAMEO sub-code: expelling an envoy (161) and revoking a treaty (160) in one year are two acts.
    const twin = out.find(
      (o) =>
        o.code === e.code &&
        subCode(o) === subCode(e) &&
        o.modality === e.modality &&
        ((o.source === e.source && o.target === e.target) ||
          (e.symmetric && o.source === e.target && o.target === e.source)) &&
        (o.date?.slice(0, 4) ?? null) === year &&
        sameTime(o.date, e.date) &&
        // Naming another person for the same actor is kept apart, so the disagreement shows.
        disputedActors(o.agents ?? [], e.agents ?? []).length === 0,
    );
    if (!twin) out.push(e);
  }
  return out;
}
