/** Events, actors, the network and the dyad series: the queries of `dyad events`, `dyad actors` and `dyad dyad`. */
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from "../../store/export-events.js";
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
  withTotal,
  type FilterQuery,
  undatedQuerySchema,
  type PageQuery,
} from "../query.js";
import {
  actorRowSchema,
  dyadParamsSchema,
  edgeSchema,
  eventSchema,
  listOf,
  openObject,
  responses,
} from "../schemas.js";

/** The network's filters: the shared ones, and undated events kept or dropped beside a date range. */
const networkQuery = { type: "object", properties: { ...filterQuerySchema, ...undatedQuerySchema } } as const;
const pagedFilterQuery = {
  type: "object",
  properties: { ...filterQuerySchema, ...pageQuerySchema },
} as const;

export function eventRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FilterQuery & PageQuery }>(
    "/api/events",
    {
      schema: {
        summary:
          "stored events matching the filters, oldest first unless order=newest; X-Total-Count says how many match",
        tags: ["events"],
        querystring: pagedFilterQuery,
        response: responses(listOf(eventSchema)),
      },
    },
    async (req, reply) => {
      const page = parsePage(req.query);
      const filter = await parseFilterQuery(store, req.query);
      const [events, total] = await Promise.all([store.events(filter, page), store.countEvents(filter)]);
      return withTotal(
        reply,
        linkNext(req, reply, events, page, (e) => eventCursor(e, page.order)),
        total,
      );
    },
  );

  app.get<{ Querystring: FilterQuery & { limit?: number } }>(
    "/api/actors",
    {
      schema: {
        summary: "actors ranked by events, with their top partners and display names",
        tags: ["events"],
        querystring: {
          type: "object",
          properties: { ...filterQuerySchema, ...undatedQuerySchema, limit: pageQuerySchema.limit },
        },
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
        summary:
          "one edge per dyad: event count, quad counts, mean Goldstein score and the two actors' names",
        tags: ["events"],
        querystring: networkQuery,
        response: responses(listOf(edgeSchema)),
      },
    },
    async (req) => {
      const names = actorNames();
      const edges = await store.network(await parseFilterQuery(store, req.query));
      return edges.map((e) => ({ ...e, aName: names.get(e.a) ?? null, bName: names.get(e.b) ?? null }));
    },
  );

  app.get<{ Params: { a: string; b: string }; Querystring: FilterQuery & { by?: string } }>(
    "/api/dyads/:a/:b/series",
    {
      schema: {
        summary: "the relationship per period, both directions (as `dyad dyad A B`)",
        tags: ["events"],
        params: dyadParamsSchema,
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

  app.get<{ Querystring: FilterQuery & { format?: ExportFormat } }>(
    "/api/export",
    {
      schema: {
        summary:
          "every event matching the filters as one CSV or JSON Lines file, with `dyad export`'s columns, streamed as it is read",
        tags: ["events"],
        querystring: {
          type: "object",
          properties: {
            ...filterQuerySchema,
            format: { type: "string", enum: [...EXPORT_FORMATS], default: "csv" },
          },
        },
      },
    },
    async (req, reply) => {
      const { format = "csv", ...rest } = req.query;
      const filter = await parseFilterQuery(store, rest);
      // The file is named by its filters, so two downloads of different views do not overwrite each other.
      const name = ["dyad-events", ...Object.values(rest).map(String)]
        .join("-")
        .replace(/[^A-Za-z0-9_.-]+/g, "_")
        .slice(0, 120);
      return reply
        .type(format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8")
        .header("content-disposition", `attachment; filename="${name}.${format}"`)
        .send(Readable.from(exportEvents(store, filter, format)));
    },
  );
}
