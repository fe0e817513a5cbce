/** Reads one input (a file path or "-" for standard input) and checks it is usable article text. */
import { readFileSync, statSync } from "node:fs";

export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly name: string; readonly content: string }
  | { readonly ok: false; readonly name: string; readonly reason: string };

const SIGNATURES: readonly [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive (or .docx/.xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** Checks bytes are non-empty UTF-8 text; returns the text or why not. */
export function decodeText(name: string, bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, name, reason: "file is empty" };
  for (const [kind, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b))
      return { ok: false, name, reason: `binary file (${kind}), not article text` };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, name, reason: "binary file (contains NUL bytes), not article text" };
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, name, reason: "not valid UTF-8 text (convert it with iconv -t UTF-8 first)" };
  }
  content = content.replace(/^\uFEFF/, "");
  if (content.trim() === "") return { ok: false, name, reason: "file has no text (only white space)" };
  return { ok: true, name, content };
}

/** Why a path cannot be read as a file (missing, a folder, a pipe that would block, no permission), or its size. */
export function regularFile(path: string): { ok: true; size: number } | { ok: false; reason: string } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: "is a directory; give the article files inside it" };
    if (!stat.isFile()) return { ok: false, reason: "is not a regular file" };
    return { ok: true, size: stat.size };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason:
        code === "ENOENT"
          ? "no such file"
          : code === "EACCES"
            ? "permission denied"
            : `cannot read (${code ?? String(e)})`,
    };
  }
}

/** Reads a path, or standard input for "-"; never throws for bad input. */
export function readInput(path: string, stdin: () => Uint8Array = () => readFileSync(0)): ReadResult {
  if (path === "-") return decodeText("<stdin>", stdin());
  const file = regularFile(path);
  if (!file.ok) return { ok: false, name: path, reason: file.reason };
  const size = file.size;
  if (size > MAX_BYTES)
    return {
      ok: false,
      name: path,
      reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit for one article`,
    };
  try {
    return decodeText(path, readFileSync(path));
  } catch (e) {
    return {
      ok: false,
      name: path,
      reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    };
  }
}
