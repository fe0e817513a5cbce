// Unexpected failures answer a plain JSON 500: no message or stack from inside the server reaches the client.
import { describe, expect, it } from "vitest";
import type { Store } from "../store/store.js";
import { buildApp } from "./app.js";

/** A store whose every method fails, as a broken database would. */
const broken = new Proxy(
  {},
  {
    get: (_t, name) =>
      name === "location"
        ? "broken.db"
        : () => Promise.reject(new Error(`SQLITE_CORRUPT at /secret/path.ts:12 (${String(name)})`)),
  },
) as Store;

describe("the error handler", () => {
  it("turns an internal error into a generic 500, and reports it to the server's operator", async () => {
    const reported: string[] = [];
    const app = await buildApp(broken, {
      webRoot: "/nonexistent/",
      onInternalError: (e, where) => reported.push(`${where} ${String(e)}`),
    });
    const r = await app.inject({ method: "GET", url: "/api/stats" });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({
      error: { status: 500, message: "internal error; the server log has the details" },
    });
    expect(r.body).not.toMatch(/secret|SQLITE/);
    expect(reported).toEqual([expect.stringMatching(/^GET \/api\/stats Error: SQLITE_CORRUPT/)]);
    await app.close();
  });

  it("says the front end is not built when it is missing, in JSON", async () => {
    const app = await buildApp(broken, { webRoot: "/nonexistent/" });
    const r = await app.inject({ method: "GET", url: "/" });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({
      error: { status: 404, message: "the front end is not built: run `npm run build`" },
    });
    await app.close();
  });
});
