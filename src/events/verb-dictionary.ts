/**
 * The verb dictionary (data/verbs/*.json, converted from PETRARCH-2's CAMEO verb file, plus users'
 * own files in the same schema): verbs grouped in families, each family with patterns that refine
 * the code from the nouns and prepositional phrases around the verb. See data/verbs/README.md.
 */
import { basename } from "node:path";
import { DictionaryError, dictionaryFiles, extraDictionaryDirs, readJson } from "../dictionaries/files.js";
import { isCameoCode } from "../domain/cameo.js";

/** Consecutive words, last one the head; an element `"&name"` stands for any phrase of set `name`. */
export type Phrase = readonly string[];

/** Where a marked participant sits: before the verb, after it, or in the i-th prepositional phrase. */
export type Marker =
  { readonly at: "before" } | { readonly at: "after" } | { readonly at: "prep"; readonly index: number };

export interface PrepPhrase {
  readonly prep: string;
  /** null: any object, or none ("(TO)"). */
  readonly object: Phrase | null;
}

export interface VerbPattern {
  /** CAMEO code of the event, null when only the reciprocal is coded or when the pattern blocks. */
  readonly code: string | null;
  /** The paired event coded with source and target swapped ("X rushed to Y": Y hosts X, 043). */
  readonly reciprocal: string | null;
  /** `[---]`: this context stops the verb's default code. */
  readonly blocks: boolean;
  /** Phrases that must all be found before the verb. */
  readonly before: readonly Phrase[];
  /** Phrases that must all be found after the verb. */
  readonly after: readonly Phrase[];
  readonly preps: readonly PrepPhrase[];
  readonly source: Marker | null;
  readonly target: Marker | null;
  /** `%`: the actors act jointly (compound actor), as in "X and Y held exercises". */
  readonly joint: boolean;
  /** `^`: a noun phrase here is skipped, neither source nor target ("condemned the killing (OF ^)"). */
  readonly skip: readonly Marker[];
  readonly comment: string | null;
  readonly file: string;
  readonly line: number | null;
}

export interface VerbEntry {
  readonly lemma: string;
  /** Lemma and inflected forms, lower-case. */
  readonly forms: readonly string[];
  /** Words after the verb that belong to it ("cordon off"). */
  readonly particles: readonly string[];
  /** Words before the verb that belong to it ("wire tap"). */
  readonly prefix: readonly string[];
  /** The verb's own code; null: the family's code applies (unless `blocks`). */
  readonly code: string | null;
  readonly reciprocal: string | null;
  /** `[---]` on the verb: the isolated verb codes nothing even when its family has a code. */
  readonly blocks: boolean;
  readonly family: string;
  readonly file: string;
  readonly line: number | null;
}

export interface VerbFamily {
  readonly name: string;
  /** Code of the isolated verb for the family; null: the isolated verb is no event. */
  readonly code: string | null;
  readonly reciprocal: string | null;
  readonly patterns: readonly VerbPattern[];
  readonly file: string;
  readonly line: number | null;
}

/** A pattern ready to test: a word any match needs, and its specificity. */
export interface CompiledPattern {
  readonly pattern: VerbPattern;
  /**
   * A literal word every match of the pattern contains (a phrase word, else a preposition), null when
   * it has none: a verb whose dependents lack it skips the pattern without testing it.
   */
  readonly anchor: string | null;
  /** Words the pattern names: the most specific pattern that matches wins. */
  readonly weight: number;
}

/** A family's patterns indexed by anchor, so a verb tests only those its dependents can match. */
export interface CompiledFamily {
  /** In file order: among equally specific matches the first wins. */
  readonly patterns: readonly CompiledPattern[];
  /** Anchor → positions in `patterns`, ascending. */
  readonly byAnchor: ReadonlyMap<string, readonly number[]>;
  /** Positions of the patterns without an anchor, ascending. */
  readonly unanchored: readonly number[];
}

export interface VerbDictionary {
  /** Keyed by lemma and every form, lower-case. */
  readonly byWord: ReadonlyMap<string, readonly VerbEntry[]>;
  readonly families: ReadonlyMap<string, VerbFamily>;
  /** Each family's patterns, compiled once at load. */
  readonly compiled: ReadonlyMap<string, CompiledFamily>;
  /** Set name (without `&`) → its phrases. */
  readonly sets: ReadonlyMap<string, readonly Phrase[]>;
}

/** The lemma of a verb the dictionary lists with `form` among its forms ("accused" → "accuse"). */
export const lemmaOfForm = (dict: VerbDictionary, form: string): string | undefined =>
  dict.byWord.get(form)?.find((v) => v.forms.includes(form))?.lemma;

