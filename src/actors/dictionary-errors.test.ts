// A malformed file in an extra dictionary folder is refused with the file and the entry named.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DictionaryError, loadDictionary } from "./dictionary.js";

function folderWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-dict-"));
  mkdirSync(join(dir, "actors", "officials"), { recursive: true });
  writeFileSync(join(dir, "actors", file), content);
  return dir;
}

describe("an extra dictionary folder", () => {
  it.each([
    [
      "countries as an object",
      "countries.json",
      '{"code": "ABC"}',
      /countries\.json: expected a list of countries, found object$/,
    ],
    [
      "a country that is not an object",
      "countries.json",
      '[{"code": "ABC", "names": ["Abcland"]}, 5]',
      /countries\.json: entry 2 is not an object: 5$/,
    ],
    [
      "a country without a code",
      "countries.json",
      '[{"names": ["Abcland"]}]',
      /countries\.json: country without "code"/,
    ],
    [
      "a name that is not text",
      "countries.json",
      '[{"code": "ABC", "names": ["Abcland", 7]}]',
      /countries\.json: "names" of ABC must be a list of words$/,
    ],
    [
      "a body without a name",
      "countries.json",
      '[{"code": "ABC", "bodies": [{"role": "LEG"}]}]',
      /countries\.json: bodies without "name"/,
    ],
    [
      "an organisation with an unknown scope",
      "organisations.json",
      '[{"code": "ABO", "names": ["Abc Pact"], "scope": "state"}]',
      /organisations\.json: "scope" of ABO must be "igo" or "nonstate"$/,
    ],
    [
      "a body with an unknown role",
      "countries.json",
      '[{"code": "ABC", "bodies": [{"name": "Abc Senate", "role": "KING"}]}]',
      /countries\.json: unknown role "KING"/,
    ],
    [
      "organisations as a string",
      "organisations.json",
      '"ABC"',
      /organisations\.json: expected a list of organisations, found string$/,
    ],
    ["titles as a list", "titles.json", "[]", /titles\.json: expected an object/],
    [
      "title groups that are not objects",
      "titles.json",
      '{"offices": [1]}',
      /titles\.json: entry 1 is not an object: 1$/,
    ],
    ["places as a list", "places.json", '["Abcville"]', /places\.json: expected an object/],
    [
      "a person file that is not a list",
      "officials/people.json",
      '{"name": "A. Person"}',
      /people\.json: expected a list of persons, found object$/,
    ],
    [
      "a term without a start",
      "officials/people.json",
      '[{"name": "A. Person", "terms": [{"country": "ABC", "office": "head-of-state"}]}]',
      /people\.json: a term of A\. Person without "from"/,
    ],
    [
      "an office that is not text",
      "officials/people.json",
      '[{"name": "A. Person", "terms": [{"country": "ABC", "office": 3, "from": "2001"}]}]',
      /people\.json: "office" must be text in/,
    ],
    ["broken JSON", "countries.json", "[{", /countries\.json: /],
  ])("is refused with the file and the entry named: %s", (_, file, content, message) => {
    const dir = folderWith(file, content);
    expect(() => loadDictionary([dir])).toThrow(DictionaryError);
    expect(() => loadDictionary([dir])).toThrow(message);
  });

  it("adds a well-formed country, the minimal pair of the cases above", () => {
    const dir = folderWith("countries.json", '[{"code": "ABC", "names": ["Abcland"]}]');
    expect(loadDictionary([dir]).entries.some((e) => e.name === "Abcland" && e.actor.code === "ABC")).toBe(
      true,
    );
  });
});
