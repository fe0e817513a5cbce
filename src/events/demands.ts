/**
 * A speaker's demand of another (CAMEO 100): "X said Y must withdraw", '"Y has to stop," X said'. The
 * obligation is a modal on the reported clause's verb or a verb with an infinitive (cues/judgements.json).
 */
import type { Sentence } from "../domain/types.js";
import type { Trigger } from "./find-triggers.js";
import { statementRule, type JudgementCues } from "./judgements.js";
import { judgedOf, reportedClause } from "./tree-slots.js";
import { childrenWith, dependents, subtree, type Tree } from "./tree.js";

const NEGATION = new Set(["not", "n't", "n’t", "never"]);

/** The obligation phrase the clause's verb carries, if any: "must", or "have to" for "has to stop". */
function obligationOf(tree: Tree, verb: number, cues: JudgementCues): string | undefined {
  const aux = dependents(tree, verb).filter((d) => d.rel === "aux");
  // "must have known" guesses at a past, it demands nothing.
  if (aux.some((a) => a.lemma.toLowerCase() === "have")) return undefined;
  const modal = aux.find((a) => cues.obligation.has(tree.lower[a.index] ?? ""));
  if (modal) return tree.lower[modal.index];
  const lemma = tree.sentence.tokens[verb]?.lemma.toLowerCase() ?? "";
  const infinitive = childrenWith(tree, verb, "xcomp").some((x) =>
    dependents(tree, x).some((d) => d.rel === "mark" && tree.lower[d.index] === "to"),
  );
  const phrase = `${lemma} to`;
  // "must not" still demands; "does not have to" releases.
  const released = dependents(tree, verb).some((d) => NEGATION.has(tree.lower[d.index] ?? ""));
  return infinitive && !released && cues.obligation.has(phrase) ? phrase : undefined;
}

/** Speech verbs whose reported clause obliges its subject to act. */
export function findDemands(sentence: Sentence, tree: Tree, cues: JudgementCues): Trigger[] {
  const out: Trigger[] = [];
  for (const t of sentence.tokens) {
    const lemma = t.lemma.toLowerCase();
    if (!cues.speech.has(lemma) && !cues.speech.has(tree.lower[t.index] ?? "")) continue;
    const clause = reportedClause(tree, t.index);
    if (clause === null || judgedOf(tree, t.index) === null) continue;
    const word = obligationOf(tree, clause, cues);
    if (word === undefined) continue;
    out.push({
      rule: statementRule("demand.obligation", "100", lemma, word, cues),
      first: t.index,
      last: t.index,
      head: t.index,
    });
  }
  return out;
}

/** The demand whose reported clause holds `t`: what it obliges someone to do is not done yet. */
export function demandedBy(t: Trigger, demands: readonly Trigger[], tree: Tree | null): Trigger | undefined {
  if (!tree) return undefined;
  return demands.find((d) => {
    const clause = d !== t ? reportedClause(tree, d.head) : null;
    // '"…," X said, despite Y denouncing Z': the speech verb's own phrase hangs inside the quotation's tree.
    return (
      clause !== null && subtree(tree, clause).includes(t.head) && !subtree(tree, d.head).includes(t.head)
    );
  });
}