/** The bundled verb files plus `verbs/*.json` in each extra dictionary folder. */
export const verbDictionaryFiles = (extraDirs: readonly string[] = extraDictionaryDirs()): string[] =>
  dictionaryFiles("verbs", extraDirs);

export type Raw = Record<string, unknown>;
export const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
export const isWord = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v === v.toLowerCase() && !/\s/.test(v);
/** dyad's table lists roots and the common sub-codes; PETRARCH's 4-digit sub-codes are checked by their root. */
const validCode = (c: string): boolean => /^\d{2,4}$/.test(c) && isCameoCode(c.slice(0, 2));

/** Reads, validates and indexes verb files; throws DictionaryError naming the file and the line. */
export function loadVerbDictionary(files: readonly string[] = verbDictionaryFiles()): VerbDictionary {
  const sets = new Map<string, Phrase[]>();
  const families = new Map<string, { family: VerbFamily; patterns: VerbPattern[]; file: string }>();
  const verbs: { entry: VerbEntry; file: string }[] = [];
  // Set references are checked once every file is read: a user's file may use the bundled sets.
  const uses: { file: string; where: string; set: string }[] = [];

  for (const file of files) {
    const json = readJson(file);
    if (!isObject(json)) throw new DictionaryError(file, "expected an object with sets, verbs and families");
    const own = basename(file);

    const rawSets = json.sets ?? {};
    if (!isObject(rawSets)) throw new DictionaryError(file, '"sets" must be an object');
    for (const [name, phrases] of Object.entries(rawSets)) {
      const fail = (why: string): never => {
        throw new DictionaryError(file, `set "${name}": ${why}`);
      };
      if (!isWord(name) || name.startsWith("&")) fail("set names are lower-case words without '&'");
      if (!Array.isArray(phrases)) fail("expected a list of phrases");
      const list = sets.get(name) ?? [];
      for (const p of phrases as unknown[]) {
        if (!Array.isArray(p) || p.length === 0 || !p.every((w) => isWord(w) && !w.startsWith("&")))
          fail(`bad phrase ${JSON.stringify(p)}`);
        list.push(p as string[]);
      }
      sets.set(name, list);
    }

    const rawFamilies = json.families ?? [];
    if (!Array.isArray(rawFamilies)) throw new DictionaryError(file, '"families" must be a list');
    for (const f of rawFamilies as unknown[]) {
      const name = isObject(f) && typeof f.name === "string" && f.name ? f.name : null;
      if (!isObject(f) || !name)
        throw new DictionaryError(file, `family without a name: ${JSON.stringify(f).slice(0, 80)}`);
      const where = `family ${name}${typeof f.line === "number" ? ` at line ${f.line}` : ""}`;
      const fail = (why: string): never => {
        throw new DictionaryError(file, `${where}: ${why}`);
      };
      const code = codeOf(f.code, fail, "code");
      const reciprocal = codeOf(f.reciprocal, fail, "reciprocal");
      if (!Array.isArray(f.patterns)) fail('"patterns" must be a list');
      const patterns = (f.patterns as unknown[]).map((p, i) => pattern(file, own, name, i, p, uses));
      const known = families.get(name);
      if (known) {
        // A later file may add patterns to a family, not change what the isolated verb means.
        if (known.family.code !== code || known.family.reciprocal !== reciprocal)
          fail(`code differs from the same family in ${known.file}`);
        known.patterns.push(...patterns);
      } else {
        const all: VerbPattern[] = [...patterns];
        families.set(name, {
          family: {
            name,
            code,
            reciprocal,
            patterns: all,
            file: stringOr(f.file, own),
            line: lineOf(f.line, fail),
          },
          patterns: all,
          file,
        });
      }
    }

    const rawVerbs = json.verbs ?? [];
    if (!Array.isArray(rawVerbs)) throw new DictionaryError(file, '"verbs" must be a list');
    for (const v of rawVerbs as unknown[]) verbs.push({ entry: verb(file, own, v), file });
  }

  for (const u of uses)
    if (!sets.has(u.set)) throw new DictionaryError(u.file, `${u.where}: undefined set "&${u.set}"`);
  const byWord = new Map<string, VerbEntry[]>();
  for (const { entry, file } of verbs) {
    if (!families.has(entry.family))
      throw new DictionaryError(
        file,
        `verb "${entry.lemma}"${entry.line ? ` at line ${entry.line}` : ""}: unknown family ${entry.family}`,
      );
    for (const w of new Set([entry.lemma, ...entry.forms])) {
      const list = byWord.get(w);
      if (list) list.push(entry);
      else byWord.set(w, [entry]);
    }
  }
  return {
    byWord,
    families: new Map([...families].map(([k, v]) => [k, v.family])),
    compiled: new Map([...families].map(([k, v]) => [k, compileFamily(v.patterns)])),
    sets,
  };
}

