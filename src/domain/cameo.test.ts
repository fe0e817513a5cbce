import { describe, expect, it } from "vitest";
import { CAMEO_CODES, cameo, isCameoCode, quadOf } from "./cameo.js";

describe("the CAMEO table", () => {
  it.each([
    ["01", "Make public statement"],
    ["02", "Appeal"],
    ["03", "Express intent to cooperate"],
    ["04", "Consult"],
    ["05", "Engage in diplomatic cooperation"],
    ["06", "Engage in material cooperation"],
    ["07", "Provide aid"],
    ["08", "Yield"],
    ["09", "Investigate"],
    ["10", "Demand"],
    ["11", "Disapprove"],
    ["12", "Reject"],
    ["13", "Threaten"],
    ["14", "Protest"],
    ["15", "Exhibit force posture"],
    ["16", "Reduce relations"],
    ["17", "Coerce"],
    ["18", "Assault"],
    ["19", "Fight"],
    ["20", "Use unconventional mass violence"],
  ])("root %s is %s", (code, name) => {
    expect(cameo(code).name).toBe(name);
  });

  it.each([
    ["010", 0],
    ["011", -0.1],
    ["013", 0.4],
    ["020", 3],
    ["024", -0.3],
    ["031", 5.2],
    ["036", 4],
    ["040", 1],
    ["042", 1.9],
    ["043", 2.8],
    ["044", 2.5],
    ["046", 7],
    ["051", 3.4],
    ["057", 8],
    ["061", 6.4],
    ["062", 7.4],
    ["071", 7.4],
    ["072", 8.3],
    ["074", 8.5],
    ["0874", 10],
    ["090", -2],
    ["100", -5],
    ["111", -2],
    ["120", -4],
    ["130", -4.4],
    ["138", -7],
    ["140", -6.5],
    ["145", -7.5],
    ["150", -7.2],
    ["162", -5.6],
    ["171", -9.2],
    ["173", -5],
    ["175", -9],
    ["182", -9.5],
    ["1823", -10],
    ["190", -10],
    ["191", -9.5],
    ["201", -9.5],
    ["2042", -10],
  ])("%s scores %d on the Goldstein scale", (code, score) => {
    expect(cameo(code).goldstein).toBe(score);
  });

  it.each([
    ["042", "Make a visit"],
    ["057", "Sign formal agreement"],
    ["0871", "Declare truce, ceasefire"],
    ["1121", "Accuse of crime, corruption"],
    ["163", "Impose embargo, boycott, or sanctions"],
    ["186", "Assassinate"],
  ])("%s is named %s", (code, name) => {
    expect(cameo(code).name).toBe(name);
  });

  it("is sorted by code, without repeats, and has about 300 codes", () => {
    const codes = CAMEO_CODES.map((c) => c.code);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(codes.length).toBeGreaterThan(280);
  });

  it.each(CAMEO_CODES.filter((c) => c.code.length > 2).map((c) => [c.code]))(
    "%s has its parent in the table",
    (code) => {
      expect(isCameoCode(code.slice(0, -1))).toBe(true);
    },
  );

  it.each(CAMEO_CODES.map((c) => [c.code, c.quad]))("%s is in quad class %d like its root", (code, quad) => {
    expect(quad).toBe(quadOf(code));
  });

  it("gives a 3-digit code the score of its own row, a root the root's", () => {
    expect(cameo("13").goldstein).not.toBe(cameo("138").goldstein);
  });
});

describe("quadOf", () => {
  it.each([
    ["01", 1],
    ["05", 1],
    ["057", 1],
    ["06", 2],
    ["08", 2],
    ["0874", 2],
    ["09", 3],
    ["13", 3],
    ["138", 3],
    ["14", 4],
    ["20", 4],
    ["2042", 4],
  ])("%s is quad %d", (code, quad) => {
    expect(quadOf(code)).toBe(quad);
  });
});

describe("isCameoCode", () => {
  it.each([
    ["042", true],
    ["0420", false],
    ["0421", false],
    ["0211", true],
    ["021", true],
    ["02", true],
    ["20", true],
    ["21", false],
    ["00", false],
    ["1213", false],
    ["1212", true],
    ["109", false],
    ["108", true],
    ["4", false],
    ["", false],
    ["042 ", false],
  ])("%j → %s", (code, yes) => {
    expect(isCameoCode(code)).toBe(yes);
  });
});

describe("cameo", () => {
  it.each([
    ["1213", "121"],
    ["0110", "011"],
    ["1099", "10"],
  ])("falls back from %s, outside the table, to its nearest ancestor %s", (code, ancestor) => {
    expect(cameo(code)).toBe(cameo(ancestor));
  });

  it.each([["21"], ["99"], [""]])("throws on %j, which has no ancestor in the table", (code) => {
    expect(() => cameo(code)).toThrow(/unknown CAMEO code/);
  });
});
