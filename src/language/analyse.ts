/** The language layer: sentences, tokens, lemmas and part-of-speech tags from wink-nlp. */
// wink-nlp's `its.*` helpers are plain functions its `out()` calls unbound, as the library documents.
/* eslint-disable @typescript-eslint/unbound-method */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../domain/types.js";

/** A stretch of the article to analyse on its own; paragraph breaks are sentence boundaries. */
export interface TextBlock {
  readonly start: number;
  readonly end: number;
}

/** The part of wink's loaded core model that remembers words: spelling → index, the model's own first. */
interface Lexemes {
  readonly hash: Record<string, number | undefined>;
  readonly intrinsicSize: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
let lexemes: Lexemes | null = null;

// Loading the model takes ~100 ms and is never released (about 50 MB each time; the twentieth load fails),
// so it happens once per process, on first use, whatever the extractors. Its core is captured on the way
// in: wink keeps no handle on it, and forgetWordsSeen needs one.
function engine(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    let core: { features: { lexeme: Lexemes } } | undefined;
    const load = model.core as () => typeof core;
    // Sentences and tags only: wink's entities, negation and sentiment are never read, and each costs a pass.
    nlp = winkNLP({ ...model, core: () => (core = load()) }, ["sbd", "pos"]);
    lexemes = core?.features.lexeme ?? null;
  }
  return nlp;
}

const INSIDE_PUNCTUATION = /\p{L}[^\p{L}\p{N}\s]+\p{L}/u;

/** Letters and digits of ASCII only, in either case: nothing inside to split (most words; no regex needed). */
function plainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * wink adds every unknown word to its lexicon, and its tokeniser then keeps a word it has seen
 * whole: once "Xyzzy's." has been read, "Xyzzy's" is never again split into "Xyzzy" + "'s", so an
 * article would be tokenised differently after another. Unknown words with punctuation inside are
 * the only ones whose splitting depends on this; they are forgotten after each document, so each is
 * read as if it came first.
 */
function forgetWordsSeen(words: readonly string[]): void {
  if (!lexemes) return;
  const { hash, intrinsicSize } = lexemes;
  for (const w of words) {
    if (plainAscii(w)) continue;
    for (const form of [w, w.toLowerCase()]) {
      const index = hash[form];
      if (index !== undefined && index >= intrinsicSize && INSIDE_PUNCTUATION.test(form))
        Reflect.deleteProperty(hash, form); // wink's table is a plain object it reads by key
    }
  }
}

/** Splits each block into sentences of tokens whose offsets point into `text`. */
export function analyse(text: string, blocks: readonly TextBlock[]): Sentence[] {
  const { its } = engine();
  const sentences: Sentence[] = [];
  blocks.forEach((block, paragraph) => {
    const blockText = text.slice(block.start, block.end);
    const doc = engine().readDoc(blockText);
    const words = doc.tokens().out();
    // The lemma helper's declared type does not fit out()'s signature, though it works at run time.
    const lemmas: string[] = doc.tokens().out<string>(its.lemma as unknown as typeof its.value);
    const tags = doc.tokens().out(its.pos);
    forgetWordsSeen(words);
    // wink reports token indices, not characters: recover offsets by walking the text.
    const starts: number[] = [];
    let cursor = 0;
    for (const w of words) {
      const at = blockText.indexOf(w, cursor);
      const start = at < 0 ? cursor : at;
      starts.push(start);
      cursor = at < 0 ? cursor : at + w.length;
    }
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const [first, last] = s.out(its.span) as [number, number];
      const tokens: Token[] = [];
      for (let i = first; i <= last; i++) {
        const start = block.start + (starts[i] ?? 0);
        const word = words[i] ?? "";
        tokens.push({
          index: i - first,
          text: word,
          lemma: (lemmas[i] ?? word).toLowerCase(),
          pos: tags[i] ?? "X",
          start,
          end: start + word.length,
          head: -1,
          rel: "",
        });
      }
      const head = tokens[0];
      const tail = tokens[tokens.length - 1];
      if (!head || !tail) return;
      const previous = sentences[sentences.length - 1];
      // "Putin's govt. endorsed…": a sentence does not open in lower case, so the split was at an abbreviation.
      if (
        previous &&
        previous.paragraph === paragraph &&
        /^\p{Ll}/u.test(head.text) &&
        /\.$/.test(text.slice(previous.start, previous.end))
      ) {
        const merged = [
          ...previous.tokens,
          ...tokens.map((t, k) => ({ ...t, index: previous.tokens.length + k })),
        ];
        sentences[sentences.length - 1] = {
          ...previous,
          end: tail.end,
          text: text.slice(previous.start, tail.end),
          tokens: merged,
        };
        return;
      }
      sentences.push({
        index: sentences.length,
        paragraph,
        start: head.start,
        end: tail.end,
        text: text.slice(head.start, tail.end),
        tokens,
        parsed: false,
      });
    });
  });
  return sentences;
}
