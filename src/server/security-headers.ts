/**
 * Headers that keep a page of the app from running or loading anything it did not ship: article text is
 * untrusted, and should any of it ever reach the DOM as markup, the policy still refuses its scripts.
 */
import type { FastifyInstance } from "fastify";

/** Scripts and connections from this server only; inline styles allowed, as the chart and graph libraries set them. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_req, reply, payload) => {
    // A route that serves a document of its own (the brief) sets a stricter policy, which is kept.
    if (!reply.hasHeader("content-security-policy"))
      void reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    void reply.header("x-content-type-options", "nosniff");
    void reply.header("referrer-policy", "same-origin");
    return payload;
  });
}
