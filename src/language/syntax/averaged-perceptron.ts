/** Training-time averaged perceptron over hashed features, with sparse rows and lazy averaging. */
import type { Scorer } from "./scorer.js";

interface Row {
  cls: number[];
  w: number[];
  tot: number[];
  ts: number[];
}

/** Averaged weights of one feature, after training. */
export interface FinalRow {
  readonly key: number;
  readonly cls: readonly number[];
  readonly w: readonly number[];
}

export class AveragedPerceptron implements Scorer {
  private readonly rows = new Map<number, Row>();
  private clock = 0;

  constructor(readonly classes: number) {}

  score(keys: Uint32Array, n: number, out: Float64Array): void {
    for (let i = 0; i < n; i++) {
      const row = this.rows.get(keys[i]!);
      if (!row) continue;
      const { cls, w } = row;
      for (let j = 0; j < cls.length; j++) out[cls[j]!]! += w[j]!;
    }
  }

  /** One training instance: moves weight from `guess` to `truth` (nothing when they agree). */
  update(truth: number, guess: number, keys: Uint32Array, n: number): void {
    this.clock++;
    if (truth === guess) return;
    for (let i = 0; i < n; i++) {
      const row = this.row(keys[i]!);
      this.bump(row, truth, 1);
      this.bump(row, guess, -1);
    }
  }

  /** Counts an instance that needed no update, so averages stay exact. */
  tick(): void {
    this.clock++;
  }

  private row(key: number): Row {
    let row = this.rows.get(key);
    if (!row) {
      row = { cls: [], w: [], tot: [], ts: [] };
      this.rows.set(key, row);
    }
    return row;
  }

  private bump(row: Row, c: number, delta: number): void {
    let j = row.cls.indexOf(c);
    if (j < 0) {
      j = row.cls.length;
      row.cls.push(c);
      row.w.push(0);
      row.tot.push(0);
      row.ts.push(this.clock);
    }
    row.tot[j]! += (this.clock - row.ts[j]!) * row.w[j]!;
    row.ts[j] = this.clock;
    row.w[j]! += delta;
  }

  /** The averaged weights, dropping entries whose magnitude is below `threshold`. */
  averaged(threshold = 0): FinalRow[] {
    const out: FinalRow[] = [];
    const now = Math.max(1, this.clock);
    for (const [key, row] of this.rows) {
      const cls: number[] = [];
      const w: number[] = [];
      row.cls.forEach((c, j) => {
        const avg = (row.tot[j]! + (now - row.ts[j]!) * row.w[j]!) / now;
        if (Math.abs(avg) > threshold) {
          cls.push(c);
          w.push(avg);
        }
      });
      if (cls.length) out.push({ key, cls, w });
    }
    return out;
  }

  /** A frozen copy with the averaged weights, for measuring between iterations. */
  snapshot(): Scorer {
    const rows = new Map(this.averaged().map((r) => [r.key, r] as const));
    return {
      classes: this.classes,
      score(keys: Uint32Array, n: number, out: Float64Array): void {
        for (let i = 0; i < n; i++) {
          const row = rows.get(keys[i]!);
          if (!row) continue;
          for (let j = 0; j < row.cls.length; j++) out[row.cls[j]!]! += row.w[j]!;
        }
      },
    };
  }

  get features(): number {
    return this.rows.size;
  }
}
