/** Longest-match lookup of dictionary names in text, keyed by each name's first word. */
import type { Dictionary, Entry, Official, Term } from "./dictionary.js";
import type { ActorRef, Role } from "../domain/types.js";

/** A name found at a position, before titles and coreference are applied. */
export interface NameHit {
  readonly start: number;
  readonly end: number;
  readonly entry: Entry | null;
  readonly official: Official | null;
}

const WORD = /^[\p{L}\p{N}]+|^[^\s]/u;
const firstWord = (s: string): string => WORD.exec(s)?.[0] ?? s;
/** Whether a character continues a word (so a name ending before it is cut mid-word). */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Candidate {
  readonly name: string;
  readonly entry: Entry | null;
  readonly official: Official | null;
}

export class Gazetteer {
  private readonly index = new Map<string, Candidate[]>();
  /** Codes of international organisations: "IMF" and "WHO" have three letters like a state's. */
  readonly igoCodes = new Set<string>();

  constructor(dictionary: Dictionary) {
    const add = (c: Candidate) => {
      const key = firstWord(c.name);
      const list = this.index.get(key) ?? [];
      list.push(c);
      this.index.set(key, list);
    };
    for (const entry of dictionary.entries) {
      if (entry.actor.scope === "igo") this.igoCodes.add(entry.actor.code);
      add({ name: entry.name, entry, official: null });
      // "the Kremlin" is also written "Kremlin".
      if (entry.name.startsWith("the ")) add({ name: entry.name.slice(4), entry, official: null });
    }
    for (const official of dictionary.officials) {
      const names = [official.name, ...official.aliases];
      // "Moon Jae-in" is also written "Moon Jae-In", "Kim Jong-un" "Kim Jong-Un".
      const hyphenCases = names.flatMap((n) => [
        n.replace(/-(\p{Ll})/gu, (_, c: string) => `-${c.toUpperCase()}`),
        n.replace(/(\p{L})-(\p{Lu})/gu, (_, a: string, c: string) => `${a}-${c.toLowerCase()}`),
      ]);
      for (const name of new Set([...names, ...hyphenCases])) add({ name, entry: null, official });
    }
    for (const list of this.index.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /** The longest name starting exactly at `at` in `text`, ending at a word boundary. */
  matchAt(text: string, at: number): NameHit | null {
    const list = this.index.get(firstWord(text.slice(at, at + 40)));
    if (!list) return null;
    for (const c of list) {
      if (!text.startsWith(c.name, at)) continue;
      const end = at + c.name.length;
      if (isWordChar(c.name[c.name.length - 1]) && isWordChar(text[end])) continue;
      return { start: at, end, entry: c.entry, official: c.official };
    }
    return null;
  }
}

/** The role an office gives; offices not listed are government posts. */
const OFFICE_ROLES: Readonly<Record<string, Role>> = {
  "army-chief": "MIL",
  military: "MIL",
  "intelligence-chief": "SPY",
  intelligence: "SPY",
  igo: "IGO",
};

/**
 * The office an official held on a date, or their latest when the date is unknown or outside every
 * term; a `strict` official (a list that stops at a date) resolves only inside a term.
 */
export function resolveOfficial(
  official: Official,
  date: string | null,
  igoCodes: ReadonlySet<string> = new Set(),
): ActorRef | null {
  const terms = official.terms;
  const covering = date
    ? terms.filter(
        (t) =>
          t.from.slice(0, date.length) <= date &&
          (t.to === null || date <= t.to.slice(0, Math.max(date.length, 4)) || t.to.startsWith(date)),
      )
    : [];
  // The latest-starting term; among terms that start together (a monarch of several realms), the first listed.
  const latest = (list: readonly Term[]) =>
    list.reduce<Term | undefined>((best, t) => (!best || t.from > best.from ? t : best), undefined);
  const term = latest(covering) ?? (official.strict ? undefined : latest(terms));
  if (!term) return null;
  const role = OFFICE_ROLES[term.office] ?? "GOV";
  const scope =
    term.office === "igo" || !/^[A-Z]{3}$/.test(term.country) || igoCodes.has(term.country) ? "igo" : "state";
  return { code: term.country, role, scope, person: official.name };
}
