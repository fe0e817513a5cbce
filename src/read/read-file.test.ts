import { mkdtempSync, writeFileSync, truncateSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInput } from "./read-file.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-read-"));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("readInput", () => {
  it("reads UTF-8 text", () => {
    const r = readInput(file("ok.txt", "Chile and Peru signed a treaty."));
    expect(r).toEqual({ ok: true, name: join(dir, "ok.txt"), content: "Chile and Peru signed a treaty." });
  });
  it.each([
    ["empty.txt", "", "file is empty"],
    ["blank.txt", "  \n\n ", "no text"],
    ["image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "PNG image"],
    ["latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]), "not valid UTF-8"],
  ])("rejects %s with a reason", (name, content, reason) => {
    const r = readInput(file(name, content));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
  it("rejects a directory, a missing file and a file over 20 MB", () => {
    const sub = join(dir, "folder");
    mkdirSync(sub);
    const big = file("big.txt", "x");
    truncateSync(big, 21 * 1024 * 1024);
    const reasons = [sub, join(dir, "nope.txt"), big]
      .map((p) => readInput(p))
      .map((r) => (r.ok ? "ok" : r.reason));
    expect(reasons[0]).toContain("is a directory");
    expect(reasons[1]).toBe("no such file");
    expect(reasons[2]).toContain("over the 20 MB limit");
  });
});
