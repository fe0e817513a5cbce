/** The access token: required on every request when the server listens beyond this machine. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { errorBody } from "./error-handler.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** 127.0.0.1, ::1 and localhost only reach this machine; any other host needs a token. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase().replace(/^\[|\]$/g, ""));
}

const COOKIE = "dyad_token";

// Hashing first gives both sides the same length, which timingSafeEqual needs, and hides the real length.
const digest = (s: string) => createHash("sha256").update(s).digest();

function presented(request: FastifyRequest): { token: string | null; fromQuery: boolean } {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return { token: header.slice(7).trim(), fromQuery: false };
  const query = (request.query as Record<string, unknown> | undefined)?.token;
  if (typeof query === "string") return { token: query, fromQuery: true };
  const cookie = (request.headers.cookie ?? "")
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${COOKIE}=`));
  return { token: cookie ? decodeURIComponent(cookie.slice(COOKIE.length + 1)) : null, fromQuery: false };
}

/** Checks `Authorization: Bearer`, `?token=` or the cookie set after a `?token=` link, so a browser can open the app. */
export function installTokenCheck(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook("onRequest", async (request, reply) => {
    const { token: given, fromQuery } = presented(request);
    if (given === null || !timingSafeEqual(digest(given), expected)) {
      return reply
        .code(401)
        .send(
          errorBody(
            401,
            "this server needs its access token: send `Authorization: Bearer TOKEN`, or open the app with ?token=TOKEN",
          ),
        );
    }
    // The page's scripts and API calls then carry the cookie instead of the token in every URL.
    if (fromQuery)
      reply.header("set-cookie", `${COOKIE}=${encodeURIComponent(given)}; HttpOnly; SameSite=Strict; Path=/`);
    return undefined;
  });
}