function compileFamily(list: readonly VerbPattern[]): CompiledFamily {
  const patterns = list.map(compilePattern);
  const byAnchor = new Map<string, number[]>();
  const unanchored: number[] = [];
  patterns.forEach((c, k) => {
    if (c.anchor === null) unanchored.push(k);
    else byAnchor.set(c.anchor, [...(byAnchor.get(c.anchor) ?? []), k]);
  });
  return { patterns, byAnchor, unanchored };
}

function compilePattern(pattern: VerbPattern): CompiledPattern {
  const phrases = [...pattern.before, ...pattern.after, ...pattern.preps.map((pp) => pp.object ?? [])];
  const literals = phrases.flat().filter((w) => !w.startsWith("&"));
  // The longest phrase word is the likeliest to be rare; a preposition only when no phrase word is literal.
  const anchor =
    literals.reduce<string | null>((best, w) => (best === null || w.length > best.length ? w : best), null) ??
    pattern.preps[0]?.prep ??
    null;
  const weight =
    [...pattern.before, ...pattern.after].reduce((n, ph) => n + ph.length, 0) +
    pattern.preps.reduce((n, pp) => n + 1 + (pp.object?.length ?? 0), 0);
  return { pattern, anchor, weight };
}

function codeOf(v: unknown, fail: (why: string) => never, field: string): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "string" && validCode(v)
    ? v
    : fail(`"${field}" ${JSON.stringify(v)} is not a CAMEO code`);
}

function lineOf(v: unknown, fail: (why: string) => never): number | null {
  if (v === null || v === undefined) return null;
  return typeof v === "number" && Number.isInteger(v) && v > 0
    ? v
    : fail(`"line" ${JSON.stringify(v)} is not a line number`);
}

const stringOr = (v: unknown, fallback: string): string => (typeof v === "string" && v ? v : fallback);

function words(v: unknown, fail: (why: string) => never, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isWord)) return fail(`"${field}" must be a list of lower-case words`);
  return v;
}

function verb(file: string, own: string, v: unknown): VerbEntry {
  const lemma = isObject(v) && isWord(v.lemma) ? v.lemma : null;
  if (!isObject(v) || !lemma)
    throw new DictionaryError(file, `verb without a lower-case "lemma": ${JSON.stringify(v).slice(0, 80)}`);
  const where = `verb "${lemma}"${typeof v.line === "number" ? ` at line ${v.line}` : ""}`;
  const fail = (why: string): never => {
    throw new DictionaryError(file, `${where}: ${why}`);
  };
  const code = codeOf(v.code, fail, "code");
  const blocks =
    v.blocks === undefined
      ? false
      : typeof v.blocks === "boolean"
        ? v.blocks
        : fail('"blocks" must be true or false');
  if (blocks && code !== null) fail('a blocking verb has "code": null');
  return {
    lemma,
    forms: [...new Set([lemma, ...words(v.forms, fail, "forms")])],
    particles: words(v.particles, fail, "particles"),
    prefix: words(v.prefix, fail, "prefix"),
    code,
    reciprocal: codeOf(v.reciprocal, fail, "reciprocal"),
    blocks,
    family: typeof v.family === "string" && v.family ? v.family : fail('missing "family"'),
    file: stringOr(v.file, own),
    line: lineOf(v.line, fail),
  };
}

