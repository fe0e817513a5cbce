/** JSON schemas of the API's responses, for the OpenAPI document and fast serialisation. */
import { JOB_STATUSES } from "./job-view.js";

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const num = { type: "number" } as const;
const nullable = (t: "string" | "number" | "integer") => ({ type: [t, "null"] }) as const;
/** An object whose main fields are described; others pass through unchanged. */
const open = (properties: Record<string, unknown>) =>
  ({ type: "object", properties, additionalProperties: true }) as const;

export const errorSchema = {
  type: "object",
  properties: {
    error: { type: "object", properties: { status: int, message: str }, required: ["status", "message"] },
  },
} as const;

export const eventSchema = open({
  id: int,
  articleId: int,
  article: str,
  outlet: nullable("string"),
  url: nullable("string"),
  source: str,
  target: str,
  sourceRole: str,
  targetRole: str,
  code: str,
  cameo: str,
  quad: int,
  symmetric: { type: "boolean" },
  date: nullable("string"),
  modality: str,
  sector: str,
  amountValue: nullable("number"),
  amountUnit: nullable("string"),
  evidence: str,
  start: int,
  end: int,
  rule: str,
  goldstein: num,
  extractorVersion: str,
  clusterId: nullable("string"),
});

export const articleSummarySchema = open({
  id: int,
  origin: str,
  title: nullable("string"),
  url: nullable("string"),
  published: nullable("string"),
  outlet: nullable("string"),
  events: int,
});

export const clusterSchema = open({
  id: str,
  dyad: str,
  source: str,
  target: str,
  code: str,
  cameo: str,
  quad: int,
  goldstein: num,
  date: nullable("string"),
  modality: str,
  evidence: str,
  members: int,
  articles: int,
  outlets: int,
  conflicts: int,
});

export const conflictSchema = open({
  cluster: str,
  dyad: str,
  attribute: str,
  note: str,
  claims: { type: "array", items: open({ value: str, eventId: int, articleId: int, evidence: str }) },
});

export const slantSchema = open({ articleId: int, dyad: str, score: num, events: int });

export const edgeSchema = open({
  dyad: str,
  a: str,
  b: str,
  events: int,
  quad: { type: "array", items: int },
  goldsteinMean: num,
  aName: nullable("string"),
  bName: nullable("string"),
});

export const actorRowSchema = open({
  actor: str,
  name: nullable("string"),
  events: int,
  asSource: int,
  asTarget: int,
});

/** Responses of a route: the success body plus the error body on the usual failures. */
export function responses(ok: unknown, status = 200): Record<number, unknown> {
  return { [status]: ok, 400: errorSchema, 404: errorSchema };
}

export const listOf = (items: unknown) => ({ type: "array", items }) as const;
export { open as openObject };

/** What an added article sends back once stored (`POST /api/articles?wait=true`, a finished job's `result`). */
export const addedSchema = open({
  created: { type: "boolean" },
  id: int,
  events: listOf(eventSchema),
  warnings: listOf(str),
});

/** An added article's job (`GET /api/jobs/{id}`). */
export const jobSchema = open({
  id: str,
  status: { type: "string", enum: JOB_STATUSES },
  article: open({ name: str, bytes: int }),
  step: int,
  steps: int,
  ahead: int,
  submitted: str,
  started: nullable("string"),
  finished: nullable("string"),
  seconds: nullable("number"),
  result: addedSchema,
  error: errorSchema.properties.error,
});

/** The two actor codes of a dyad route (`/api/dyads/{a}/{b}/…`). */
export const dyadParamsSchema = {
  type: "object",
  properties: { a: { type: "string" }, b: { type: "string" } },
  required: ["a", "b"],
} as const;
