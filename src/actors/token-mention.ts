/** A mention made of one token of a sentence, for the stages that find actors after the dictionaries did. */
import type { ActorRef, Mention, MentionForm, Sentence, Token } from "../domain/types.js";

export function tokenMention(
  sentence: Sentence,
  token: Token,
  form: MentionForm,
  actors: readonly ActorRef[],
): Mention {
  const { index, start, end, text } = token;
  return { sentence: sentence.index, first: index, last: index, start, end, text, form, actors };
}
