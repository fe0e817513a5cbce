/** Resolves the common anaphors: "the two countries", "both sides", "the latter", "the former", "it/its". */
import type { ActorRef, Mention, Sentence } from "../domain/types.js";

const PAIR = /^(?:the two|both(?: the)?|both these) (?:countries|nations|states|sides|neighbours|neighbors|governments|powers|partners|capitals)\b/i;
const BOTH_SUBJECT = /^both\b(?! of)/i;
const LATTER = /^the latter\b/i;
const FORMER = /^the former\b(?! \p{L}+ (?:minister|president|envoy|ambassador|chief|secretary))/iu;
const IT = /^(?:it|its)$/i;

/** Distinct actors in order of last mention, most recent last. */
class History {
  private readonly order: ActorRef[] = [];
  note(actor: ActorRef): void {
    if (actor.scope === "nonstate") return;
    const at = this.order.findIndex((a) => a.code === actor.code);
    if (at >= 0) this.order.splice(at, 1);
    this.order.push(actor);
  }
  lastTwo(): ActorRef[] {
    return this.order.slice(-2);
  }
}

function mentionOf(sentence: Sentence, first: number, last: number, actors: ActorRef[]): Mention {
  const a = sentence.tokens[first]!;
  const b = sentence.tokens[last]!;
  return { sentence: sentence.index, first, last, start: a.start, end: b.end, text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), form: "coreference", actors };
}

/** Adds coreference mentions to each sentence's mentions; input arrays are not modified. */
export function resolveCoreference(sentences: readonly Sentence[], mentions: readonly Mention[][]): Mention[][] {
  const history = new History();
  let previousSubject: ActorRef | null = null;
  return sentences.map((sentence, s) => {
    const own = [...(mentions[s] ?? [])].sort((a, b) => a.first - b.first);
    const added: Mention[] = [];
    const sentenceSubject = own[0]?.actors[0] ?? null;
    let k = 0;
    for (let i = 0; i < sentence.tokens.length; i++) {
      while (k < own.length && own[k]!.last < i) { for (const a of own[k]!.actors) history.note(a); k++; }
      if (own.some((m) => m.first <= i && i <= m.last)) continue;
      const rest = sentence.tokens.slice(i, i + 4).map((t) => t.text).join(" ");
      const pair = PAIR.exec(rest) ?? (BOTH_SUBJECT.test(rest) && i <= 2 ? /^both/i.exec(rest) : null);
      if (pair && history.lastTwo().length === 2) {
        const span = pair[0].split(" ").length;
        added.push(mentionOf(sentence, i, i + span - 1, history.lastTwo()));
        i += span - 1;
        continue;
      }
      const two = history.lastTwo();
      if (LATTER.test(rest) && two.length === 2) { added.push(mentionOf(sentence, i, i + 1, [two[1]!])); i++; continue; }
      if (FORMER.test(rest) && two.length === 2) { added.push(mentionOf(sentence, i, i + 1, [two[0]!])); i++; continue; }
      if (IT.test(sentence.tokens[i]!.text)) {
        // "it"/"its" usually continues the subject: of this sentence if it came first, else of the last one.
        const firstMention = own[0];
        const antecedent = firstMention && firstMention.first < i ? sentenceSubject : previousSubject;
        if (antecedent && antecedent.scope !== "nonstate") added.push(mentionOf(sentence, i, i, [antecedent]));
      }
    }
    for (; k < own.length; k++) for (const a of own[k]!.actors) history.note(a);
    if (sentenceSubject) previousSubject = sentenceSubject;
    return [...own, ...added].sort((a, b) => a.first - b.first);
  });
}
