/**
 * Acronyms an article defines: "Kenya's Border Security Force (BSF)", "the Kenyan Defence Forces (KDF)". The
 * bracketed acronym names the same actor as the name before it, there and wherever the article uses it again,
 * whatever a dictionary says that acronym stands for elsewhere (India's BSF).
 */
import type { ActorRef, Mention, Sentence, Token } from "../domain/types.js";
import { isAcronym } from "../language/syntax/acronym.js";
import { tokenMention } from "./token-mention.js";

// Words that may continue a name past the actor's mention: "Kenyan Defence Forces", "Ministry of Defence".
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|and|for|the|on|in|'s|’s)$/u;

// A party or movement named after a state or region is not that state ("European People's Party").
const PARTY = /^(?:Party|League|Front|Movement|Alliance|Congress)$/;

/** The acronym defined right after `m` in its sentence, if any. */
function definedAfter(tokens: readonly Token[], m: Mention): string | null {
  // A city only says where ("London Stock Exchange (LSE)").
  if (m.form === "coreference" || m.form === "city") return null;
  let at = m.last + 1;
  // At most five more words of the name.
  for (let words = 0, t = tokens[at]; words < 5 && t && NAME_WORD.test(t.text); words++, t = tokens[++at]) {
    if (PARTY.test(t.text)) return null;
  }
  const open = tokens[at];
  const word = tokens[at + 1];
  const close = tokens[at + 2];
  if (open?.text !== "(" || close?.text !== ")" || !word) return null;
  return isAcronym(word.text) ? word.text : null;
}

const CAPS_WORD = /^[A-Z]{2,}$/;

/** A headline in capitals ("TRUMP SAYS IS DEFEATED"), where "IS" is a verb as likely as an acronym. */
function shouted(tokens: readonly Token[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && CAPS_WORD.test(t.text));
}

export function withDefinedAcronyms(sentences: readonly Sentence[], mentions: Mention[][]): Mention[][] {
  const defined = new Map<string, readonly ActorRef[]>();
  return sentences.map((sentence, s) => {
    const own = mentions[s] ?? [];
    for (const m of own) {
      const acronym = definedAfter(sentence.tokens, m);
      if (acronym && !defined.has(acronym)) defined.set(acronym, m.actors);
    }
    if (defined.size === 0) return own;
    const out: Mention[] = [];
    const covered = new Set<number>();
    for (const m of own) {
      const actors = m.first === m.last ? defined.get(m.text) : undefined;
      out.push(actors ? { ...m, actors } : m);
      for (let i = m.first; i <= m.last; i++) covered.add(i);
    }
    sentence.tokens.forEach((t, i) => {
      const actors = defined.get(t.text);
      if (actors && !covered.has(i) && !shouted(sentence.tokens, i))
        out.push(tokenMention(sentence, t, "body", actors));
    });
    return out.sort((a, b) => a.first - b.first);
  });
}
