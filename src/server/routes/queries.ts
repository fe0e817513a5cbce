/** Stats, full-text search and the cross-source queries (clusters, conflicts, sources). */
import { basename } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../store/store.js";
import { clusterCursor } from "../../store/cursor.js";
import { HttpError } from "../http-error.js";
import {
  checkActors,
  filterQuerySchema,
  pageQuerySchema,
  parseFilterQuery,
  linkNext,
  parsePage,
  withTotal,
  asBadRequest,
  type FilterQuery,
  type PageQuery,
} from "../query.js";
import { parseFilter } from "../../store/event-filter.js";
import { clusterSchema, conflictSchema, eventSchema, listOf, openObject, responses } from "../schemas.js";

export function queryRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    "/api/stats",
    {
      schema: {
        summary: "what the database holds",
        tags: ["queries"],
        response: responses(openObject({ articles: { type: "integer" }, events: { type: "integer" } })),
      },
    },
    // The database's name without the server's folders, which are nobody's business on the other end.
    async () => {
      const stats = await store.stats();
      return {
        ...stats,
        location: /^[a-z]+:\/\//i.test(stats.location) ? stats.location : basename(stats.location),
      };
    },
  );

  app.get<{ Querystring: { q: string; limit?: number; offset?: number } }>(
    "/api/search",
    {
      schema: {
        summary:
          "full-text search over stored articles, best first, with the events of each hit; X-Total-Count says how many match",
        tags: ["queries"],
        querystring: {
          type: "object",
          properties: {
            q: { type: "string", minLength: 1 },
            limit: { ...pageQuerySchema.limit, default: 10 },
            offset: pageQuerySchema.offset,
          },
          required: ["q"],
        },
        response: responses(
          listOf(
            openObject({
              articleId: { type: "integer" },
              origin: { type: "string" },
              snippet: { type: "string" },
              events: listOf(eventSchema),
            }),
          ),
        ),
      },
    },
    async (req, reply) => {
      const { q, limit = 10, offset = 0 } = req.query;
      const [hits, total] = await Promise.all([store.search(q, { limit, offset }), store.searchCount(q)]);
      return withTotal(reply, hits, total);
    },
  );

  app.get<{ Querystring: FilterQuery & PageQuery }>(
    "/api/clusters",
    {
      schema: {
        summary:
          "real-world events, each merged from the records that report it, oldest first unless order=newest; X-Total-Count says how many match",
        tags: ["cross-source"],
        querystring: { type: "object", properties: { ...filterQuerySchema, ...pageQuerySchema } },
        response: responses(listOf(clusterSchema)),
      },
    },
    async (req, reply) => {
      const page = parsePage(req.query);
      const filter = await parseFilterQuery(store, req.query);
      const [clusters, total] = await Promise.all([
        store.clusters(filter, page),
        store.countClusters(filter),
      ]);
      return withTotal(
        reply,
        linkNext(req, reply, clusters, page, (c) => clusterCursor(c, page.order)),
        total,
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/clusters/:id",
    {
      schema: {
        summary: "one cluster with its member events",
        tags: ["cross-source"],
        response: responses(openObject({ id: { type: "string" }, events: listOf(eventSchema) })),
      },
    },
    async (req) => {
      const cluster = await store.cluster(req.params.id);
      if (!cluster) throw new HttpError(404, `no cluster "${req.params.id}"`);
      return cluster;
    },
  );

  app.get<{ Querystring: FilterQuery }>(
    "/api/conflicts",
    {
      schema: {
        summary: "attributes that sources report differently for the same event",
        tags: ["cross-source"],
        querystring: { type: "object", properties: filterQuerySchema },
        response: responses(listOf(conflictSchema)),
      },
    },
    async (req) => store.conflicts(await parseFilterQuery(store, req.query)),
  );

  app.get<{ Querystring: { dyad: string } }>(
    "/api/sources",
    {
      schema: {
        summary:
          "articles and outlets on one dyad side by side: what each reports, omits and is contradicted on (as `dyad sources`)",
        tags: ["cross-source"],
        querystring: { type: "object", properties: { dyad: filterQuerySchema.dyad }, required: ["dyad"] },
        response: responses(
          openObject({
            dyad: { type: "string" },
            clusters: listOf(clusterSchema),
            articles: { type: "array" },
            outlets: { type: "array" },
          }),
        ),
      },
    },
    async (req) => {
      const [a, b] = asBadRequest(() => parseFilter({ dyad: req.query.dyad })).dyad!;
      await checkActors(store, [a, b]);
      return store.sources(a, b);
    },
  );
}
