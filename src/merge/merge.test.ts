// Merging, conflicts and slant on four short articles written for this test. They retell the same
// France–India events in different words, with figures and dates that disagree on purpose:
//   visit      Modi in France, July 2023 (a1, a4) / July 13, 2023 (a2): one event, no conflict
//   investment $2.5 billion (a1, a4), 2.5bn USD (a2), "$14 billion … including $2 billion" (a3): amount conflict 2.5bn vs 2bn
//   jets       four Rafale jets (a1) vs six (a3): count conflict
//   Shakti     joint exercise in 2021 (a1) vs 2022 (a2): date conflict
//   Varuna     a different exercise (a4), which must stay on its own
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../ingest/ingest.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { ClusterDetail, Store } from "../store/store.js";

const ARTICLES: Record<string, { outlet: string; title: string; text: string }> = {
  a1: {
    outlet: "Northern Times",
    title: "Modi in Paris as France courts India",
    text: [
      "In July 2023, Indian Prime Minister Narendra Modi visited France for two days of talks.",
      "France promised to invest $2.5 billion in India's Jaitapur nuclear plant.",
      "France delivered four Rafale jets to India.",
      "French and Indian troops held the Shakti joint exercise in Umroi in 2021.",
    ].join("\n\n"),
  },
  a2: {
    outlet: "Eastern Wire",
    title: "A new chapter for Paris and New Delhi",
    text: [
      "Narendra Modi arrived in Paris on July 13, 2023, as the guest of honour at the Bastille Day parade.",
      "Paris pledged 2.5bn USD for India's Jaitapur plant.",
      "France and India held the Shakti joint military exercise in 2022.",
    ].join("\n\n"),
  },
  a3: {
    outlet: "Energy Monitor",
    title: "Nuclear diplomacy",
    text: [
      "France has promised a $14 billion investment in India's energy sector, including $2 billion for the Jaitapur plant.",
      "France supplied six Rafale jets to India.",
    ].join("\n\n"),
  },
  a4: {
    outlet: "Northern Times",
    title: "Modi's visit: what it means",
    text: [
      "In July 2023, Indian Prime Minister Narendra Modi visited France for talks on energy and defence.",
      "France promised to invest $2.5 billion in India's Jaitapur nuclear plant.",
      "France and India held the Varuna naval exercise in 2022.",
    ].join("\n\n"),
  },
};

const dir = mkdtempSync(join(tmpdir(), "dyad-merge-"));

/** One corpus file per article, so the ingest order can be chosen. */
function corpusFiles(order: readonly string[]): string[] {
  return order.map((name) => {
    const a = ARTICLES[name]!;
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(
      file,
      JSON.stringify({ title: a.title, text: a.text, source: a.outlet, url: `https://example.org/${name}` }) +
        "\n",
    );
    return file;
  });
}

async function storeWith(name: string, batches: readonly (readonly string[])[]): Promise<SqliteStore> {
  const store = await SqliteStore.open(join(dir, `${name}.db`));
  for (const batch of batches) await ingest(store, corpusFiles(batch), { progress: false, threads: 1 });
  return store;
}

const articleOf = (origin: string) => /(a\d)\.jsonl/.exec(origin)?.[1] ?? origin;

/** Clusters as {id: sorted "article: evidence"} — what must not depend on ingest order. */
async function partition(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const c of await store.clusters({}, { limit: 1000, offset: 0 })) {
    const detail = (await store.cluster(c.id))!;
    out[c.id] = detail.events.map((e) => `${articleOf(e.article)}: ${e.evidence}`).sort();
  }
  return out;
}

async function clusterWith(store: Store, evidence: RegExp): Promise<ClusterDetail> {
  for (const c of await store.clusters({ dyad: ["FRA", "IND"] }, { limit: 100, offset: 0 })) {
    const d = (await store.cluster(c.id))!;
    if (d.events.some((e) => evidence.test(e.evidence))) return d;
  }
  throw new Error(`no cluster with evidence ${evidence}`);
}

