// Blocking must only skip pairs that could never be joined: clusters must come out exactly as when every
// report is compared with every other. Checked against that all-pairs reference on generated dyads that
// mix directions, symmetric acts, staged codes (a promise and its delivery), shared and common specifics.
import { describe, expect, it } from "vitest";
import { clusterReports } from "./cluster.js";
import { reportKey, type Report } from "./report.js";
import { generatedDyad as dyad } from "../test-support/generated-reports.js";
import { isSameEvent, likeness, SAME_EVENT } from "./similarity.js";

/** The clustering as it was before blocking: all pairs, every join checked against all members. */
function allPairs(reports: readonly Report[]): string[][] {
  const sorted = [...reports].sort((a, b) =>
    reportKey(a) < reportKey(b) ? -1 : reportKey(a) > reportKey(b) ? 1 : 0,
  );
  const pairs: { i: number; j: number; score: number }[] = [];
  const keys = (r: Report) => [
    ...r.context.persons,
    ...r.context.named,
    ...r.context.terms,
    ...r.context.places,
    ...(r.amountValue !== null ? [`a${r.amountValue.toPrecision(2)}`] : []),
    ...(r.date && r.date.length >= 7 ? [`d${r.date}`] : []),
  ];
  const counts = new Map<string, number>();
  for (const r of sorted) for (const k of new Set(keys(r))) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const shared = keys(sorted[i]!).filter((k) => keys(sorted[j]!).includes(k) && counts.get(k)! <= 300);
      if (!shared.length) continue;
      const l = likeness(sorted[i]!, sorted[j]!);
      if (l && isSameEvent(l)) pairs.push({ i, j, score: l.score });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const members = new Map(sorted.map((_, i) => [i, [i]]));
  const clusterOf = sorted.map((_, i) => i);
  for (const { i, j } of pairs) {
    const a = members.get(clusterOf[i]!)!,
      b = members.get(clusterOf[j]!)!;
    if (a === b || b.some((y) => a.some((x) => sorted[x]!.articleId === sorted[y]!.articleId))) continue;
    const scores = a.flatMap((x) => b.map((y) => likeness(sorted[x]!, sorted[y]!)));
    if (scores.some((l) => !l) || scores.reduce((t, l) => t + l!.score, 0) / scores.length < SAME_EVENT - 1)
      continue;
    const [keep, drop] =
      clusterOf[i]! < clusterOf[j]! ? [clusterOf[i]!, clusterOf[j]!] : [clusterOf[j]!, clusterOf[i]!];
    const joined = [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y);
    members.set(keep, joined);
    members.delete(drop);
    for (const m of joined) clusterOf[m] = keep;
  }
  return [...members.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, list]) => list.map((m) => reportKey(sorted[m]!)));
}

const CASES = [
  ["one code, one direction, dense dates", 1, 300, 120, { codes: ["04"], symmetric: 0, specifics: [] }],
  [
    "symmetric acts told either way round",
    2,
    300,
    150,
    { codes: ["04", "05"], symmetric: 0.5, specifics: ["Rafale"] },
  ],
  [
    "a promise and its delivery (03 with 06, 07, 08)",
    3,
    300,
    150,
    { codes: ["03", "06", "07", "08"], symmetric: 0.2, specifics: ["Jaitapur", "Rafale"] },
  ],
  [
    "many articles, few shared names",
    4,
    400,
    400,
    { codes: ["03", "04", "19"], symmetric: 0.3, specifics: ["Shakti", "Varuna", "Jaitapur"] },
  ],
  [
    "a key shared by more than 300 reports is too common to join them",
    5,
    700,
    700,
    { codes: ["04"], symmetric: 0, specifics: ["summit"], rate: 0.6 },
  ],
] as const;

describe("clustering with blocked candidate pairs", () => {
  it.each(CASES)("gives the all-pairs clusters: %s", (_, seed, n, articles, opts) => {
    const reports = dyad(seed, n, articles, opts);
    const clusters = clusterReports(reports).map((c) => c.map(reportKey));
    expect(clusters).toEqual(allPairs(reports));
    // Not a vacuous pass: some reports were joined.
    expect(clusters.some((c) => c.length > 1)).toBe(true);
  });
});
