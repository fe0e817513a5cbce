/**
 * The coding stage: triggers, participants, modality, date and context of each sentence, in order. One
 * stage, not several, because what a sentence means carries to the next: the paragraph's last date, who
 * a rule's source last acted on, and the acts told so far that an event noun may name.
 */
import type { Act, ActorRef, Sentence } from "../domain/types.js";
import { codeSentence, impliedKey } from "../events/code-sentence.js";
import { eventContext } from "../events/context.js";
import { attach } from "../events/date-attachment.js";
import { namesAnotherTime } from "../events/story-date.js";
import { treeOf } from "../events/tree.js";
import { findAnaphoricDate, type DateMention } from "../language/dates.js";
import { sportsSentence } from "../read/sports-report.js";
import type { Doc } from "./doc.js";
import type { Extractor } from "./extractor.js";
import { isCurrent, storyYear } from "./story-time.js";

/** How many sentences back an event noun looks for the act it names. */
const ACT_WINDOW = 3;
/** A news report opens with its news; reactions told far below ("was quick to condemn the launch") name it. */
export const LEAD_SENTENCES = 3;

const THEN = /\b(?<!the )then\b|\bat the time\b|\bthat year\b/i;

/**
 * Whether a date sets the time of its whole sentence: it hangs on the main verb ("In July 2019, Riyadh
 * executed …", "Relations sank in 2020"), not on a phrase inside it ("the hotline, cut in 2016, …"). Without
 * a parse, a date before the first verb does.
 */
function framesSentence(sentence: Sentence, date: DateMention): boolean {
  // "until February 2016", "since 2015": the end or start of a span, not the time of the telling.
  const before = sentence.text.slice(0, date.start - sentence.start);
  if (/\b(?:until|till|since|through|by)\s*$/i.test(before)) return false;
  if (!sentence.parsed) {
    const verb = sentence.tokens.find((t) => t.pos === "VERB" || t.pos === "AUX");
    return !verb || date.start < verb.start;
  }
  const main = sentence.tokens.find((t) => t.head < 0);
  return !main || attach(treeOf(sentence), date)?.at === main.index;
}

export function codeSentences(doc: Doc, x: Extractor): void {
  const { article, sentences, mentions, dates, day, quotes, speakers } = doc;
  const { text, published } = article;
  const headingAt = (start: number, end: number) =>
    doc.blocks.some((b) => b.kind !== "body" && b.start <= start && end <= b.end);
  let lastDate: string | null = published;
  // Who each rule's source last acted on, in this paragraph: an act told again without its target keeps it.
  let implied = new Map<string, ActorRef>();
  let paragraph = -1;
  // The last date the paragraph has given, or an earlier paragraph's when it was another year: after "In July 2019 …"
  // the acts told belong to that time, not to the news.
  let told: string | null = null;
  // Whether that date set the time of its whole sentence ("In 2016, …"), not of a phrase inside it ("the
  // hotline, cut in 2016, …"): only such a frame carries past the paragraph.
  let toldFrames = false;
  // Acts told so far, for an event noun to name: "North Korea fired a missile. … Japan condemned the launch."
  const acts: Act[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== paragraph) {
      implied = new Map();
      paragraph = sentence.paragraph;
      if (!toldFrames || told?.slice(0, 4) === published?.slice(0, 4)) told = null;
    }
    const heading = headingAt(sentence.start, sentence.end);
    // A heading, every sentence of a sports report (the sports report stage), and a sentence that tells a
    // match in any article are shown but not coded; one that names no actor codes nothing anyway, so the
    // sports words are looked for only where a state is named.
    const uncoded =
      heading ||
      doc.sports.report !== null ||
      (doc.sports.anyWord && (mentions[i]?.length ?? 0) > 0 && sportsSentence(sentence.text, x.sports));
    const before = sentences[i - 1]?.paragraph === sentence.paragraph ? (dates[i - 1] ?? []) : [];
    const resolved = (dates[i] ?? []).map((d) => storyYear(d, before, told));
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
    const region = quotes[quoted];
    const quoteKind = !region
      ? null
      : speaker
        ? { kind: "speaker" as const, actor: speaker, start: region.start, end: region.end }
        : { kind: "commentator" as const };
    const result = uncoded
      ? { events: [], skipped: [], coded: [], acts: [] }
      : codeSentence(
          {
            text,
            sentence,
            mentions: mentions[i] ?? [],
            voices: doc.voices[i] ?? [],
            dates: sentenceDates,
            inheritedDate,
            storyDay,
            amounts: doc.amounts.filter((a) => a.start >= sentence.start && a.end <= sentence.end),
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
      implied.set(impliedKey(e.rule.split(":")[0] ?? e.rule, e.source), {
        code: e.target,
        role: e.target_role,
        scope: "state",
      });
    }
    const lastOwn = own[own.length - 1] ?? anaphoric;
    if (lastOwn) {
      lastDate = lastOwn.value;
      told = lastOwn.value;
      toldFrames = framesSentence(sentence, lastOwn);
    }
    for (const e of result.events) {
      e.article = article.id;
      e.context = {
        ...eventContext(sentence, mentions[i] ?? [], sentenceDates, e, x.light),
        agents: e.agents ?? [],
      };
    }
    doc.events.push(...result.events);
    doc.reports.push({
      sentence,
      mentions: mentions[i] ?? [],
      events: result.events,
      skipped: result.skipped,
      coded: result.coded,
      heading,
    });
  });
}
