/** Articles and outlets side by side for one dyad: what each reports and leaves out, its slant, its disputed claims. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Conflict, Slant, SourceRow, SourcesReport } from "../store.js";
import { toClusterRecord } from "./clusters.js";
import { dyadKey } from "../../domain/records.js";

type Db = Kysely<Database>;
type SlantRow = Database["slants"];

const toSlant = (r: SlantRow): Slant => ({
  articleId: r.article_id,
  dyad: r.dyad,
  score: r.score,
  toward: JSON.parse(r.toward) as Record<string, number>,
  events: r.events,
  drivers: JSON.parse(r.drivers) as Slant["drivers"],
});

export async function slant(db: Db, articleId: number): Promise<Slant[]> {
  return (
    await db.selectFrom("slants").selectAll().where("article_id", "=", articleId).orderBy("dyad").execute()
  ).map(toSlant);
}

export async function sources(db: Db, a: string, b: string): Promise<SourcesReport> {
  const dyad = dyadKey(a, b);
  const clusterRows = await db
    .selectFrom("clusters")
    .selectAll()
    .where("dyad", "=", dyad)
    .where("modality", "!=", "hypothetical")
    .orderBy("sort_date")
    .orderBy("id")
    .execute();
  const clusters = clusterRows.map(toClusterRecord);
  const conflicts = clusterRows.flatMap((r) => JSON.parse(r.conflicts) as Conflict[]);
  const reports = await db
    .selectFrom("events")
    .select(["article_id", "cluster_id"])
    .distinct()
    .where("dyad", "=", dyad)
    .where("modality", "!=", "hypothetical")
    .execute();
  const articleIds = [...new Set(reports.map((r) => r.article_id))];
  if (articleIds.length === 0) return { dyad, clusters, articles: [], outlets: [] };
  const articles = await db
    .selectFrom("articles")
    .leftJoin("sources", "sources.id", "articles.source_id")
    .select([
      "articles.id",
      "articles.origin",
      "articles.title",
      "articles.published",
      "sources.name as outlet",
    ])
    .where("articles.id", "in", articleIds)
    .orderBy("articles.published")
    .orderBy("articles.origin")
    .execute();
  const slants = new Map(
    (
      await db
        .selectFrom("slants")
        .selectAll()
        .where("dyad", "=", dyad)
        .where("article_id", "in", articleIds)
        .execute()
    ).map((r) => [r.article_id, toSlant(r)]),
  );
  const rows: SourceRow[] = articles.map((art) => {
    const own = new Set(
      reports.filter((r) => r.article_id === art.id && r.cluster_id).map((r) => r.cluster_id!),
    );
    return {
      articleId: art.id,
      origin: art.origin,
      title: art.title,
      outlet: art.outlet,
      published: art.published,
      slant: slants.get(art.id) ?? null,
      reports: clusters.filter((c) => own.has(c.id)).map((c) => c.id),
      omits: clusters.filter((c) => !own.has(c.id)).map((c) => c.id),
      contradicted: conflicts.filter((c) => c.claims.some((cl) => cl.articleId === art.id)),
    };
  });
  const byOutlet = new Map<string, SourceRow[]>();
  for (const r of rows) if (r.outlet) byOutlet.set(r.outlet, [...(byOutlet.get(r.outlet) ?? []), r]);
  const outlets = [...byOutlet.entries()]
    .sort((x, y) => x[0].localeCompare(y[0]))
    .map(([outlet, list]) => {
      const scored = list.filter((r) => r.slant);
      return {
        outlet,
        articles: list.length,
        slant: scored.length
          ? Math.round((scored.reduce((s, r) => s + r.slant!.score, 0) / scored.length) * 100) / 100
          : null,
      };
    });
  return { dyad, clusters, articles: rows, outlets };
}
