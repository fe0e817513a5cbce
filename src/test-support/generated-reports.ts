/** Generated reports of one dyad (FRA-IND) for clustering tests: few choices, so that many reports are alike. */
import { EMPTY_CONTEXT, type Report } from "../merge/report.js";

function generator(seed: number) {
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return { rand, pick };
}

/** A dyad of `n` reports over `articles` articles, with few enough choices that many reports are alike. */
export function generatedDyad(
  seed: number,
  n: number,
  articles: number,
  opts: {
    codes: readonly string[];
    symmetric: number;
    specifics: readonly string[];
    rate?: number;
    dates?: readonly (string | null)[];
    /** How often a report names a person, and a place (0.2 unless given). */
    people?: number;
    /** How often a report gives a figure (0.2 unless given). */
    figures?: number;
  },
): Report[] {
  const { rand, pick } = generator(seed);
  return Array.from({ length: n }, (_, id) => {
    const forward = rand() < 0.6;
    const code = pick(opts.codes);
    const date = pick(opts.dates ?? [null, "2021", "2021-05", "2021-06", "2021-05-04", "2022-01"]);
    const amount = rand() < (opts.figures ?? 0.2) ? pick([2e9, 2.01e9, 5e8]) : null;
    const articleId = 1 + Math.floor(rand() * articles);
    const named = opts.specifics.filter(() => rand() < (opts.rate ?? 0.2));
    return {
      id,
      articleId,
      articleHash: `h${articleId}`,
      article: `a${articleId}`,
      outlet: null,
      source: forward ? "FRA" : "IND",
      target: forward ? "IND" : "FRA",
      symmetric: rand() < opts.symmetric,
      code,
      cameo: `${code}${pick(["", "1"])}`,
      quad: 1,
      goldstein: 1,
      date,
      modality: pick(["asserted", "asserted", "reported", "negated"]),
      sector: "diplomacy",
      amountValue: amount,
      amountUnit: amount === null ? null : "USD",
      evidence: `report ${id}`,
      start: id * 10,
      end: id * 10 + 8,
      context: {
        ...EMPTY_CONTEXT,
        named,
        persons: rand() < (opts.people ?? 0.2) ? [pick(["Modi", "Macron"])] : [],
        places: rand() < (opts.people ?? 0.2) ? [pick(["Paris", "Delhi"])] : [],
      },
    } satisfies Report;
  });
}
