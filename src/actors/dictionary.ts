/** Loads the actor dictionaries (data/actors) into one gazetteer of names, and the office-holder index. */
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { ActorRef, ActorScope, MentionForm, Role } from "../domain/types.js";
import { ROLES, isOneOf } from "../domain/vocabulary.js";
import {
  DATA_DIR,
  DictionaryError,
  dictionaryObject,
  extraDictionaryDirs,
  readJson,
  wordList,
} from "../dictionaries/files.js";
import { mergeLayers, underlay } from "./layers.js";

// The plumbing lives in dictionaries/files.ts; the actor loader is not where other loaders find it.
export { DictionaryError } from "../dictionaries/files.js";

/** One string the gazetteer recognises, and what it stands for. */
export interface Entry {
  readonly name: string;
  readonly actor: ActorRef;
  readonly form: MentionForm;
  /** Also a common word or another place: only trusted next to a title ("Georgian President"). */
  readonly ambiguous: boolean;
  /** A place that contains a state's name ("Indian Ocean", "Latin America"): matched, then ignored. */
  readonly place?: boolean;
}

export interface Term {
  readonly country: string;
  readonly office: string;
  readonly from: string;
  readonly to: string | null;
}

export interface Official {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly terms: readonly Term[];
  /** Resolves only on a date inside a term: set for lists that stop at a date (the Phoenix layer ends in 2015). */
  readonly strict?: boolean;
}

export interface TitleGroup {
  readonly words: readonly string[];
  readonly role: Role;
  readonly office: string;
}

/** Everything the actor stage knows, loaded once. */
export interface Dictionary {
  readonly entries: readonly Entry[];
  readonly officials: readonly Official[];
  readonly titles: readonly TitleGroup[];
  readonly voices: readonly string[];
}

function roleOf(file: string, value: unknown, fallback: Role): Role {
  if (value === undefined) return fallback;
  if (typeof value === "string" && isOneOf(ROLES, value)) return value;
  throw new DictionaryError(
    file,
    `unknown role ${JSON.stringify(value)} (expected one of ${ROLES.join(", ")})`,
  );
}

/** An optional string field, or a DictionaryError naming the field and the entry it is in. */
function optionalText(file: string, entry: object, field: string): string | undefined {
  const v = (entry as Record<string, unknown>)[field];
  if (v === undefined || typeof v === "string") return v;
  throw new DictionaryError(file, `"${field}" must be text in ${JSON.stringify(entry).slice(0, 80)}`);
}

/** A required string field, named with its entry when missing. */
function text(file: string, entry: object, field: string, what: string): string {
  const v = optionalText(file, entry, field);
  if (v) return v;
  throw new DictionaryError(file, `${what} without "${field}": ${JSON.stringify(entry).slice(0, 80)}`);
}

interface CountryJson {
  code?: unknown;
  names?: unknown;
  historical?: unknown;
  adjectives?: unknown;
  people?: unknown;
  capitals?: unknown;
  cities?: unknown;
  regions?: unknown;
  seats?: unknown;
  bodies?: unknown;
  ambiguous?: unknown;
  sovereign?: unknown;
}

/** A list of objects, or a DictionaryError naming the file and the first entry that is not one. */
function objects<T extends object>(file: string, json: unknown, what: string): T[] {
  if (!Array.isArray(json))
    throw new DictionaryError(
      file,
      `expected a list of ${what}, found ${json === null ? "null" : typeof json}`,
    );
  const bad = json.findIndex((x) => typeof x !== "object" || x === null || Array.isArray(x));
  if (bad >= 0)
    throw new DictionaryError(
      file,
      `entry ${bad + 1} is not an object: ${JSON.stringify(json[bad]).slice(0, 80)}`,
    );
  return json as T[];
}

function countryEntries(file: string, rows: CountryJson[]): Entry[] {
  const out: Entry[] = [];
  for (const c of rows) {
    const code = text(file, c, "code", "country");
    const strings = (field: keyof CountryJson) => wordList(file, c[field], `"${field}" of ${code}`);
    const ambiguous = new Set(strings("ambiguous"));
    // A dependency's defence and foreign relations are its sovereign's: a threat to Guam is one to the United States.
    const state = optionalText(file, c, "sovereign") ?? code;
    const gov: ActorRef = { code: state, role: "GOV", scope: "state" };
    const add = (names: string[], form: MentionForm, actor: ActorRef = gov) => {
      for (const name of names) out.push({ name, actor, form, ambiguous: ambiguous.has(name) });
    };
    add([...strings("names"), ...strings("historical")], "name");
    // "Russians", "Britons": the people of a state, not its government.
    add(strings("people"), "name", { ...gov, role: "CVL" });
    add(strings("adjectives"), "adjective");
    add(strings("capitals"), "capital");
    // A region or island is, like a city, only where something happens ("flew over Hokkaido", "visited Bavaria").
    add([...strings("cities"), ...strings("regions")], "city");
    for (const field of ["seats", "bodies"] as const) {
      const bodies =
        c[field] === undefined ? [] : objects<{ role?: unknown }>(file, c[field], `${field} of ${code}`);
      for (const b of bodies)
        add([text(file, b, "name", field)], "body", {
          code: state,
          role: roleOf(file, b.role, "GOV"),
          scope: "state",
        });
    }
  }
  return out;
}

