/**
 * The syntax model file (`data/models/syntax.bin`): a JSON header (tag set, relations, tag
 * dictionary, provenance) and the typed arrays of the tagger's and the parser's compact models, each
 * padded to 4 bytes. Not compressed: inflating took longer than building the tables, and dense rows
 * keep the file within the repository's budget. A gzipped copy is read too.
 */
import { gunzipSync } from "node:zlib";
import { CompactModel, type CompactArrays } from "./compact-model.js";
import { coarseTags, type ParserModel } from "./dependency-parser.js";
import type { TaggerModel } from "./tagger.js";

const MAGIC = "DYADSYN2";

export interface SyntaxModel {
  readonly tagger: TaggerModel;
  readonly parser: ParserModel;
  /** The coarse tag of each tag, for the parser's input. */
  readonly coarse: Int32Array;
  /** 1 for each tag of punctuation, which heads no word in a parse (UD keeps it a leaf). */
  readonly leaf: Uint8Array;
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
  rows: number;
  nnz: number;
}

const headerOf = (a: CompactArrays): ArraysHeader => ({
  classes: a.classes,
  scale: a.scale,
  rows: a.keys.length,
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
    for (const view of [a.keys, a.length, a.cls, a.w]) parts.push(bytes(view), pad(view.byteLength));
  }
  return Buffer.concat(parts);
}

export class ModelFileError extends Error {}

export function decodeSyntaxModel(file: Buffer): SyntaxModel {
  const raw = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const magic = raw.toString("latin1", 0, 8);
  if (magic === "DYADSYN1")
    throw new ModelFileError("a syntax model of an older format (DYADSYN1), which this dyad no longer reads");
  if (magic !== MAGIC) throw new ModelFileError("not a dyad syntax model (wrong magic bytes)");
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
  // Views on the file's own memory where it is aligned (every array starts on 4 bytes), else copies.
  const aligned = raw.byteOffset % 4 === 0;
  const take = (byteLength: number): { buffer: ArrayBufferLike; at: number } => {
    if (at + byteLength > raw.length) throw new ModelFileError("the model file is truncated");
    const from = at;
    at += byteLength + ((4 - (byteLength % 4)) % 4);
    if (aligned) return { buffer: raw.buffer, at: raw.byteOffset + from };
    const copy = new ArrayBuffer(byteLength);
    new Uint8Array(copy).set(raw.subarray(from, from + byteLength));
    return { buffer: copy, at: 0 };
  };
  const view = <T>(
    Typed: { new (buffer: ArrayBufferLike, at: number, length: number): T; BYTES_PER_ELEMENT: number },
    n: number,
  ): T => {
    const t = take(n * Typed.BYTES_PER_ELEMENT);
    return new Typed(t.buffer, t.at, n);
  };
  const read = (h: ArraysHeader): CompactModel =>
    new CompactModel({
      classes: h.classes,
      scale: h.scale,
      keys: view(Uint32Array, h.rows),
      length: view(Uint8Array, h.rows),
      cls: view(Uint8Array, h.nnz),
      w: view(Int16Array, h.nnz),
    });
  const tagger = read(header.tagger);
  const parser = read(header.parser);
  return {
    tagger: { scorer: tagger, tags: header.tags, dictionary: new Map(header.dictionary) },
    parser: { scorer: parser, labels: header.labels },
    coarse: coarseTags(header.tags),
    leaf: Uint8Array.from(header.tags, (t) => (t.startsWith("PUNCT ") ? 1 : 0)),
    provenance: header.provenance,
  };
}
