/** Keeps other web sites out of a local server: a page elsewhere can make the browser send requests to 127.0.0.1. */
import type { FastifyInstance } from "fastify";
import { isLoopback } from "./auth.js";
import { errorBody } from "./error-handler.js";

/** The host name of a Host header ("[::1]:8787" → "[::1]"); empty when it does not parse. */
function hostName(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return "";
  }
}

/**
 * Two checks: on a loopback server the Host header must name this machine (a rebound DNS name such as
 * evil.example → 127.0.0.1 would otherwise let its pages read the API); and a write must come from the
 * app's own origin (a form on another site can POST to the API without asking).
 */
export function installSameOrigin(app: FastifyInstance, loopbackOnly: boolean): void {
  app.addHook("onRequest", async (request, reply) => {
    const host = request.headers.host ?? "";
    if (loopbackOnly && !isLoopback(hostName(host))) {
      return reply
        .code(403)
        .send(
          errorBody(
            403,
            `this server only answers requests for 127.0.0.1, localhost or [::1], not "${host}"; use --host and --token to serve other names`,
          ),
        );
    }
    const origin = request.headers.origin;
    if (request.method !== "GET" && request.method !== "HEAD" && origin !== undefined) {
      let from = "";
      try {
        from = new URL(origin).host;
      } catch {
        /* "null" and other opaque origins never match */
      }
      if (from !== host)
        return reply
          .code(403)
          .send(
            errorBody(
              403,
              `cross-site request from ${origin} refused: changes are accepted only from the app itself`,
            ),
          );
    }
    return undefined;
  });
}
