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
/** The first word of `s` (a run of letters and digits, else its first character), or `s` when it opens with a space. */
export const firstWord = (s: string): string => WORD.exec(s)?.[0] ?? s;

/** firstWord(text.slice(at, at + limit)), without the slice or the Unicode regex where the word is plain ASCII. */
export function firstWordAt(text: string, at: number, limit: number): string {
  const end = Math.min(text.length, at + limit);
  let i = at;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  // A letter outside ASCII may continue the word, and an empty run has other rules: the regex decides.
  if (i === at || (i < end && text.charCodeAt(i) >= 128)) return firstWord(text.slice(at, end));
  return text.slice(at, i);
}
/** Whether a character continues a word (so a name ending before it is cut mid-word). */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** "DPRK" is also written "D.P.R.K.", "the PRC" "the P.R.C.": an acronym of capitals with a full stop after each. */
export function dottedAcronym(name: string): string | null {
  const m = /^(the )?([A-Z]{2,5})$/.exec(name);
  return m ? `${m[1] ?? ""}${(m[2] ?? "").replace(/[A-Z]/g, "$&.")}` : null;
}

interface Candidate {
  readonly name: string;
  readonly entry: Entry | null;
  readonly official: Official | null;
}

/**
 * The first two words of a name with what joins them ("Kim Jong", "U.S"), or null for a one-word name.
 * A name matches text only where the text opens with the same two words, so they narrow the candidates.
 */
function firstTwoWords(s: string, first: string): string | null {
  if (s.length <= first.length + 1 || !s.startsWith(first)) return null;
  const second = WORD.exec(s.slice(first.length + 1, first.length + 41))?.[0];
  return second === undefined ? null : s.slice(0, first.length + 1 + second.length);
}

/** Names sharing a first word: those of two words or more by their first two, the rest apart; each in match order. */
interface Bucket {
  readonly byTwo: Map<string, Ranked[]>;
  readonly short: Ranked[];
}

/** A candidate with its place in the longest-first order of its first word. */
interface Ranked {
  readonly rank: number;
  readonly candidate: Candidate;
}

export class Gazetteer {
  private readonly index = new Map<string, Bucket>();
  /**
   * The ASCII characters a name can open with: capitals, digits, and the few lower-case letters of "the
   * Kremlin" or "al-Shabaab". Most words and every comma open with none of the rest.
   */
  private readonly asciiInitials = new Uint8Array(128);
  /** Codes of international organisations: "IMF" and "WHO" have three letters like a state's. */
  readonly igoCodes = new Set<string>();

  constructor(dictionary: Dictionary) {
    const lists = new Map<string, Candidate[]>();
    const add = (c: Candidate) => {
      const key = firstWord(c.name);
      const list = lists.get(key) ?? [];
      list.push(c);
      lists.set(key, list);
    };
    for (const entry of dictionary.entries) {
      if (entry.actor.scope === "igo") this.igoCodes.add(entry.actor.code);
      add({ name: entry.name, entry, official: null });
      const dotted = dottedAcronym(entry.name);
      if (dotted) add({ name: dotted, entry, official: null });
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
    for (const [key, list] of lists) {
      list.sort((a, b) => b.name.length - a.name.length);
      const bucket: Bucket = { byTwo: new Map(), short: [] };
      list.forEach((candidate, rank) => {
        const two = firstTwoWords(candidate.name, key);
        if (two === null) bucket.short.push({ rank, candidate });
        else bucket.byTwo.set(two, [...(bucket.byTwo.get(two) ?? []), { rank, candidate }]);
      });
      this.index.set(key, bucket);
      const initial = key.charCodeAt(0);
      if (initial < 128) this.asciiInitials[initial] = 1;
    }
  }

  /** The longest name starting exactly at `at` in `text`, ending at a word boundary. */
  matchAt(text: string, at: number): NameHit | null {
    const initial = text.charCodeAt(at);
    if (initial < 128 && this.asciiInitials[initial] === 0) return null;
    const first = firstWordAt(text, at, 40);
    const bucket = this.index.get(first);
    if (!bucket) return null;
    // A longer name whose second word the text cuts short ends inside a word, which the boundary test refuses.
    const two = firstTwoWords(text.slice(at, at + first.length + 41), first);
    const long = (two === null ? undefined : bucket.byTwo.get(two)) ?? [];
    // Both lists are in rank order: walk them together, as the one list they were cut from.
    let a = 0;
    let b = 0;
    while (a < long.length || b < bucket.short.length) {
      const x = long[a];
      const y = bucket.short[b];
      const next = x && (!y || x.rank < y.rank) ? (a++, x) : (b++, y);
      if (!next) break;
      const c = next.candidate;
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
/** The terms of an official that cover a date (YYYY[-MM[-DD]]); none when the date is unknown. */
function termsOn(official: Official, date: string | null): Term[] {
  return date
    ? official.terms.filter(
        (t) =>
          t.from.slice(0, date.length) <= date &&
          (t.to === null || date <= t.to.slice(0, Math.max(date.length, 4)) || t.to.startsWith(date)),
      )
    : [];
}

/**
 * Whether an official held an office on a date; with the date unknown, whether they still hold one (an
 * undated article is likelier recent than not).
 */
export const inOfficeOn = (official: Official, date: string | null): boolean =>
  date ? termsOn(official, date).length > 0 : official.terms.some((t) => t.to === null);

export function resolveOfficial(
  official: Official,
  date: string | null,
  igoCodes: ReadonlySet<string> = new Set(),
): ActorRef | null {
  const terms = official.terms;
  const covering = termsOn(official, date);
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
