// An ingest updates only the part of each touched dyad that its new reports reach. On real news, arriving
// in several ingests, that must leave exactly the clusters a full rebuild (`dyad recluster`) writes.
import BetterSqlite3 from "better-sqlite3";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDyad } from "../test-support/cli-run.js";
import { HAS_SHARED, SHARED } from "../test-support/shared.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-recluster-"));

/** Every cluster row, and the cluster of each event named by its article and place. */
function clustering(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    const clusters = raw.prepare("select * from clusters order by id").all();
    const membership = raw
      .prepare(
        `select a.hash, a.origin, e.start_offset, e.end_offset, e.source, e.target, e.cameo, e.cluster_id
         from events e join articles a on a.id = e.article_id
         order by a.hash, e.start_offset, e.end_offset, e.source, e.target, e.cameo`,
      )
      .all() as { origin: string; cluster_id: string | null }[];
    return { clusters, membership };
  } finally {
    raw.close();
  }
}

describe.skipIf(!HAS_SHARED)("clusters updated ingest by ingest", () => {
  it(
    "equal a full rebuild on the news corpus and the seeds, ingested in four runs",
    async () => {
      const lines = readFileSync(`${SHARED}corpus/news/articles.jsonl`, "utf8").split("\n").filter(Boolean);
      const parts = [0, 1, 2].map((k) => {
        const file = join(dir, `part-${k}.jsonl`);
        writeFileSync(file, lines.filter((_, i) => i % 3 === k).join("\n") + "\n");
        return file;
      });
      const db = join(dir, "news.db");
      for (const input of [...parts, `${SHARED}corpus/seeds`]) {
        const r = await runDyad(["ingest", input, "--db", db, "--no-progress"]);
        expect(r.status, r.stderr).toBe(0);
      }
      const updated = clustering(db);
      // Not vacuous: later runs joined reports to clusters that earlier runs had made.
      const runsOf = new Map<string, Set<string>>();
      for (const e of updated.membership) {
        if (e.cluster_id === null) continue;
        const run = /part-(\d)/.exec(e.origin)?.[1] ?? "seeds";
        runsOf.set(e.cluster_id, (runsOf.get(e.cluster_id) ?? new Set()).add(run));
      }
      expect([...runsOf.values()].filter((runs) => runs.size > 1).length).toBeGreaterThan(5);
      expect(updated.membership.every((e) => e.cluster_id !== null)).toBe(true);

      const rebuilt = await runDyad(["recluster", "--db", db]);
      expect(rebuilt.status, rebuilt.stderr).toBe(0);
      expect(clustering(db)).toEqual(updated);
    },
    15 * 60_000,
  );
});
