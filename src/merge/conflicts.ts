/** Where the reports of one event disagree: date, figures, who acted, where. */
import { formatAmount } from "../domain/format-amount.js";
import { findAmounts } from "../language/amounts.js";
import type { Claim, Conflict, ConflictAttribute } from "../domain/records.js";
import { compatibleDates } from "./dates.js";
import { disputedActors, splitAgent } from "../domain/agents.js";
import type { Report } from "./report.js";
import { sameFigure } from "./similarity.js";

/** Words that say one figure is a share of another ("$14 billion, including $2.5 billion for…"). */
const PART_OF =
  /\b(?:including|includes|included|of which|out of|part of|share of|portion of|among them|comprising|in addition to)\b/i;
const CURRENCY = /^[A-Z]{3}$/;

function claim(r: Report, value: string, sentenceOf: (r: Report) => string): Claim {
  return {
    value,
    eventId: r.id,
    articleId: r.articleId,
    article: r.article,
    outlet: r.outlet,
    evidence: r.evidence,
    sentence: sentenceOf(r),
    start: r.start,
    end: r.end,
  };
}

/** One claim per article and value, in content order. */
function claims(
  members: readonly Report[],
  valueOf: (r: Report) => string | null,
  sentenceOf: (r: Report) => string,
): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const r of members) {
    const v = valueOf(r);
    if (v === null || seen.has(`${r.articleId}|${v}`)) continue;
    seen.add(`${r.articleId}|${v}`);
    out.push(claim(r, v, sentenceOf));
  }
  return out;
}

const shortName = (c: Claim) => c.outlet ?? c.article.split("/").pop() ?? c.article;

/** `what` names the disputed values in the plural: "dates", "sums", "people for RUS". */
function conflict(
  cluster: string,
  dyad: string,
  attribute: ConflictAttribute,
  list: Claim[],
  what: string,
): Conflict {
  const first = list[0];
  const oneArticle = first !== undefined && new Set(list.map((c) => c.articleId)).size === 1;
  const sides = list
    .map((c) => `${oneArticle ? "" : `${shortName(c)} says `}${c.value}`)
    .join(oneArticle ? " and " : "; ");
  // An article that tells one event twice, differently, contradicts itself.
  const lead = oneArticle
    ? `${shortName(first)} tells it twice, with different ${what}`
    : `sources give different ${what}`;
  return { cluster, dyad, attribute, claims: list, note: `${lead}: ${sides}` };
}

/** Figures a sentence gives for a part of its total, after "including", "of which"… */
function partFigures(sentence: string, unit: string): number[] {
  const marker = PART_OF.exec(sentence);
  if (!marker) return [];
  return findAmounts(sentence.slice(marker.index))
    .filter((m) => m.unit === unit && m.value > 0)
    .map((m) => m.value);
}

/**
 * Disagreements among the members of one cluster. `sentenceOf` gives a member's sentence, where a
 * figure for a part and the figure for the whole can be told apart ("…including $2.5 billion for…").
 */
export function findConflicts(
  cluster: string,
  dyad: string,
  members: readonly Report[],
  sentenceOf: (r: Report) => string,
): Conflict[] {
  // One report cannot disagree with itself; most clusters have one member.
  if (members.length < 2) return [];
  const out: Conflict[] = [];
  const dated = members.filter((r) => r.date);
  const dates = [...new Set(dated.flatMap((r) => (r.date ? [r.date] : [])))];
  if (dates.some((a) => dates.some((b) => !compatibleDates(a, b)))) {
    out.push(
      conflict(
        cluster,
        dyad,
        "date",
        claims(dated, (r) => r.date, sentenceOf),
        "dates",
      ),
    );
  }
  const withFigure = members.flatMap((r) =>
    r.amountValue !== null && r.amountUnit ? [{ r, value: r.amountValue, unit: r.amountUnit }] : [],
  );
  for (const unit of [...new Set(withFigure.map((f) => f.unit))].sort()) {
    // "$14 billion, including $2 billion for the pipeline": the sentence also gives the figure for the part.
    const same = withFigure
      .filter((f) => f.unit === unit)
      .map(({ r, value }) => ({ r, value, figures: [value, ...partFigures(sentenceOf(r), unit)] }));
    const agree = (a: readonly number[], b: readonly number[]) =>
      a.some((x) => b.some((y) => sameFigure(x, y)));
    if (!same.some((a) => same.some((b) => a.r !== b.r && !agree(a.figures, b.figures)))) continue;
    // Each source is quoted with its figure closest to what the others say.
    const quoted = new Map(
      same.map(({ r, figures }) => {
        const others = same.filter((o) => o.r !== r).map((o) => o.value);
        const distance = (x: number) => Math.min(...others.map((o) => Math.abs(Math.log(x / o))));
        // Never undefined: figures starts with the report's own value.
        const [closest] = [...figures].sort((x, y) => distance(x) - distance(y));
        return [r, closest === undefined ? null : formatAmount(closest, unit)];
      }),
    );
    const attribute = CURRENCY.test(unit) ? "amount" : "count";
    out.push(
      conflict(
        cluster,
        dyad,
        attribute,
        // Every report in `same` has its quote.
        claims(
          same.map((f) => f.r),
          (r) => quoted.get(r) ?? null,
          sentenceOf,
        ),
        attribute === "amount" ? "sums" : "numbers",
      ),
    );
  }
  const named = members.filter((r) => r.context.agents.length);
  const disputed = [
    ...new Set(
      named.flatMap((a) =>
        named.filter((b) => b !== a).flatMap((b) => disputedActors(a.context.agents, b.context.agents)),
      ),
    ),
  ].sort();
  for (const actor of disputed) {
    const people = (r: Report) =>
      r.context.agents
        .filter((x) => splitAgent(x)[0] === actor)
        .map((x) => splitAgent(x)[1])
        .join(", ") || null;
    out.push(conflict(cluster, dyad, "actor", claims(named, people, sentenceOf), `people for ${actor}`));
  }
  const disjoint = (a: readonly string[], b: readonly string[]) => !a.some((x) => b.includes(x));
  const placed = members.filter((r) => r.context.places.length);
  if (placed.some((a) => placed.some((b) => a !== b && disjoint(a.context.places, b.context.places)))) {
    out.push(
      conflict(
        cluster,
        dyad,
        "place",
        claims(placed, (r) => r.context.places.join(", "), sentenceOf),
        "places",
      ),
    );
  }
  return out;
}
