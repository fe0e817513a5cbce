/** What the tagger and the parser need of a linear model: class scores for a bag of hashed features. */
export interface Scorer {
  readonly classes: number;
  /** Adds the weights of features keys[0..n) to `out` (one slot per class). */
  score(keys: Uint32Array, n: number, out: Float64Array): void;
}
