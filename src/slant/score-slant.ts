/** How an article frames each relationship it reports: from its coded events and its evaluative words. */
import { cameo } from "../domain/cameo.js";
import type { ArticleSlant, EventRecord, Mention, Sentence, SlantDriver, Token } from "../domain/types.js";
import { dyadKey } from "../domain/records.js";
import { normaliseWords, type EvaluativeLexicon } from "./evaluative-lexicon.js";

/** Evaluative weight a sentence needs to count as clearly warm or hostile (tanh(1) ≈ 0.76). */
const SCALE = 5;
/** A negator this many words before a cue turns it around ("not a reliable partner"). */
const NEGATION_REACH = 3;
const MAX_DRIVERS = 5;

/** One evaluative cue found in a sentence, at the token where it starts. */
export interface Hit {
  readonly cue: string;
  readonly weight: number;
  readonly token: number;
}

export interface Evaluation {
  readonly weight: number;
  readonly cues: readonly string[];
  readonly hits: readonly Hit[];
}

/** Sums the cues of one sentence, longest phrase first; negation halves and flips, intensifiers scale. */
export function evaluate(tokens: readonly Pick<Token, "text">[], lexicon: EvaluativeLexicon): Evaluation {
  // Words as the lexicon writes them, each remembering its token ("time-tested" is two words of one token).
  const words: string[] = [];
  const tokenOf: number[] = [];
  tokens.forEach((t, k) => {
    for (const w of normaliseWords(t.text)) {
      words.push(w);
      tokenOf.push(k);
    }
  });
  const hits: Hit[] = [];
  let lastNegator = -Infinity;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(lexicon.longest, words.length - i); n >= 1 && !matched; n--) {
      const phrase = words.slice(i, i + n).join(" ");
      if (lexicon.negators.has(phrase)) {
        lastNegator = i + n - 1;
        matched = n;
      } else if (lexicon.cues.has(phrase)) {
        let w = lexicon.cues.get(phrase)!;
        w *= lexicon.intensifiers.get(words[i - 1] ?? "") ?? 1;
        const negated = i - lastNegator <= NEGATION_REACH;
        // "not hostile" is not warm: a negated cue counts half, the other way.
        if (negated) w *= -0.5;
        hits.push({ cue: negated ? `not ${phrase}` : phrase, weight: w, token: tokenOf[i]! });
        matched = n;
      }
    }
    i += matched || 1;
  }
  const weight = Math.round(hits.reduce((sum, h) => sum + h.weight, 0) * 100) / 100;
  return { weight, cues: hits.map((h) => h.cue), hits };
}

/** The actor a cue is about: the one named nearest to it in the sentence. */
function nearestActor(hit: Hit, mentions: readonly Mention[], actors: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const m of mentions) {
    const distance = hit.token < m.first ? m.first - hit.token : hit.token > m.last ? hit.token - m.last : 0;
    for (const a of m.actors)
      if (actors.includes(a.code) && distance < bestDistance) {
        best = a.code;
        bestDistance = distance;
      }
  }
  return best;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * One slant per dyad the article reports events for. The score mixes the mean Goldstein score of
 * its events there (what it chose to report) with the evaluative words of the sentences naming
 * either actor (how it tells it); `toward` uses only the words, each given to the actor named nearest.
 */
export function scoreSlant(
  sentences: readonly Sentence[],
  mentions: readonly (readonly Mention[])[],
  events: readonly EventRecord[],
  lexicon: EvaluativeLexicon,
): ArticleSlant[] {
  // Only sentences naming an actor of a reported dyad are read, and most articles report none.
  const evaluations: Evaluation[] = [];
  const evaluationOf = (i: number) => (evaluations[i] ??= evaluate(sentences[i]?.tokens ?? [], lexicon));
  const actorsIn = sentences.map(
    (_, i) => new Set((mentions[i] ?? []).flatMap((m) => m.actors.map((a) => a.code))),
  );
  const counted = events.filter((e) => e.modality !== "hypothetical" && e.modality !== "negated");
  const dyads = [...new Set(counted.map((e) => dyadKey(e.source, e.target)))].sort();
  return dyads.map((dyad) => {
    const [a, b] = dyad.split("-") as [string, string];
    const own = counted.filter((e) => dyadKey(e.source, e.target) === dyad);
    const relevant = sentences
      .map((s, i) => ({ s, i }))
      .filter(({ i }) => actorsIn[i]!.has(a) || actorsIn[i]!.has(b));
    const words = relevant.reduce((sum, { i }) => sum + evaluationOf(i).weight, 0);
    const toward: Record<string, number> = {};
    // Each cue counts toward the actor of the dyad named nearest to it ("Pakistan's duplicity" is about Pakistan).
    const about: Record<string, number> = { [a]: 0, [b]: 0 };
    for (const { i } of relevant) {
      for (const hit of evaluationOf(i).hits) {
        const actor = nearestActor(hit, mentions[i] ?? [], [a, b]);
        if (actor) about[actor] = about[actor]! + hit.weight;
      }
    }
    for (const x of [a, b]) toward[x] = round(Math.tanh(about[x]! / SCALE));
    const eventTone = own.reduce((sum, e) => sum + e.goldstein, 0) / own.length / 10;
    const language = Math.tanh(words / SCALE);
    const score = round(words === 0 ? eventTone : (eventTone + language) / 2);
    const drivers = new Map<number, { weight: number; cues: string[] }>();
    for (const { i } of relevant) {
      const ev = evaluationOf(i);
      if (ev.weight !== 0) drivers.set(i, { weight: ev.weight, cues: [...ev.cues] });
    }
    for (const e of own) {
      const i = sentences.findIndex((s) => s.start <= e.start && e.start < s.end);
      if (i < 0) continue;
      const d = drivers.get(i) ?? { weight: 0, cues: [] };
      d.weight += e.goldstein / 2;
      d.cues.push(`${e.source}->${e.target} ${cameo(e.rule.split(":").pop() ?? e.code).name}`);
      drivers.set(i, d);
    }
    const top: SlantDriver[] = [...drivers.entries()]
      .sort((x, y) => Math.abs(y[1].weight) - Math.abs(x[1].weight) || x[0] - y[0])
      .slice(0, MAX_DRIVERS)
      .map(([i, d]) => ({
        start: sentences[i]!.start,
        end: sentences[i]!.end,
        sentence: sentences[i]!.text,
        weight: round(d.weight),
        cues: d.cues,
      }));
    return { dyad, score, toward, events: own.length, drivers: top };
  });
}
