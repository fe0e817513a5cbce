/** Articles: the list, one article with what was found in it and its slant, and adding one (pasted or uploaded). */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Store } from "../../store/store.js";
import { articleItem, submissionName, type Submission } from "../add-article.js";
import type { AddJobs } from "../add-jobs.js";
import { HttpError } from "../http-error.js";
import { articleCursor } from "../../store/cursor.js";
import {
  fixedOrderPageQuerySchema,
  linkNext,
  parseFixedOrderPage,
  withTotal,
  type PageQuery,
} from "../query.js";
import {
  addedSchema,
  articleSummarySchema,
  errorSchema,
  eventSchema,
  listOf,
  openObject,
  responses,
  slantSchema,
} from "../schemas.js";

const FIELDS = ["title", "url", "published", "source"] as const;
type Field = (typeof FIELDS)[number];
type Fields = Partial<Record<Field, string>>;

/** Reads a multipart form: one `file` part (or a `text` field) plus the optional fields. */
async function fromMultipart(request: FastifyRequest): Promise<Submission> {
  const fields: Fields = {};
  let bytes: Uint8Array | null = null;
  let filename: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === "file") {
      // toBuffer throws the plugin's 413 error when the file passes the size limit.
      bytes = await part.toBuffer();
      filename = part.filename || undefined;
    } else if (part.fieldname === "text" && typeof part.value === "string" && part.value.trim()) {
      bytes ??= Buffer.from(part.value, "utf8");
    } else if ((FIELDS as readonly string[]).includes(part.fieldname) && typeof part.value === "string") {
      fields[part.fieldname as Field] = part.value;
    }
  }
  if (!bytes) throw new HttpError(400, "no article: send a `file` part or a `text` field");
  return { bytes, ...(filename ? { filename } : {}), ...fields };
}

interface JsonArticle extends Fields {
  text: string;
}

export function articleRoutes(app: FastifyInstance, store: Store, maxBytes: number, jobs: AddJobs): void {
  app.get<{ Querystring: PageQuery }>(
    "/api/articles",
    {
      schema: {
        summary:
          "stored articles, newest first (undated last); X-Total-Count says how many are stored, and a full page links the next in its Link header",
        tags: ["articles"],
        querystring: { type: "object", properties: fixedOrderPageQuerySchema },
        response: responses(listOf(articleSummarySchema)),
      },
    },
    async (req, reply) => {
      const page = parseFixedOrderPage(req.query);
      const [rows, total] = await Promise.all([store.articleList(page), store.countArticles()]);
      return withTotal(reply, linkNext(req, reply, rows, page, articleCursor), total);
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/articles/:id",
    {
      schema: {
        summary:
          "one article: cleaned text, layout, actor mentions and events with offsets, and its slant per dyad",
        tags: ["articles"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        response: responses(
          openObject({
            ...articleSummarySchema.properties,
            text: { type: "string" },
            mentions: { type: "array" },
            eventList: listOf(eventSchema),
            slant: listOf(slantSchema),
          }),
        ),
      },
    },
    async (req) => {
      const detail = await store.articleDetail(req.params.id);
      if (!detail) throw new HttpError(404, `no article with id ${req.params.id}`);
      return { ...detail, slant: await store.slant(detail.id) };
    },
  );

  app.post<{ Body: JsonArticle | undefined; Querystring: { wait?: boolean } }>(
    "/api/articles",
    {
      schema: {
        summary:
          "add an article: JSON {text, title?, url?, published?, source?} or a multipart upload (`file` part); it is checked at once, then coded and stored as by `dyad ingest` in a job (202 with the job's id; GET /api/jobs/{id} follows it), or before the answer with ?wait=true",
        tags: ["articles"],
        querystring: {
          type: "object",
          properties: {
            wait: {
              type: "boolean",
              description:
                "answer once the article is stored (201, or 200 if already stored) instead of at once",
            },
          },
        },
        // Per content type: JSON is checked here, a multipart upload (no schema) by the handler.
        body: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["text"],
                properties: {
                  text: { type: "string" },
                  title: { type: "string" },
                  url: { type: "string" },
                  published: { type: "string" },
                  source: { type: "string" },
                },
              },
            },
            // For the OpenAPI document only: no `type`, so the (unparsed) multipart body always passes here.
            "multipart/form-data": {
              schema: {
                properties: {
                  file: { description: "the article file (.txt, .md, .html)" },
                  text: { type: "string", description: "or the text itself" },
                  title: { type: "string" },
                  url: { type: "string" },
                  published: { type: "string" },
                  source: { type: "string" },
                },
              },
            },
          },
        },
        response: {
          ...responses(addedSchema, 201),
          200: addedSchema,
          202: openObject({
            job: { type: "string" },
            status: { type: "string" },
            ahead: { type: "integer" },
            links: openObject({ job: { type: "string" } }),
          }),
          413: errorSchema,
          503: errorSchema,
        },
      },
    },
    async (req, reply) => {
      let submission: Submission;
      if (req.isMultipart()) submission = await fromMultipart(req);
      else {
        const body = req.body;
        if (!body || typeof body.text !== "string")
          throw new HttpError(
            400,
            'body must be JSON {"text": "...", "title"?, "url"?, "published"?, "source"?} or a multipart upload',
          );
        const bytes = Buffer.from(body.text, "utf8");
        if (bytes.length > maxBytes)
          throw new HttpError(
            413,
            `article is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit`,
          );
        const fields: Fields = {};
        for (const f of FIELDS) if (typeof body[f] === "string") fields[f] = body[f];
        submission = { bytes, ...fields };
      }
      const job = jobs.submit(articleItem(submission), submissionName(submission), submission.bytes.length);
      if (req.query.wait) {
        const ended = await jobs.whenFinished(job.id);
        if (ended?.error) throw new HttpError(ended.error.status, ended.error.message);
        if (!ended?.result) throw new Error(`job ${job.id} finished without a result`);
        return reply.code(ended.result.created ? 201 : 200).send(ended.result);
      }
      const self = `/api/jobs/${job.id}`;
      return reply
        .code(202)
        .header("location", self)
        .send({ job: job.id, status: job.status, ahead: job.ahead, links: { job: self } });
    },
  );
}
