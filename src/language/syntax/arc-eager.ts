/**
 * The arc-eager transition system (Nivre 2003) over words 1..n with an artificial root 0, and the
 * dynamic oracle's costs (Goldberg & Nivre 2012): how many gold arcs a transition makes unreachable.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;

/** Transition classes: SHIFT, REDUCE, then LEFT-label and RIGHT-label for every label. */
export const moveOf = (c: number, labels: number): number => (c < 2 ? c : c < 2 + labels ? LEFT : RIGHT);
export const labelOf = (c: number, labels: number): number =>
  c < 2 ? -1 : c < 2 + labels ? c - 2 : c - 2 - labels;

export class ArcEagerState {
  readonly stack: Int32Array;
  sp = 1;
  /** Front of the buffer; n + 1 when it is empty. */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost children, 0 for none. */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Bit sets of the labels of left and right children (label mod 31). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;
  rootTaken = false;
  /** The buffer holds only a word put back by `unshift`: no SHIFT, and it leaves the buffer empty. */
  unshifted = false;

  constructor(
    readonly n: number,
    readonly rootLabel: number,
  ) {
    const size = n + 2;
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.lc1 = new Int32Array(size);
    this.lc2 = new Int32Array(size);
    this.rc1 = new Int32Array(size);
    this.rc2 = new Int32Array(size);
    this.nLeft = new Int32Array(size);
    this.nRight = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
  }

  get s0(): number {
    return this.stack[this.sp - 1]!;
  }

  get done(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  valid(move: number, label: number): boolean {
    const s0 = this.s0;
    const bufferEmpty = this.b > this.n;
    switch (move) {
      case SHIFT:
        return !bufferEmpty && !this.unshifted;
      case REDUCE:
        // With the buffer empty a headless word is popped too (it is attached after parsing).
        return s0 !== 0 && (this.heads[s0]! >= 0 || bufferEmpty);
      case LEFT:
        return !bufferEmpty && s0 !== 0 && this.heads[s0]! < 0 && label !== this.rootLabel;
      default:
        if (bufferEmpty) return false;
        return s0 === 0 ? label === this.rootLabel && !this.rootTaken : label !== this.rootLabel;
    }
  }

  apply(move: number, label: number): void {
    const s0 = this.s0;
    switch (move) {
      case SHIFT:
        this.stack[this.sp++] = this.b++;
        break;
      case REDUCE:
        this.sp--;
        break;
      case LEFT:
        this.arc(this.b, s0, label);
        this.sp--;
        break;
      default:
        this.arc(s0, this.b, label);
        if (s0 === 0) this.rootTaken = true;
        this.stack[this.sp++] = this.b;
        this.b = this.unshifted ? this.n + 1 : this.b + 1;
        this.unshifted = false;
    }
  }

  /**
   * Decoding only (Nivre & Fernández-González 2014, the tree constraint): with the buffer empty, a
   * headless word on the stack goes back to the buffer, so the model attaches it to a word left of it or
   * makes it their head, instead of leaving it to hang from the root word.
   */
  unshift(): void {
    this.b = this.stack[--this.sp]!;
    this.unshifted = true;
  }

  private arc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label % 31);
    if (dep < head) {
      // Left children arrive from the nearest outwards, so the newest is the leftmost.
      this.lc2[head] = this.lc1[head]!;
      this.lc1[head] = dep;
      this.nLeft[head]!++;
      this.leftLabels[head]! |= bit;
    } else {
      this.rc2[head] = this.rc1[head]!;
      this.rc1[head] = dep;
      this.nRight[head]!++;
      this.rightLabels[head]! |= bit;
    }
  }

  /**
   * Gold arcs lost by a transition, for gold heads `gh` and labels `gl` (index 0 unused).
   * A wrong label on the arc a transition makes costs one; a negative `label` leaves labels out.
   */
  cost(move: number, label: number, gh: Int32Array, gl: Int32Array): number {
    const s0 = this.s0;
    const b0 = this.b;
    const n = this.n;
    let cost = 0;
    switch (move) {
      case SHIFT:
        // b0 can no longer take a head or dependents on the stack.
        for (let i = 0; i < this.sp; i++) {
          const k = this.stack[i]!;
          if (gh[b0] === k && !(k === 0 && this.rootTaken)) cost++;
          if (gh[k] === b0 && this.heads[k]! < 0) cost++;
        }
        return cost;
      case REDUCE:
        // s0 can no longer take dependents in the buffer.
        for (let k = b0; k <= n; k++) if (gh[k] === s0) cost++;
        return cost;
      case LEFT:
        // s0 can no longer take a head (other than b0) or dependents in the buffer.
        for (let k = b0; k <= n; k++) {
          if (gh[k] === s0) cost++;
          if (k !== b0 && gh[s0] === k) cost++;
        }
        if (label >= 0 && gh[s0] === b0 && gl[s0] !== label) cost++;
        return cost;
      default:
        // b0 can no longer take a head other than s0, or dependents on the stack.
        for (let k = b0 + 1; k <= n; k++) if (gh[b0] === k) cost++;
        for (let i = 0; i < this.sp; i++) {
          const k = this.stack[i]!;
          if (k !== s0 && gh[b0] === k && !(k === 0 && this.rootTaken)) cost++;
          if (gh[k] === b0 && this.heads[k]! < 0) cost++;
        }
        if (label >= 0 && gh[b0] === s0 && gl[b0] !== label) cost++;
        return cost;
    }
  }
}
