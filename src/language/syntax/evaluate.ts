/** Attachment scores of predicted trees against a treebank's: UAS, LAS and per-relation F1. */

export interface Attachment {
  /** Gold and predicted head (1-based, 0 = root) and relation per gold word; null where no predicted word lines up. */
  readonly gold: { head: number; rel: string };
  readonly predicted: { head: number; rel: string } | null;
}

export interface AttachmentScores {
  readonly words: number;
  readonly uas: number;
  readonly las: number;
  /** Labelled attachment F1 per relation (precision over predicted, recall over gold). */
  readonly relations: Readonly<Record<string, { gold: number; predicted: number; f1: number }>>;
}

export function attachmentScores(
  rows: readonly Attachment[],
  predictedRels: readonly string[] = [],
): AttachmentScores {
  let uas = 0;
  let las = 0;
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of rows) {
    bump(gold, r.gold.rel);
    if (!r.predicted) continue;
    if (r.predicted.head === r.gold.head) {
      uas++;
      if (r.predicted.rel === r.gold.rel) {
        las++;
        bump(correct, r.gold.rel);
      }
    }
  }
  for (const rel of predictedRels) bump(predicted, rel);
  const relations: Record<string, { gold: number; predicted: number; f1: number }> = {};
  for (const rel of new Set([...gold.keys(), ...predicted.keys()])) {
    const g = gold.get(rel) ?? 0;
    const p = predicted.get(rel) ?? 0;
    const c = correct.get(rel) ?? 0;
    relations[rel] = { gold: g, predicted: p, f1: g + p ? (2 * c) / (g + p) : 0 };
  }
  const n = rows.length || 1;
  return { words: rows.length, uas: uas / n, las: las / n, relations };
}

/** A parse of one sentence's words: heads 1-based (0 = root) and relations, one per word. */
export interface WordArcs {
  readonly heads: ArrayLike<number>;
  readonly rels: readonly string[];
}

/** Attachment scores of `parse` over treebank sentences, on their gold tokens. */
export function treebankScores(
  sentences: readonly { words: readonly { form: string; head: number; rel: string }[] }[],
  parse: (forms: string[], index: number) => WordArcs,
): AttachmentScores {
  const rows: Attachment[] = [];
  const rels: string[] = [];
  sentences.forEach((s, i) => {
    const arcs = parse(
      s.words.map((w) => w.form),
      i,
    );
    s.words.forEach((w, k) => {
      rows.push({
        gold: { head: w.head, rel: w.rel },
        predicted: { head: arcs.heads[k]!, rel: arcs.rels[k]! },
      });
      rels.push(arcs.rels[k]!);
    });
  });
  return attachmentScores(rows, rels);
}

/** Every relation a treebank uses. */
export function treebankRelations(sentences: readonly { words: readonly { rel: string }[] }[]): Set<string> {
  return new Set(sentences.flatMap((s) => s.words.map((w) => w.rel)));
}

/**
 * A predicted relation as the gold treebank could have written it: a subtype the treebank never
 * uses (EWT's obl:agent and nsubj:outer, which PUD does not annotate) is compared as its universal
 * relation, as CoNLL 2018 compares every relation.
 */
export function asTreebankRelation(rel: string, inventory: ReadonlySet<string>): string {
  if (inventory.has(rel)) return rel;
  const colon = rel.indexOf(":");
  return colon < 0 ? rel : rel.slice(0, colon);
}
