// Other web sites cannot use a local server through the browser: rebound DNS names and cross-site writes are refused.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveCorpus, type Served } from "../test-support/served-corpus.js";

let served: Served;
beforeAll(async () => {
  served = await serveCorpus([]);
});
afterAll(async () => {
  await served.stop();
});

/** A raw request, since fetch decides the Host and Origin headers itself. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = "",
): Promise<{ status: number; body: unknown }> {
  const url = new URL(path, served.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method, headers },
      (res) => {
        let data = "";
        res.on("data", (c: Buffer) => (data += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(data) }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const article = JSON.stringify({
  text: "Title\n\nIn 2016, Russia signed a trade agreement with Pakistan.\n",
});

describe("a server on 127.0.0.1", () => {
  it("answers requests that name this machine", async () => {
    const port = new URL(served.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await send("GET", "api/stats", { host })).status, host).toBe(200);
    }
  });

  it("refuses another host name, as a page on a rebound DNS name would send", async () => {
    const r = await send("GET", "api/stats", { host: "evil.example:8787" });
    const message: unknown = expect.stringMatching(/only answers requests for 127\.0\.0\.1/);
    expect(r).toEqual({ status: 403, body: { error: { status: 403, message } } });
  });

  it("refuses a write from another origin, and takes one from its own", async () => {
    const host = new URL(served.url).host;
    const headers = { host, "content-type": "application/json" };
    const cross = await send("POST", "api/articles", { ...headers, origin: "http://evil.example" }, article);
    const message: unknown = expect.stringMatching(/cross-site request from http:\/\/evil\.example refused/);
    expect(cross).toEqual({ status: 403, body: { error: { status: 403, message } } });
    expect((await send("POST", "api/articles", { ...headers, origin: "null" }, article)).status).toBe(403);
    expect(
      (await send("POST", "api/articles", { ...headers, origin: `http://${host}` }, article)).status,
    ).toBe(202);
  });
});