describe("merging reports of the same event across articles", () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = await storeWith("forward", [["a1", "a2", "a3", "a4"]]);
  });
  afterAll(() => store.close());

  it("makes one visit of three reports from two outlets, dated by the most precise agreeing report", async () => {
    const visit = await clusterWith(store, /Modi (visited|arrived)/);
    expect(visit.events.map((e) => articleOf(e.article)).sort()).toEqual(["a1", "a2", "a4"]);
    expect(visit).toMatchObject({
      source: "IND",
      target: "FRA",
      cameo: "042",
      date: "2023-07-13",
      articles: 3,
      outlets: 2,
      conflicts: 0,
    });
  });

  it("keeps the Varuna exercise apart from the Shakti exercise of the same year", async () => {
    const varuna = await clusterWith(store, /Varuna/);
    expect(varuna.events.map((e) => articleOf(e.article))).toEqual(["a4"]);
    const shakti = await clusterWith(store, /Shakti/);
    expect(shakti.events.map((e) => articleOf(e.article)).sort()).toEqual(["a1", "a2"]);
  });

  it("flags the disputed date, count and sum with every source's words, but not $2.5 billion against 2.5bn USD", async () => {
    const conflicts = await store.conflicts({ dyad: ["IND", "FRA"] });
    const summary = conflicts
      .map((c) => ({
        attribute: c.attribute,
        claims: c.claims.map((cl) => `${articleOf(cl.article)}=${cl.value}`).sort(),
      }))
      .sort((x, y) => x.attribute.localeCompare(y.attribute));
    expect(summary).toEqual([
      {
        attribute: "amount",
        claims: [
          "a1=2,500,000,000 USD",
          "a2=2,500,000,000 USD",
          "a3=2,000,000,000 USD",
          "a4=2,500,000,000 USD",
        ],
      },
      { attribute: "count", claims: ["a1=4 jets", "a3=6 jets"] },
      { attribute: "date", claims: ["a1=2021", "a2=2022"] },
    ]);
    const count = conflicts.find((c) => c.attribute === "count")!;
    expect(count.claims.map((c) => c.outlet).sort()).toEqual(["Energy Monitor", "Northern Times"]);
    expect(count.claims.map((c) => c.sentence).sort()).toEqual([
      "France delivered four Rafale jets to India.",
      "France supplied six Rafale jets to India.",
    ]);
    const investment = await clusterWith(store, /pledged/);
    expect(investment).toMatchObject({ amountValue: 2.5e9, amountUnit: "USD", articles: 4, outlets: 3 });
  });

  it("counts one event per cluster in the merged dyad series, and every report in the raw one", async () => {
    const merged = await store.dyadSeries("FRA", "IND", "year", { merged: true });
    const raw = await store.dyadSeries("FRA", "IND", "year", {});
    expect(raw.rows.find((r) => r.period === "2023")!.combined.events).toBe(3);
    expect(merged.rows.find((r) => r.period === "2023")!.combined.events).toBe(1);
  });

  it("lists each article's reports, omissions and contradicted claims side by side", async () => {
    const report = await store.sources("IND", "FRA");
    const byArticle = Object.fromEntries(report.articles.map((r) => [articleOf(r.origin), r]));
    expect(Object.keys(byArticle).sort()).toEqual(["a1", "a2", "a3", "a4"]);
    // a3 reports the investment and the jets; the visit and both exercises are left out.
    expect(byArticle.a3!.reports.length).toBe(2);
    expect(byArticle.a3!.omits.length).toBe(report.clusters.length - 2);
    expect(byArticle.a3!.contradicted.map((c) => c.attribute).sort()).toEqual(["amount", "count"]);
    expect(report.outlets.map((o) => [o.outlet, o.articles])).toEqual([
      ["Eastern Wire", 1],
      ["Energy Monitor", 1],
      ["Northern Times", 2],
    ]);
  });

  it("gives the same clusters whatever the ingest order, and when articles arrive in later runs", async () => {
    const reversed = await storeWith("reversed", [["a4", "a3", "a2", "a1"]]);
    const incremental = await storeWith("incremental", [["a3"], ["a2", "a4"], ["a1"]]);
    try {
      const expected = await partition(store);
      expect(Object.keys(expected).length).toBe(5);
      expect(await partition(reversed)).toEqual(expected);
      expect(await partition(incremental)).toEqual(expected);
    } finally {
      await reversed.close();
      await incremental.close();
    }
  });

  it("prints conflicts from the command line with each claim's article and words", () => {
    const bin = join(import.meta.dirname, "../../bin/dyad.js");
    const out = execFileSync(
      process.execPath,
      [bin, "conflicts", "--dyad", "FRA-IND", "--db", join(dir, "forward.db")],
      { encoding: "utf8" },
    );
    expect(out).toMatch(/FRA-IND count .*Northern Times says 4 jets; Energy Monitor says 6 jets/);
    expect(out).toContain("“France supplied six Rafale jets to India.”");
    // Without --dyad, sources goes through the dyads more than one article reports.
    const sources = execFileSync(process.execPath, [bin, "sources", "--db", join(dir, "forward.db")], {
      encoding: "utf8",
    });
    expect(sources).toMatch(/^FRA-IND: 5 event\(s\) reported by 4 article\(s\)/);
    expect(sources).toMatch(/Northern Times\s+2\s/);
  });
});

