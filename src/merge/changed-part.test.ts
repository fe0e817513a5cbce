// Rebuilding only the part of a dyad that new reports reach must leave the store exactly as a rebuild of
// the whole dyad would: the same clusters (records, conflicts, ids) and every event in the same cluster.
import { describe, expect, it } from "vitest";
import type { BuiltCluster, DyadClustering, StoredReport } from "./cluster-store.js";
import { changedPart } from "./changed-part.js";
import { keyCounts, keysTurnedCommon } from "./cluster.js";
import { clusterDyad, updateDyad } from "./dyad-clusters.js";
import type { Report } from "./report.js";
import { generatedDyad } from "../test-support/generated-reports.js";

const DYAD = "FRA-IND";
const noTexts = () => Promise.resolve(new Map<number, string>());

/** What a store holds after writing clusterings: each cluster by id, and each event's cluster. */
interface Stored {
  readonly clusters: Map<string, BuiltCluster>;
  readonly clusterOf: Map<number, string>;
}

function write(state: Stored, c: DyadClustering): Stored {
  const clusters = new Map(c.replaces.kind === "dyad" ? [] : state.clusters);
  if (c.replaces.kind === "clusters") for (const id of c.replaces.ids) clusters.delete(id);
  for (const cluster of c.clusters) clusters.set(cluster.id, cluster);
  return { clusters, clusterOf: new Map([...state.clusterOf, ...c.membership]) };
}

function asStored(reports: readonly Report[], state: Stored): StoredReport[] {
  return reports.map((r) => ({ ...r, clusterId: state.clusterOf.get(r.id) ?? null }));
}

const sizes = (state: Stored) => new Map([...state.clusters.values()].map((c) => [c.id, c.members]));

const empty: Stored = { clusters: new Map(), clusterOf: new Map() };

/**
 * The store after clustering `old` whole, then updating with every report. The part is rebuilt however
 * large it is, so that the test reaches it even where the generated dyad links most reports together.
 */
async function updated(old: readonly Report[], all: readonly Report[]) {
  const before = write(empty, await clusterDyad(DYAD, old, noTexts));
  const reports = asStored(all, before);
  const scope = changedPart(reports, sizes(before), 1);
  const after = write(before, await updateDyad(DYAD, reports, sizes(before), noTexts, 1));
  return { scope, after };
}

// Many days and names, so that reports fall into many small groups, as in a real dyad.
const OPTS = {
  codes: ["03", "04", "06", "19"],
  symmetric: 0.3,
  specifics: [
    "Rafale",
    "Varuna",
    "Jaitapur",
    "Shakti",
    "Garuda",
    "Kudankulam",
    "Scorpene",
    "Hammer",
    "Mirage",
  ],
  rate: 0.03,
  people: 0.04,
  figures: 0.03,
  dates: [
    null,
    "2021",
    "2022-03",
    ...Array.from({ length: 60 }, (_, d) => `2021-0${1 + (d % 9)}-1${d % 10}`),
  ],
};

// [phenomenon, seed, reports, articles, which reports were stored before the update]
const ADDITIONS = [
  ["new articles join old clusters and form new ones", 11, 400, 300, (r: Report) => r.articleId <= 250],
  ["new reports in articles already stored (retellings)", 12, 400, 250, (r: Report) => r.id % 9 !== 3],
  ["a single new report", 13, 300, 200, (r: Report) => r.id !== 150],
] as const;

describe("updating the part of a dyad new reports reach", () => {
  it.each(ADDITIONS)("equals rebuilding it whole: %s", async (_, seed, n, articles, wasStored) => {
    const all = generatedDyad(seed, n, articles, OPTS);
    const { scope, after } = await updated(
      all.filter((r) => wasStored(r)),
      all,
    );
    const whole = write(empty, await clusterDyad(DYAD, all, noTexts));
    expect(after).toEqual(whole);
    // Not vacuous: a part was rebuilt, smaller than the dyad, and something was joined.
    expect(scope.kind).toBe("part");
    if (scope.kind === "part") expect(scope.reports.length).toBeLessThan(n);
    expect([...whole.clusters.values()].some((c) => c.members > 1)).toBe(true);
  });

  it("equals rebuilding it whole when new reports make a shared name too common to join reports", async () => {
    const reports = generatedDyad(14, 1400, 1400, { ...OPTS, specifics: ["summit"], rate: 0.25 });
    // Stored: the reports up to the one that names the summit for the 300th time; then 40 more arrive.
    const split = reports.filter((r) => r.context.named.length).at(299)?.id ?? 0;
    const old = reports.slice(0, split);
    const all = reports.slice(0, split + 40);
    // Not vacuous: the name was rare before the update and is too common after it.
    expect(keysTurnedCommon(keyCounts(old), keyCounts(all)).size).toBeGreaterThan(0);
    const { scope, after } = await updated(old, all);
    expect(after).toEqual(write(empty, await clusterDyad(DYAD, all, noTexts)));
    expect(scope.kind).toBe("part");
  });

  it("gives an older telling's cluster the conflict with a new telling in the same article", async () => {
    const filler = generatedDyad(17, 200, 150, OPTS);
    const [base] = filler;
    if (base === undefined) throw new Error("no generated report");
    // One article tells one delivery twice, with dates two months apart: a retelling that disagrees.
    const telling = (id: number, date: string, start: number): Report => ({
      ...base,
      id,
      articleId: 999,
      articleHash: "h999",
      article: "a999",
      code: "04",
      cameo: "04",
      modality: "asserted",
      date,
      amountValue: 2e9,
      amountUnit: "USD",
      start,
      end: start + 8,
      context: {
        ...base.context,
        sentenceStart: start,
        sentenceEnd: start + 80,
        named: ["Rafale"],
        places: ["Paris"],
        persons: [],
      },
    });
    const older = telling(1000, "2021-05-04", 10);
    const newer = telling(1001, "2021-07-02", 500);
    const all = [...filler, older, newer];
    const whole = write(empty, await clusterDyad(DYAD, all, noTexts));
    // Not vacuous: the whole rebuild puts a date conflict on the older telling's cluster.
    const olderCluster = whole.clusters.get(whole.clusterOf.get(older.id) ?? "");
    expect(olderCluster?.conflicts.map((c) => c.attribute)).toContain("date");
    const { after } = await updated([...filler, older], all);
    expect(after).toEqual(whole);
  });

  it("rebuilds nothing when nothing is new", async () => {
    const all = generatedDyad(15, 300, 200, OPTS);
    const { scope, after } = await updated(all, all);
    expect(scope).toMatchObject({ kind: "part", reports: [] });
    expect(after).toEqual(write(empty, await clusterDyad(DYAD, all, noTexts)));
  });

  it("rebuilds the whole dyad when a report was removed, which can split its cluster", async () => {
    const all = generatedDyad(16, 300, 200, OPTS);
    const before = write(empty, await clusterDyad(DYAD, all, noTexts));
    const joined = [...before.clusters.values()].find((c) => c.members > 2);
    const gone = all.find((r) => joined && before.clusterOf.get(r.id) === joined.id);
    const rest = all.filter((r) => r !== gone);
    const reports = asStored(rest, before);
    expect(changedPart(reports, sizes(before))).toEqual({ kind: "whole" });
    const after = write(before, await updateDyad(DYAD, reports, sizes(before), noTexts));
    expect(after.clusters).toEqual(write(empty, await clusterDyad(DYAD, rest, noTexts)).clusters);
  });
});
