/** Surnames alone ("Mitsotakis said…") for people the article named in full earlier ("Prime Minister Kyriakos Mitsotakis"). */
import type { ActorRef, Mention, Sentence } from "../domain/types.js";
import { namedAsWord } from "./find-mentions.js";
import { tokenMention } from "./token-mention.js";

/** Words that end names but are also ordinary words or name particles. */
const NOT_SURNAMES = new Set(["jr", "sr", "ii", "iii", "bin", "al", "el", "de", "da", "van", "von"]);

/** States whose names put the family name first, as the English-language press writes them ("Kim Jong Un", "Xi Jinping"). */
const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP"]);

function surnameOf(person: string, state: string): string | null {
  const words = person
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.,]$/, ""));
  const [first] = words;
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.length < 2) return null;
  // Family names there are often two letters ("Xi", "Li").
  if (FAMILY_NAME_FIRST.has(state)) return first.length >= 2 && /^\p{Lu}\p{Ll}/u.test(first) ? first : null;
  return last.length >= 3 && /^\p{Lu}/u.test(last) && !NOT_SURNAMES.has(last.toLowerCase()) ? last : null;
}

/** "Chávez" and "Chavez" are one name: the press often drops the accents the dictionary keeps. */
const withoutAccents = (word: string): string =>
  // Asked of every token: plain ASCII words (most of them) have no accents to drop.
  isAscii(word) ? word : word.normalize("NFD").replace(/\p{M}/gu, "");

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Adds a person mention wherever a surname stands alone after the full name was given with a
 * state, in this or an earlier sentence. A surname shared by two people of different states is
 * left alone. Input arrays are not modified.
 */
export function addSurnameMentions(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
): Mention[][] {
  const known = new Map<string, ActorRef | null>();
  return sentences.map((sentence, s) => {
    const own = [...(mentions[s] ?? [])];
    for (const m of own) {
      const actor = m.actors.length === 1 ? m.actors[0]! : null;
      const surname = actor?.person ? surnameOf(actor.person, actor.code) : null;
      if (!actor || !surname) continue;
      const key = withoutAccents(surname);
      const before = known.get(key);
      known.set(key, before === undefined || before?.code === actor.code ? actor : null);
    }
    if (known.size === 0) return own;
    const added: Mention[] = [];
    sentence.tokens.forEach((t, i) => {
      const actor = known.get(withoutAccents(t.text));
      if (!actor || own.some((m) => m.first <= i && i <= m.last) || namedAsWord(sentence.tokens, i)) return;
      added.push(tokenMention(sentence, t, "person", [actor]));
    });
    return added.length ? [...own, ...added].sort((a, b) => a.first - b.first) : own;
  });
}
