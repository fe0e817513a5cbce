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

const base = (rel: string): string => rel;

export function attachmentScores(rows: readonly Attachment[], predictedRels: readonly string[] = []): AttachmentScores {
  let uas = 0;
  let las = 0;
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of rows) {
    bump(gold, base(r.gold.rel));
    if (!r.predicted) continue;
    if (r.predicted.head === r.gold.head) {
      uas++;
      if (r.predicted.rel === r.gold.rel) {
        las++;
        bump(correct, base(r.gold.rel));
      }
    }
  }
  for (const rel of predictedRels) bump(predicted, base(rel));
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
