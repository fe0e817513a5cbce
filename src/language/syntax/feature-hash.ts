/** Features as 32-bit hashes of a template number and up to three integer values: no strings on the hot path. */

/** A non-zero 32-bit hash of a feature template and its values (murmur3's mixing steps). */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b1, 0x85ebca6b);
  h = mix(h, a);
  h = mix(h, b);
  h = mix(h, c);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Interns strings (words, tags, labels) as small integers; 0 stands for unknown, 1 for none. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = ["<unk>", "<none>"];

  constructor(items: readonly string[] = []) {
    for (const s of items) this.add(s);
  }

  add(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }

  id(s: string): number {
    return this.ids.get(s) ?? 0;
  }

  get size(): number {
    return this.list.length;
  }

  /** Every interned string after the two reserved ones, in order. */
  items(): string[] {
    return this.list.slice(2);
  }
}
