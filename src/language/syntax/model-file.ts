/**
 * The syntax model file (`data/models/syntax.bin.gz`): a JSON header (tag set, relations, tag
 * dictionary, provenance) and the typed arrays of the tagger's and the parser's compact models,
 * gzipped. Decoding copies the arrays out, so it needs no alignment from the buffer.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { CompactModel, type CompactArrays } from "./compact-model.js";
import { coarseTags, type ParserModel } from "./dependency-parser.js";
import type { TaggerModel } from "./tagger.js";

const MAGIC = "DYADSYN1";

export interface SyntaxModel {
  readonly tagger: TaggerModel;
  readonly parser: ParserModel;
  /** The coarse tag of each tag, for the parser's input. */
  readonly coarse: Int32Array;
  /** Where the weights came from and how they were trained. */
  readonly provenance: Readonly<Record<string, unknown>>;
}

export interface SyntaxModelParts {
  readonly tags: readonly string[];
  readonly labels: readonly string[];
  readonly dictionary: ReadonlyMap<string, number>;
  readonly tagger: CompactModel;
  readonly parser: CompactModel;
  readonly provenance: Readonly<Record<string, unknown>>;
}

interface ArraysHeader {
  classes: number;
  scale: number;
  capacity: number;
  nnz: number;
}

const headerOf = (a: CompactArrays): ArraysHeader => ({
  classes: a.classes,
  scale: a.scale,
  capacity: a.keys.length,
  nnz: a.cls.length,
});
const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const pad = (n: number): Buffer => Buffer.alloc((4 - (n % 4)) % 4);

export function encodeSyntaxModel(m: SyntaxModelParts): Buffer {
  const header = {
    tags: m.tags,
    labels: m.labels,
    dictionary: [...m.dictionary],
    tagger: headerOf(m.tagger.arrays),
    parser: headerOf(m.parser.arrays),
    provenance: m.provenance,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const parts: Buffer[] = [Buffer.from(MAGIC, "latin1"), length, json, pad(json.length)];
  for (const a of [m.tagger.arrays, m.parser.arrays]) {
    for (const view of [a.keys, a.start, a.length, a.cls, a.w]) parts.push(bytes(view), pad(view.byteLength));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export class ModelFileError extends Error {}

export function decodeSyntaxModel(gz: Buffer): SyntaxModel {
  const raw = gunzipSync(gz);
  if (raw.toString("latin1", 0, 8) !== MAGIC)
    throw new ModelFileError("not a dyad syntax model (wrong magic bytes)");
  const jsonLength = raw.readUInt32LE(8);
  const header = JSON.parse(raw.toString("utf8", 12, 12 + jsonLength)) as {
    tags: string[];
    labels: string[];
    dictionary: [string, number][];
    tagger: ArraysHeader;
    parser: ArraysHeader;
    provenance: Record<string, unknown>;
  };
  let at = 12 + jsonLength;
  at += (4 - (at % 4)) % 4;
  const take = (byteLength: number): ArrayBuffer => {
    const copy = new ArrayBuffer(byteLength);
    new Uint8Array(copy).set(raw.subarray(at, at + byteLength));
    at += byteLength + ((4 - (byteLength % 4)) % 4);
    return copy;
  };
  const read = (h: ArraysHeader): CompactModel =>
    new CompactModel({
      classes: h.classes,
      scale: h.scale,
      keys: new Uint32Array(take(h.capacity * 4)),
      start: new Uint32Array(take(h.capacity * 4)),
      length: new Uint8Array(take(h.capacity)),
      cls: new Uint8Array(take(h.nnz)),
      w: new Int16Array(take(h.nnz * 2)),
    });
  const tagger = read(header.tagger);
  const parser = read(header.parser);
  if (at > raw.length) throw new ModelFileError("the model file is truncated");
  return {
    tagger: { scorer: tagger, tags: header.tags, dictionary: new Map(header.dictionary) },
    parser: { scorer: parser, labels: header.labels },
    coarse: coarseTags(header.tags),
    provenance: header.provenance,
  };
}
