// The clustering thread must give exactly what clustering on the calling thread gives, texts included,
// with several dyads in flight at once. Threads load built code: the vitest global setup builds dist/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClusterThread as Thread } from "./cluster-thread.js";
import { clusterDyad } from "./dyad-clusters.js";
import { generatedDyad } from "../test-support/generated-reports.js";

const BUILT = new URL("../../dist/merge/cluster-thread.js", import.meta.url).href;

/** Every article's text names it, so that claims quoting sentences show whose text they were given. */
const texts = (ids: readonly number[]) =>
  Promise.resolve(
    new Map(ids.map((id) => [id, `Article ${id} says France and India did it again. `.repeat(20)])),
  );

const DYADS = [
  ["one code, one direction", 21, 300, 120, { codes: ["04"], symmetric: 0, specifics: ["Rafale"] }],
  [
    "figures and staged codes",
    22,
    300,
    150,
    { codes: ["03", "06"], symmetric: 0.2, specifics: ["Jaitapur"] },
  ],
  ["symmetric acts", 23, 200, 200, { codes: ["04", "05"], symmetric: 0.5, specifics: [] }],
] as const;

describe("clustering on a thread of its own", () => {
  let thread: Thread;
  beforeAll(async () => {
    const built = (await import(/* @vite-ignore */ BUILT)) as typeof import("./cluster-thread.js");
    thread = new built.ClusterThread();
  });
  afterAll(() => thread.close());

  it("gives what clustering here gives, for dyads sent at once", async () => {
    const dyads = DYADS.map(([, seed, n, articles, opts]) => generatedDyad(seed, n, articles, opts));
    const there = await Promise.all(dyads.map((reports) => thread.cluster("FRA-IND", reports, texts)));
    const here = await Promise.all(dyads.map((reports) => clusterDyad("FRA-IND", reports, texts)));
    expect(there).toEqual(here);
    // Not vacuous: the dyads hold conflicts, whose claims quote the texts.
    expect(here.flatMap((c) => c.clusters.flatMap((x) => x.conflicts)).length).toBeGreaterThan(0);
  });

  it("fails the dyad whose texts cannot be read, with the reason, and goes on with the next", async () => {
    const [reports] = DYADS.map(([, seed, n, articles, opts]) => generatedDyad(seed, n, articles, opts));
    await expect(
      thread.cluster("FRA-IND", reports ?? [], () => Promise.reject(new Error("database is locked"))),
    ).rejects.toThrow("database is locked");
    await expect(thread.cluster("FRA-IND", reports ?? [], texts)).resolves.toMatchObject({ dyad: "FRA-IND" });
  });
});