/** Stores one article (paragraphs joined) in its own database and runs `check` on it. */
async function withArticle(
  name: string,
  paragraphs: readonly string[],
  check: (store: Store) => Promise<void>,
): Promise<void> {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, paragraphs.join("\n\n"));
  const store = await SqliteStore.open(join(dir, `${name}.db`));
  try {
    await ingest(store, [file], { progress: false });
    await check(store);
  } finally {
    await store.close();
  }
}

describe("an article that tells one event twice, differently", () => {
  it("flags its two dates as a conflict within the article, and leaves the two tellings unmerged", () =>
    withArticle(
      "self",
      [
        "Modi and Japan",
        "In 2014, Indian Prime Minister Narendra Modi visited Japan to sign the Shinkansen rail deal.",
        "Tokyo has since become one of New Delhi's closest partners in Asia.",
        "The Shinkansen rail deal was signed when Narendra Modi visited Japan in 2015, officials recalled.",
      ],
      async (store) => {
        const conflicts = await store.conflicts({ dyad: ["IND", "JPN"] });
        expect(conflicts.map((c) => [c.attribute, c.claims.map((cl) => cl.value)])).toEqual([
          ["date", ["2014", "2015"]],
        ]);
        expect(conflicts[0]!.note).toBe("self.txt tells it twice, with different dates: 2014 and 2015");
        const visits = await store.clusters({ dyad: ["IND", "JPN"], code: "042" }, { limit: 10, offset: 0 });
        expect(visits.map((c) => [c.date, c.articles])).toEqual([
          ["2014", 1],
          ["2015", 1],
        ]);
      },
    ));

  it("flags one act it credits to two different people as a conflict over who acted", () =>
    withArticle(
      "who",
      [
        "Border tensions",
        "Chilean President Jorge Alvarez authorized military operations against Bolivia in the Atacama. The border had been tense for months. " +
          "Chile's Defence Minister Pablo Ortega authorized a covert operation in the Atacama.",
      ],
      async (store) => {
        const conflicts = await store.conflicts({ dyad: ["CHL", "BOL"] });
        expect(conflicts.map((c) => [c.attribute, c.claims.map((cl) => cl.value)])).toEqual([
          ["actor", ["Jorge Alvarez", "Pablo Ortega"]],
        ]);
        expect(conflicts[0]!.note).toBe(
          "who.txt tells it twice, with different people for CHL: Jorge Alvarez and Pablo Ortega",
        );
      },
    ));
});
