/** Run-time linear model: an open-addressing table of feature hashes over quantised sparse rows, stored as typed arrays. */
import type { FinalRow } from "./averaged-perceptron.js";
import type { Scorer } from "./scorer.js";

/**
 * The arrays a compact model is made of, as they are written to and read from a model file: one
 * entry per feature row (in the order of their home slots in the table), and the rows' entries end
 * to end. No empty slots and no offsets are stored (a row starts where the one before it ends), so
 * the file is small enough to ship unzipped and is read without inflating.
 */
export interface CompactArrays {
  readonly classes: number;
  /** Weight = stored integer × scale. */
  readonly scale: number;
  readonly keys: Uint32Array;
  /** Entries of each row. */
  readonly length: Uint8Array;
  readonly cls: Uint8Array;
  readonly w: Int16Array;
}

/** Table slots for `rows` rows: a power of two, at most 60% full. */
function capacityFor(rows: number): number {
  let capacity = 1024;
  while (capacity * 0.6 < rows) capacity *= 2;
  return capacity;
}

/**
 * In memory, each slot is four integers: the key, a count (with an offset into `overflow` for rows
 * of more than two entries) and two entries inline, so most features cost one cache line. An entry
 * packs the class (bits 16–23) and the quantised weight (low 16 bits). Scores come out in quantised
 * units (weight / scale): argmax and beam order are unchanged by the common factor.
 */
export class CompactModel implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly overflow: Int32Array;
  /** Slots found by one `score` call (grown when a call brings more keys). */
  private found = new Int32Array(256);
  /** Where the touch pass leaves its reads, so they are not optimised away. */
  touched = 0;

  constructor(readonly arrays: CompactArrays) {
    this.classes = arrays.classes;
    const { keys, length, cls, w } = arrays;
    const rows = keys.length;
    const mask = capacityFor(rows) - 1;
    const slots = new Int32Array((mask + 1) * 4);
    let long = 0;
    for (let r = 0; r < rows; r++) if (length[r]! > 2) long += length[r]!;
    const overflow = new Int32Array(long);
    let at = 0;
    let from = 0;
    for (let r = 0; r < rows; r++) {
      const key = keys[r]! | 0;
      const n = length[r]!;
      let slot = key & mask;
      while (slots[slot * 4] !== 0) slot = (slot + 1) & mask;
      const base = slot * 4;
      slots[base] = key;
      if (n <= 2) {
        slots[base + 1] = n;
        for (let j = 0; j < n; j++) slots[base + 2 + j] = (cls[from + j]! << 16) | (w[from + j]! & 0xffff);
      } else {
        slots[base + 1] = (at << 8) | n;
        for (let j = 0; j < n; j++) overflow[at++] = (cls[from + j]! << 16) | (w[from + j]! & 0xffff);
      }
      from += n;
    }
    this.mask = mask;
    this.slots = slots;
    this.overflow = overflow;
  }

  /** Builds the model from averaged rows (keys non-zero and distinct); at most 255 classes and 255 entries a row. */
  static fromRows(classes: number, rows: readonly FinalRow[]): CompactModel {
    if (classes > 255) throw new Error(`a compact model holds at most 255 classes, not ${classes}`);
    // In the order of their home slots, so that building the table walks it front to back.
    const mask = capacityFor(rows.length) - 1;
    const sorted = [...rows].sort((a, b) => (a.key & mask) - (b.key & mask) || a.key - b.key);
    let max = 0;
    let nnz = 0;
    for (const r of sorted) {
      nnz += r.cls.length;
      for (const v of r.w) max = Math.max(max, Math.abs(v));
    }
    const scale = max / 32767 || 1;
    const keys = new Uint32Array(sorted.length);
    const length = new Uint8Array(sorted.length);
    const cls = new Uint8Array(nnz);
    const w = new Int16Array(nnz);
    let at = 0;
    sorted.forEach((r, i) => {
      keys[i] = r.key;
      length[i] = r.cls.length;
      r.cls.forEach((c, j) => {
        cls[at] = c;
        w[at] = Math.round(r.w[j]! / scale);
        at++;
      });
    });
    return new CompactModel({ classes, scale, keys, length, cls, w });
  }

  score(keys: Uint32Array, n: number, out: Float64Array): void {
    const slots = this.slots;
    const overflow = this.overflow;
    const mask = this.mask;
    if (n > this.found.length) this.found = new Int32Array(n);
    const found = this.found;
    // The table does not fit in any cache, so each lookup waits on memory. Three passes (find every
    // key's slot, touch every long row, then add) let those waits overlap instead of queueing behind
    // each row's additions; the sums, integers, are the same in any order.
    let m = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]! | 0;
      let slot = key & mask;
      let k = slots[slot * 4]!;
      while (k !== 0 && k !== key) {
        slot = (slot + 1) & mask;
        k = slots[slot * 4]!;
      }
      if (k !== 0) found[m++] = slot;
    }
    let touched = 0;
    for (let i = 0; i < m; i++) {
      const meta = slots[found[i]! * 4 + 1]!;
      if ((meta & 0xff) > 2) touched ^= overflow[meta >>> 8]!;
    }
    this.touched = touched;
    for (let i = 0; i < m; i++) {
      const slot = found[i]!;
      const meta = slots[slot * 4 + 1]!;
      const count = meta & 0xff;
      if (count <= 2) {
        for (let j = 0; j < count; j++) {
          const e = slots[slot * 4 + 2 + j]!;
          out[(e >>> 16) & 0xff]! += (e << 16) >> 16;
        }
      } else {
        const from = meta >>> 8;
        const to = from + count;
        for (let j = from; j < to; j++) {
          const e = overflow[j]!;
          out[(e >>> 16) & 0xff]! += (e << 16) >> 16;
        }
      }
    }
  }
}
