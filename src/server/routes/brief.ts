/** The dyad brief (as `dyad brief`): a dated, cited summary of two actors' relationship, as HTML or Markdown. */
import type { FastifyInstance } from "fastify";
import { gatherBrief } from "../../report/gather-brief.js";
import { BRIEF_CSP, renderHtml } from "../../report/render-html.js";
import { renderMarkdown } from "../../report/render-markdown.js";
import { PERIODS, type Period, type Store } from "../../store/store.js";
import { actorNames } from "../actor-names.js";
import { filterQuerySchema, parseFilterQuery } from "../query.js";
import { dyadParamsSchema, errorSchema } from "../schemas.js";

export const BRIEF_API_FORMATS = ["html", "md"] as const;

interface BriefQuery {
  format?: (typeof BRIEF_API_FORMATS)[number];
  since?: string;
  until?: string;
  by?: Period;
}

const text = (description: string) => ({ description, schema: { type: "string" } });

export function briefRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { a: string; b: string }; Querystring: BriefQuery }>(
    "/api/dyads/:a/:b/brief",
    {
      schema: {
        summary:
          "the dyad brief: trend, main events, disagreements between sources and each outlet's framing, every statement cited (as `dyad brief A B`)",
        tags: ["reports"],
        params: dyadParamsSchema,
        querystring: {
          type: "object",
          properties: {
            format: {
              type: "string",
              enum: [...BRIEF_API_FORMATS],
              default: "html",
              description: "html: a self-contained page (no script); md: Markdown",
            },
            since: filterQuerySchema.since,
            until: filterQuerySchema.until,
            by: { type: "string", enum: [...PERIODS], default: "year", description: "the trend's period" },
          },
        },
        response: {
          200: {
            description: "the brief",
            content: {
              "text/html": text("a self-contained HTML document"),
              "text/markdown": text("Markdown"),
            },
          },
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const { format = "html", since, until, by = "year" } = req.query;
      // The same checks as every dyad query: malformed codes and dates are 400, unknown actors 404.
      const filter = await parseFilterQuery(store, {
        dyad: `${req.params.a}-${req.params.b}`,
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
      });
      const [a, b] = filter.dyad ?? [req.params.a, req.params.b];
      const brief = await gatherBrief(
        store,
        a,
        b,
        {
          ...(filter.since ? { since: filter.since } : {}),
          ...(filter.until ? { until: filter.until } : {}),
        },
        { by, names: actorNames() },
      );
      if (format === "md") return reply.type("text/markdown; charset=utf-8").send(renderMarkdown(brief));
      // The page is opened in the browser, on the app's origin: it may show styles and nothing else.
      return reply
        .type("text/html; charset=utf-8")
        .header("content-security-policy", BRIEF_CSP)
        .send(renderHtml(brief));
    },
  );
}