interface OrgJson {
  code?: unknown;
  names?: unknown;
  role?: unknown;
  scope?: unknown;
}

function organisationEntries(file: string, rows: OrgJson[]): Entry[] {
  return rows.flatMap((o) => {
    const code = text(file, o, "code", "organisation");
    if (o.scope !== undefined && o.scope !== "nonstate" && o.scope !== "igo")
      throw new DictionaryError(file, `"scope" of ${code} must be "igo" or "nonstate"`);
    const scope: ActorScope = o.scope === "nonstate" ? "nonstate" : "igo";
    const actor: ActorRef = {
      code,
      role: roleOf(file, o.role, scope === "igo" ? "IGO" : "REB"),
      scope,
    };
    return wordList(file, o.names, `"names" of ${code}`).map((name) => ({
      name,
      actor,
      form: "name" as const,
      ambiguous: false,
    }));
  });
}

function officialsIn(file: string, rows: unknown): Official[] {
  return objects<{ aliases?: unknown; terms?: unknown; strict?: unknown }>(file, rows, "persons").map((o) => {
    const name = text(file, o, "name", "person");
    const terms = objects<{ to?: unknown }>(file, o.terms, `terms of ${name}`).map((t) => ({
      country: text(file, t, "country", `a term of ${name}`),
      office: optionalText(file, t, "office") ?? "",
      from: text(file, t, "from", `a term of ${name}`),
      to: t.to === null ? null : (optionalText(file, t, "to") ?? null),
    }));
    const aliases = wordList(file, o.aliases, `"aliases" of ${name}`);
    return o.strict === true ? { name, aliases, terms, strict: true } : { name, aliases, terms };
  });
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** Reads one layer: `actors/*.json` and `actors/officials/*.json` under `dir`, laid out like data/actors. */
function readLayer(actors: string): Dictionary {
  const entries: Entry[] = [];
  const officials: Official[] = [];
  const titles: TitleGroup[] = [];
  const voices: string[] = [];
  for (const file of jsonFiles(actors)) {
    const json = readJson(file);
    const base = file.slice(actors.length + 1);
    if (base.startsWith("countries"))
      entries.push(...countryEntries(file, objects<CountryJson>(file, json, "countries")));
    else if (base.startsWith("organisations"))
      entries.push(...organisationEntries(file, objects<OrgJson>(file, json, "organisations")));
    else if (base.startsWith("places")) {
      const nowhere: ActorRef = { code: "", role: "CVL", scope: "nonstate" };
      for (const name of wordList(
        file,
        dictionaryObject(file, json, '{"places": [names]}').places,
        '"places"',
      ))
        entries.push({ name, actor: nowhere, form: "name", ambiguous: false, place: true });
    } else if (base.startsWith("titles")) {
      const t = dictionaryObject(file, json, '{"offices": [...], "voices": [...]}');
      const offices =
        t.offices === undefined
          ? []
          : objects<{ words?: unknown; role?: unknown; office?: unknown }>(file, t.offices, "office groups");
      for (const g of offices)
        titles.push({
          words: wordList(file, g.words, '"words" of an office group'),
          role: roleOf(file, g.role, "GOV"),
          office: optionalText(file, g, "office") ?? "",
        });
      voices.push(...wordList(file, t.voices, '"voices"'));
    }
  }
  for (const file of jsonFiles(join(actors, "officials"))) {
    officials.push(...officialsIn(file, readJson(file)));
  }
  return { entries, officials, titles, voices };
}

/**
 * Reads the bundled dictionaries plus any extra folders laid out the same way. `actors/petrarch/`
 * under any of them is a lower layer (converted from PETRARCH-2, see its README): it only adds
 * what the upper lists do not already name.
 */
export function loadDictionary(extraDirs: readonly string[] = extraDictionaryDirs()): Dictionary {
  const roots = [DATA_DIR, ...extraDirs];
  const upper = roots.map((root) => readLayer(join(root, "actors")));
  const lower = roots.map((root) => readLayer(join(root, "actors", "petrarch")));
  return underlay(mergeLayers(upper), mergeLayers(lower));
}
