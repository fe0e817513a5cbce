// The access token: a non-loopback host needs one, and then every request must carry it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLoopback } from "./auth.js";
import { startServer } from "./listen.js";
import { serveCorpus, type Served } from "../test-support/served-corpus.js";

describe("loopback hosts", () => {
  it("are 127.0.0.1, ::1 and localhost only", () => {
    for (const h of ["127.0.0.1", "::1", "[::1]", "localhost", "LOCALHOST"])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.168.1.4", "example.org", "127.0.0.2"])
      expect(isLoopback(h), h).toBe(false);
  });
});

describe("a server with a token", () => {
  const TOKEN = "s3cret-token";
  let served: Served;
  beforeAll(async () => {
    served = await serveCorpus([], { token: TOKEN });
  });
  afterAll(async () => {
    await served.stop();
  });

  it("refuses to listen beyond this machine without a token", async () => {
    await expect(startServer(served.store, { host: "0.0.0.0", port: 0 })).rejects.toThrow(/--token/);
    const bin = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
    const cli = spawnSync(
      "node",
      [bin, "serve", "--db", `${served.dir}/test.db`, "--host", "0.0.0.0", "--port", "0"],
      { encoding: "utf8", env: { ...process.env, DYAD_TOKEN: "" } },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/^dyad: --host 0\.0\.0\.0 reaches beyond this machine: give --token/);
  });

  it("answers 401 in JSON without the token, or with a wrong one", async () => {
    for (const init of [
      {},
      { headers: { authorization: "Bearer wrong" } },
      { headers: { authorization: `Bearer ${TOKEN}x` } },
    ]) {
      const res = await fetch(new URL("api/stats", served.url), init);
      expect(res.status).toBe(401);
      const message: unknown = expect.stringMatching(/access token/);
      expect(await res.json()).toEqual({ error: { status: 401, message } });
    }
    expect((await fetch(served.url)).status).toBe(401);
  });

  it("answers with the token as a bearer header, or as ?token= which then sets a cookie for the page", async () => {
    const res = await fetch(new URL("api/stats", served.url), {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ articles: 0 });
    const page = await fetch(new URL(`?token=${TOKEN}`, served.url));
    expect(page.status).toBe(200);
    const cookie = page.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^dyad_token=s3cret-token; HttpOnly; SameSite=Strict/);
    const withCookie = await fetch(new URL("api/articles", served.url), {
      headers: { cookie: cookie.split(";")[0]! },
    });
    expect(withCookie.status).toBe(200);
  });
});
