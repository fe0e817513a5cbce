/** Events, actors, the network and the dyad series: the queries of `dyad events`, `dyad actors` and `dyad dyad`. */
import type { FastifyInstance } from "fastify";
import { PERIODS, type Period, type Store } from "../../store/store.js";
import { actorNames } from "../actor-names.js";
import { eventCursor } from "../../store/cursor.js";
import { HttpError } from "../http-error.js";
import {
  filterQuerySchema,
  pageQuerySchema,
  parseFilterQuery,
  linkNext,
  parsePage,
  type FilterQuery,
  type PageQuery,
} from "../query.js";
import { actorRowSchema, edgeSchema, eventSchema, listOf, openObject, responses } from "../schemas.js";

const filterQuery = { type: "object", properties: filterQuerySchema } as const;
const pagedFilterQuery = {
  type: "object",
  properties: { ...filterQuerySchema, ...pageQuerySchema },
} as const;

export function eventRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FilterQuery & PageQuery }>(
    "/api/events",
    {
      schema: {
        summary: "stored events matching the filters, oldest first",
        tags: ["events"],
        querystring: pagedFilterQuery,
        response: responses(listOf(eventSchema)),
      },
    },
    async (req, reply) => {
      const page = parsePage(req.query);
      const events = await store.events(await parseFilterQuery(store, req.query), page);
      return linkNext(req, reply, events, page, eventCursor);
    },
  );

  app.get<{ Querystring: FilterQuery & { limit?: number } }>(
    "/api/actors",
    {
      schema: {
        summary: "actors ranked by events, with their top partners and display names",
        tags: ["events"],
        querystring: { type: "object", properties: { ...filterQuerySchema, limit: pageQuerySchema.limit } },
        response: responses(listOf(actorRowSchema)),
      },
    },
    async (req) => {
      const names = actorNames();
      const rows = await store.actors(await parseFilterQuery(store, req.query), req.query.limit ?? 50);
      return rows.map((r) => ({ ...r, name: names.get(r.actor) ?? null }));
    },
  );

  app.get<{ Querystring: FilterQuery }>(
    "/api/network",
    {
      schema: {
        summary: "one edge per dyad: event count, quad counts and mean Goldstein score",
        tags: ["events"],
        querystring: filterQuery,
        response: responses(listOf(edgeSchema)),
      },
    },
    async (req) => store.network(await parseFilterQuery(store, req.query)),
  );

  app.get<{ Params: { a: string; b: string }; Querystring: FilterQuery & { by?: string } }>(
    "/api/dyads/:a/:b/series",
    {
      schema: {
        summary: "the relationship per period, both directions (as `dyad dyad A B`)",
        tags: ["events"],
        params: {
          type: "object",
          properties: { a: { type: "string" }, b: { type: "string" } },
          required: ["a", "b"],
        },
        querystring: {
          type: "object",
          properties: { ...filterQuerySchema, by: { type: "string", enum: [...PERIODS], default: "year" } },
        },
        response: responses(
          openObject({
            a: { type: "string" },
            b: { type: "string" },
            by: { type: "string" },
            undated: { type: "integer" },
            rows: { type: "array" },
          }),
        ),
      },
    },
    async (req) => {
      const { by = "year", ...rest } = req.query;
      if (!(PERIODS as readonly string[]).includes(by))
        throw new HttpError(400, `by "${by}": expected ${PERIODS.join(", ")}`);
      const filter = await parseFilterQuery(store, { ...rest, dyad: `${req.params.a}-${req.params.b}` });
      const [a, b] = filter.dyad!;
      return store.dyadSeries(a, b, by as Period, filter);
    },
  );
}
