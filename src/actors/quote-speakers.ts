/**
 * Who speaks a quotation, and whom its first person stands for: '"We stand with France," the president
 * said' is the president's state standing with France.
 */
import type { ActorRef, Mention, Sentence } from "../domain/types.js";

/** A quotation's place in the article text. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

const FIRST_PERSON = /^(?:we|us|our|ours)$/i;

/** An office holder, named or as the pronoun that stands for one ("she added:"). */
const speaks = (m: Mention): boolean =>
  m.actors.length === 1 &&
  (m.form === "person" ||
    m.form === "title" ||
    (m.form === "coreference" && (m.actors[0]?.person !== undefined || /^(?:he|she)$/i.test(m.text))));

/**
 * The office holder a quotation is attributed to: named after it in its closing sentence
 * ('"…," the minister said'), else the last named before it in its opening sentence, else in the
 * sentence before when its own names no one before the quotation.
 */
function quoteSpeaker(
  quote: QuoteSpan,
  sentences: readonly Sentence[],
  mentions: readonly (readonly Mention[])[],
): Mention | null {
  const at = (pos: number) => sentences.find((s) => s.start <= pos && pos <= s.end);
  const opening = at(quote.start);
  const closing = at(quote.end);
  if (!opening || !closing) return null;
  const after = (mentions[closing.index] ?? []).filter((m) => m.start >= quote.end && speaks(m));
  if (after[0]) return after[0];
  const before = (mentions[opening.index] ?? []).filter((m) => m.end <= quote.start);
  const previous = before.length ? [] : (mentions[opening.index - 1] ?? []);
  return [...previous, ...before].filter(speaks).at(-1) ?? null;
}

export interface AttributedQuotes {
  /** The mentions with "we", "us" and "our" added inside each attributed quotation. */
  readonly mentions: Mention[][];
  /** Each quotation's speaker, in the order of the quotations; null for an unnamed or commentator voice. */
  readonly speakers: readonly (ActorRef | null)[];
}

/** Finds each quotation's speaker, and adds its first person as mentions of the speaker's state or organisation. */
export function attributeQuotes(
  sentences: readonly Sentence[],
  mentions: readonly (readonly Mention[])[],
  quotes: readonly QuoteSpan[],
): AttributedQuotes {
  const out = mentions.map((ms) => [...ms]);
  const speakers = quotes.map((q) => quoteSpeaker(q, sentences, mentions)?.actors[0] ?? null);
  for (const [k, quote] of quotes.entries()) {
    const speaker = speakers[k];
    if (!speaker || speaker.scope === "nonstate") continue;
    // "We" is the speaker's government, not the speaker: no person.
    const body: ActorRef = { code: speaker.code, role: speaker.role, scope: speaker.scope };
    for (const s of sentences) {
      if (s.end <= quote.start || s.start >= quote.end) continue;
      const own = out[s.index] ?? [];
      for (const t of s.tokens) {
        if (t.start < quote.start || t.end > quote.end || !FIRST_PERSON.test(t.text)) continue;
        if (own.some((m) => m.first <= t.index && t.index <= m.last)) continue;
        own.push({
          sentence: s.index,
          first: t.index,
          last: t.index,
          start: t.start,
          end: t.end,
          text: t.text,
          form: "coreference",
          actors: [body],
        });
      }
      out[s.index] = own.sort((a, b) => a.first - b.first);
    }
  }
  return { mentions: out, speakers };
}