function pattern(
  file: string,
  own: string,
  family: string,
  i: number,
  p: unknown,
  uses: { file: string; where: string; set: string }[],
): VerbPattern {
  const line = isObject(p) && typeof p.line === "number" ? p.line : null;
  const where = `family ${family}, pattern ${line !== null ? `at line ${line}` : i + 1}`;
  const fail = (why: string): never => {
    throw new DictionaryError(file, `${where}: ${why}`);
  };
  if (!isObject(p)) return fail("expected an object");
  const phrase = (v: unknown, field: string): Phrase => {
    if (!Array.isArray(v) || v.length === 0 || !v.every(isWord))
      return fail(`${field}: ${JSON.stringify(v)} is not a phrase of lower-case words`);
    for (const w of v) if (w.startsWith("&")) uses.push({ file, where, set: w.slice(1) });
    return v;
  };
  const phrases = (v: unknown, field: string): Phrase[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(`"${field}" must be a list of phrases`);
    return v.map((x) => phrase(x, `"${field}"`));
  };
  const rawPreps = p.preps ?? [];
  if (!Array.isArray(rawPreps)) fail('"preps" must be a list');
  const preps = (rawPreps as unknown[]).map((r): PrepPhrase => {
    if (!isObject(r) || typeof r.prep !== "string" || !r.prep || r.prep !== r.prep.toLowerCase())
      return fail(`bad prepositional phrase ${JSON.stringify(r)}`);
    return {
      prep: r.prep,
      object: r.object === null || r.object === undefined ? null : phrase(r.object, `object of "${r.prep}"`),
    };
  });
  const marker = (v: unknown, field: string): Marker | null => {
    if (v === null || v === undefined) return null;
    const m = isObject(v) ? v : fail(`"${field}" must be a marker`);
    if (m.at === "before" || m.at === "after") return { at: m.at };
    if (
      m.at === "prep" &&
      typeof m.index === "number" &&
      Number.isInteger(m.index) &&
      m.index >= 0 &&
      m.index < preps.length
    )
      return { at: "prep", index: m.index };
    return fail(
      `"${field}" ${JSON.stringify(v)} does not point before, after or to one of the ${preps.length} prepositional phrases`,
    );
  };
  const code = codeOf(p.code, fail, "code");
  const reciprocal = codeOf(p.reciprocal, fail, "reciprocal");
  const blocks =
    p.blocks === undefined
      ? false
      : typeof p.blocks === "boolean"
        ? p.blocks
        : fail('"blocks" must be true or false');
  if (blocks && (code !== null || reciprocal !== null))
    fail('a blocking pattern has "code": null and no reciprocal');
  if (!blocks && code === null && reciprocal === null) fail("neither a code, a reciprocal code nor blocking");
  const skip =
    p.skip === undefined
      ? []
      : Array.isArray(p.skip)
        ? p.skip.map((m) => marker(m, "skip") ?? fail('"skip" holds null'))
        : fail('"skip" must be a list of markers');
  return {
    code,
    reciprocal,
    blocks,
    before: phrases(p.before, "before"),
    after: phrases(p.after, "after"),
    preps,
    source: marker(p.source, "source"),
    target: marker(p.target, "target"),
    joint:
      p.joint === undefined
        ? false
        : typeof p.joint === "boolean"
          ? p.joint
          : fail('"joint" must be true or false'),
    skip,
    comment: typeof p.comment === "string" ? p.comment : null,
    file: stringOr(p.file, own),
    line: line !== null ? lineOf(line, fail) : null,
  };
}

const NO_PHRASES: readonly Phrase[] = [];
const setIndexes = new WeakMap<
  ReadonlyMap<string, readonly Phrase[]>,
  ReadonlyMap<string, ReadonlyMap<string, readonly Phrase[]>>
>();

/** Each set's non-empty alternatives by their first word: a word can only start the alternatives it begins. */
function setsByFirstWord(
  sets: ReadonlyMap<string, readonly Phrase[]>,
): ReadonlyMap<string, ReadonlyMap<string, readonly Phrase[]>> {
  let index = setIndexes.get(sets);
  if (index) return index;
  const built = new Map<string, Map<string, Phrase[]>>();
  for (const [name, alts] of sets) {
    const byWord = new Map<string, Phrase[]>();
    for (const alt of alts) {
      if (alt.length === 0) continue;
      const list = byWord.get(alt[0]!);
      if (list) list.push(alt);
      else byWord.set(alt[0]!, [alt]);
    }
    built.set(name, byWord);
  }
  index = built;
  setIndexes.set(sets, index);
  return index;
}

/**
 * Whether `phrase` occurs as consecutive words in `words` (lower-cased words or lemmas);
 * a `&name` element matches any one phrase of that set, an unknown set nothing.
 */
export function phraseMatches(
  phrase: Phrase,
  words: readonly string[],
  sets: ReadonlyMap<string, readonly Phrase[]>,
): boolean {
  if (phrase.length === 0) return true;
  const byFirst = setsByFirstWord(sets);
  for (let start = 0; start < words.length; start++)
    if (phraseFrom(phrase, 0, words, start, byFirst)) return true;
  return false;
}

/** Whether `phrase` from element `pi` on matches `words` from `wi` on (a plain function: asked very often). */
function phraseFrom(
  phrase: Phrase,
  pi: number,
  words: readonly string[],
  wi: number,
  byFirst: ReadonlyMap<string, ReadonlyMap<string, readonly Phrase[]>>,
): boolean {
  if (pi === phrase.length) return true;
  const el = phrase[pi]!;
  if (el.charCodeAt(0) !== AMPERSAND)
    return words[wi] === el && phraseFrom(phrase, pi + 1, words, wi + 1, byFirst);
  const alts = byFirst.get(el.slice(1))?.get(words[wi]!) ?? NO_PHRASES;
  for (const alt of alts) {
    let k = 0;
    while (k < alt.length && words[wi + k] === alt[k]) k++;
    if (k === alt.length && phraseFrom(phrase, pi + 1, words, wi + alt.length, byFirst)) return true;
  }
  return false;
}
const AMPERSAND = 38;
