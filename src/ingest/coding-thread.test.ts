// A coding thread asked several articles at once (two uploads to a server) answers each with its own coding.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Threads load the built JavaScript, so the coder is driven from a plain Node process over dist/.
const CODER = fileURLToPath(new URL("../../dist/ingest/coding-thread.js", import.meta.url));

const items = [
  { origin: "a.txt", content: "Chile signed a trade agreement with Egypt on 3 March 2019." },
  { origin: "b.txt", content: "Kenya accused Poland of interfering in its election." },
  { origin: "c.txt", content: "The Peruvian foreign minister visited Turkey last week." },
  { origin: "d.txt", content: "Ghana imposed sanctions on Norway." },
];

/** Each item's origin and the dyads of its events, coded one after another or all at once. */
function code(mode: "one by one" | "all at once"): unknown {
  const script = `import { startCoder } from ${JSON.stringify(CODER)};
    const items = ${JSON.stringify(items)};
    const coder = startCoder({ known: [], version: "test" });
    const summary = (o) => o.kind === "new" ? [o.record.origin, o.record.events.map((e) => e.source + ">" + e.target + " " + e.cameo)] : [o.kind, o.origin];
    const outcomes = ${mode === "all at once" ? "await Promise.all(items.map((i) => coder.code(i)))" : "[]; for (const i of items) outcomes.push(await coder.code(i))"};
    console.log(JSON.stringify(outcomes.map(summary)));
    await coder.close();`;
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }),
  );
}

describe("a coding thread", () => {
  it("answers articles asked at once each with its own coding, as when asked one by one", () => {
    const alone = code("one by one") as [string, string[]][];
    expect(alone.map(([origin]) => origin)).toEqual(items.map((i) => i.origin));
    expect(alone.every(([, events]) => events.length > 0)).toBe(true);
    expect(code("all at once")).toEqual(alone);
  }, 120_000);
});
