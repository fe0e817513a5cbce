// `dyad demo` end to end, as the README's first command runs it: ingest the examples, serve, stop cleanly on Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));

describe("dyad demo", () => {
  it("serves the example corpus at the URL it prints, and removes its database when stopped", async () => {
    const child = spawn("node", [BIN, "demo", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      // The database as the demo names it on its console (the API names it without the machine's folders).
      const [db, url] = await new Promise<[string, string]>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /serving (\S+) at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m?.[1] && m[2]) resolve([m[1], m[2]]);
        });
        child.on("exit", () => reject(new Error(`demo exited before serving: ${out}`)));
      });
      expect(out).toMatch(/^Ingested 6 example articles \(\d+ events\)/);
      const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number; location: string };
      expect(stats.location).toBe(basename(db));
      expect(stats.articles).toBe(6);
      expect(await (await fetch(url)).text()).toMatch(/<main id="view"/);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(existsSync(dirname(db))).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});
