/** Turns every error into `{error: {status, message}}`: known ones keep their status, anything else is a plain 500. */
import type { FastifyError, FastifyInstance } from "fastify";
import { CursorError } from "../store/cursor.js";
import { HttpError } from "./http-error.js";

export interface ErrorBody {
  readonly error: { readonly status: number; readonly message: string };
}

export const errorBody = (status: number, message: string): ErrorBody => ({ error: { status, message } });

/** Where internal errors go: the server's standard error by default. */
export type ErrorReporter = (error: unknown, where: string) => void;

export const reportToStderr: ErrorReporter = (error, where) => {
  process.stderr.write(
    `dyad serve: ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
};

export function installErrorHandler(app: FastifyInstance, report: ErrorReporter = reportToStderr): void {
  app.setErrorHandler((err: FastifyError | HttpError, request, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send(errorBody(err.status, err.message));
    if (err instanceof CursorError) return reply.code(400).send(errorBody(400, err.message));
    if (err.validation)
      return reply
        .code(400)
        .send(
          errorBody(
            400,
            `${err.validationContext ?? "request"} ${err.validation[0]?.instancePath.replace(/^\//, "") ?? ""} ${err.validation[0]?.message ?? "is invalid"}`
              .replace(/\s+/g, " ")
              .trim(),
          ),
        );
    const status = "statusCode" in err && typeof err.statusCode === "number" ? err.statusCode : 500;
    // Fastify's and its plugins' client errors (body too large, bad JSON, bad content type) carry safe messages.
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody(status, err.message));
    report(err, `${request.method} ${request.url}`);
    return reply.code(500).send(errorBody(500, "internal error; the server log has the details"));
  });
}
