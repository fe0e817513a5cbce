import { describe, expect, it } from "vitest";
import { parseDateLine, parseDateline, parseHeaderLine } from "./published-date.js";

describe("parseDateLine", () => {
  it.each([
    ["Thursday, March 28, 2024", "2024-03-28"],
    ["Published: 2024-03-28T10:15:00Z", "2024-03-28"],
    ["Updated 28 March 2024 10:32 GMT", "2024-03-28"],
    ["Posted on Mar. 28, 2024 at 9:05 a.m. ET", "2024-03-28"],
    ["Last updated: 28th March 2024", "2024-03-28"],
    ["March 28", null],
    ["The talks ended on March 28, 2024.", null],
  ])("%s → %s", (line, expected) => expect(parseDateLine(line)).toBe(expected));
});

describe("parseHeaderLine", () => {
  it.each([
    ["By Jane Doe | March 28, 2024", "2024-03-28"],
    ["Jane Doe, 28 March 2024", "2024-03-28"],
    ["By Jane Doe, Reuters, March 28, 2024", "2024-03-28"],
    ["Gulf Ledger · Updated 28 March 2024 · 4 min read", "2024-03-28"],
    ["Peru and Chile met in Lima, 28 March 2024", null],
    ["By Jane Doe", null],
  ])("%s → %s", (line, expected) => expect(parseHeaderLine(line)).toBe(expected));
});

describe("parseDateline", () => {
  it.each([
    ["LIMA, March 28, 2024 (Reuters) - Peru recalled its envoy.", "2024-03-28"],
    ["SANTIAGO, Chile, 28 March 2024 — Chile replied.", "2024-03-28"],
    ["LIMA, Sept 3 (Reuters) - Peru recalled its envoy.", null],
    ["LIMA (AP) — Peru recalled its envoy on Friday.", null],
    ["Peru recalled its envoy on March 28, 2024.", null],
  ])("%s → %s", (text, expected) => expect(parseDateline(text)).toBe(expected));
});
