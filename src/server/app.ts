/** The web app's server: the JSON API under /api and the built front end, without listening (see listen.ts). */
import { DEFAULT_BUDGET, type Budget } from "../ingest/coding-thread.js";
import { articleJobs, type StartCoder } from "./add-jobs.js";
import { jobRoutes } from "./routes/jobs.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { MAX_BYTES } from "../read/read-file.js";
import type { Store } from "../store/store.js";
import { installTokenCheck } from "./auth.js";
import { errorBody, installErrorHandler, reportToStderr, type ErrorReporter } from "./error-handler.js";
import { installSameOrigin } from "./same-origin.js";
import { installSecurityHeaders } from "./security-headers.js";
import { articleRoutes } from "./routes/articles.js";
import { eventRoutes } from "./routes/events.js";
import { queryRoutes } from "./routes/queries.js";
import { briefRoutes } from "./routes/brief.js";

/** The built front end, next to the compiled server in dist/. */
export const WEB_ROOT = fileURLToPath(new URL("../web/", import.meta.url));

export interface AppOptions {
  /** Required on every request when set. */
  readonly token?: string;
  /** Largest article accepted, pasted or uploaded (default: the CLI's 20 MB). */
  readonly maxUploadBytes?: number;
  /** Time and memory one added article may take to code. */
  readonly budget?: Budget;
  /** Starts the thread added articles are coded on (a test gives the built one, so coding runs on a real thread). */
  readonly startCoder?: StartCoder;
  readonly webRoot?: string;
  readonly logger?: boolean;
  /** Receives internal errors (answered with a plain 500); default: standard error. */
  readonly onInternalError?: ErrorReporter;
  /** Answer only requests that name this machine in their Host header (set when listening on loopback). */
  readonly loopbackOnly?: boolean;
}

export async function buildApp(store: Store, options: AppOptions = {}): Promise<FastifyInstance> {
  const maxBytes = options.maxUploadBytes ?? MAX_BYTES;
  // JSON escapes can make a body longer than its text: the handler checks the text itself against maxBytes.
  // The multipart body schema has no `type` on purpose (it documents the upload; the handler checks it), which Ajv's strict mode would warn about on every start.
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: maxBytes * 2 + 65536,
    ajv: { customOptions: { strictTypes: false } },
  });
  installErrorHandler(app, options.onInternalError);
  installSameOrigin(app, options.loopbackOnly ?? false);
  installSecurityHeaders(app);
  if (options.token) installTokenCheck(app, options.token);
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxBytes, files: 1, fieldSize: maxBytes, fields: 10 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "dyad",
        version: "0.1.0",
        description: "Coded events between states, with their sources: the JSON API of `dyad serve`.",
      },
      ...(options.token
        ? {
            components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
            security: [{ bearer: [] }],
          }
        : {}),
    },
  });
  eventRoutes(app, store);
  queryRoutes(app, store);
  briefRoutes(app, store);
  const jobs = articleJobs(store, {
    budget: options.budget ?? DEFAULT_BUDGET,
    ...(options.startCoder ? { start: options.startCoder } : {}),
    report: options.onInternalError ?? reportToStderr,
  });
  // Closing waits for the article in hand, so the store is not closed under its write.
  app.addHook("onClose", () => jobs.close());
  articleRoutes(app, store, maxBytes, jobs);
  jobRoutes(app, jobs);
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  const webRoot = options.webRoot ?? WEB_ROOT;
  const hasWeb = existsSync(`${webRoot}index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || path === "/api")
      return reply
        .code(404)
        .send(
          errorBody(
            404,
            `no API route ${request.method} ${path}; the routes are listed in /api/openapi.json`,
          ),
        );
    if (request.method === "GET" && hasWeb) return reply.type("text/html").sendFile("index.html");
    return reply
      .code(404)
      .send(
        errorBody(404, hasWeb ? `not found: ${path}` : "the front end is not built: run `npm run build`"),
      );
  });
  return app;
}
