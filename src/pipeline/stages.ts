/** The extraction stages, in the order they run; each reads what the ones before it put on the document. */
import { resolveCoreference } from "../actors/coreference.js";
import { withHeldNames } from "../actors/find-mentions.js";
import { withDefinedAcronyms } from "../actors/acronyms.js";
import { attributeQuotes } from "../actors/quote-speakers.js";
import { addSurnameMentions } from "../actors/surnames.js";
import { findAmounts } from "../language/amounts.js";
import { analyse } from "../language/analyse.js";
import type { Mention, MentionForm, Span } from "../domain/types.js";
import { findDates } from "../language/dates.js";
import { lemmaOfForm } from "../events/verb-dictionary.js";
import { parseSentences } from "../language/parse-sentences.js";
import { readSports } from "../read/sports-report.js";
import { scoreSlant } from "../slant/score-slant.js";
import { codeSentences } from "./code-sentences.js";
import type { Doc, Stage } from "./doc.js";
import { findQuotes } from "./quotes.js";
import { dedupe } from "./retellings.js";
import { NEWS_DAY_LEAD, newsDay } from "./story-time.js";

/** How many dates that need the page's own date are quoted in the message that says they were left out. */
const QUOTED_DATES = 3;

function dates(doc: Doc): void {
  const { published } = doc.article;
  const unanchored: Span[] = [];
  doc.dates = doc.sentences.map((s) => {
    const inSentence: Span[] = [];
    const found = findDates(s.text, published, inSentence);
    unanchored.push(...inSentence.map((d) => ({ start: d.start + s.start, end: d.end + s.start })));
    return found.map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
  });
  const first = unanchored[0];
  if (!first) return;
  const words = unanchored.slice(0, QUOTED_DATES).map((d) => `"${doc.article.text.slice(d.start, d.end)}"`);
  doc.messages.push({
    rule: "dates",
    span: first,
    reason:
      `${unanchored.length} date(s) told relative to the page (${words.join(", ")}${unanchored.length > QUOTED_DATES ? ", …" : ""}) ` +
      `left undated: the article's publication date is ${published ? `only ${published}` : "unknown"}; give --published YYYY-MM-DD`,
  });
}

/** The words of a sentence the actor dictionaries found as proper names, for the tagger to read as such. */
function namedWords(mentions: readonly Mention[]): Set<number> {
  const out = new Set<number>();
  for (const m of mentions) if (PROPER_FORMS.has(m.form)) for (let i = m.first; i <= m.last; i++) out.add(i);
  return out;
}
const PROPER_FORMS: ReadonlySet<MentionForm> = new Set(["name", "capital", "city", "person"]);

export const STAGES: readonly Stage[] = [
  {
    name: "analyse",
    run: (doc) => (doc.sentences = analyse(doc.article.text, doc.blocks)),
  },
  {
    name: "sports report",
    run: (doc, x) => {
      doc.sports = readSports(doc.article.text, x.sports);
      const { report } = doc.sports;
      if (report)
        doc.messages.push({
          rule: "sports",
          span: null,
          reason: `read as a sports report (${report.slice(0, 4).join(", ")}${report.length > 4 ? ", …" : ""}): teams named by their country are not states, so no events are coded`,
        });
    },
  },
  { name: "dates", run: dates },
  {
    name: "mentions",
    run: (doc, x) => {
      const published = doc.article.published;
      const found = doc.sentences.map((s, i) =>
        x.finder.find(s, doc.dates[i]?.find((d) => d.value)?.value ?? published),
      );
      doc.mentions = withDefinedAcronyms(doc.sentences, withHeldNames(found));
      doc.voices = found.map((f) => f.voices);
    },
  },
  {
    name: "news day",
    run: (doc) =>
      (doc.day = newsDay(doc.article.published, doc.sentences.slice(0, NEWS_DAY_LEAD), doc.dates)),
  },
  { name: "surnames", run: (doc) => (doc.mentions = addSurnameMentions(doc.sentences, doc.mentions)) },
  { name: "coreference", run: (doc) => (doc.mentions = resolveCoreference(doc.sentences, doc.mentions)) },
  {
    name: "quotes",
    run: (doc) => {
      doc.quotes = findQuotes(doc.article.text);
      const { mentions, speakers } = attributeQuotes(doc.sentences, doc.mentions, doc.quotes);
      doc.mentions = mentions;
      doc.speakers = speakers;
    },
  },
  {
    // Only a sentence that names an actor can hold an event, so only those pay for parsing.
    name: "parse",
    run: (doc, x) =>
      (doc.sentences = parseSentences(
        x.syntax,
        doc.sentences,
        (s) => !doc.sports.report && (doc.mentions[s.index]?.length ?? 0) > 0,
        (form) => lemmaOfForm(x.verbs, form),
        (s) => namedWords(doc.mentions[s.index] ?? []),
      )),
  },
  { name: "amounts", run: (doc) => (doc.amounts = findAmounts(doc.article.text)) },
  { name: "code", run: codeSentences },
  { name: "retellings", run: (doc) => (doc.events = dedupe(doc.events)) },
  {
    name: "slant",
    run: (doc, x) => (doc.slants = scoreSlant(doc.sentences, doc.mentions, doc.events, x.evaluative)),
  },
];
