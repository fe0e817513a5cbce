/** Reads the shipped syntax model (or another one) from disk. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeSyntaxModel, ModelFileError, type SyntaxModel } from "./model-file.js";

export const DEFAULT_SYNTAX_MODEL = fileURLToPath(
  new URL("../../../data/models/syntax.bin", import.meta.url),
);

export function loadSyntaxModel(path: string = DEFAULT_SYNTAX_MODEL): SyntaxModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ModelFileError(
      `${path}: cannot read the syntax model (${(e as NodeJS.ErrnoException).code ?? String(e)}); run npm run train:parser to rebuild it`,
    );
  }
  try {
    return decodeSyntaxModel(bytes);
  } catch (e) {
    throw new ModelFileError(
      `${path}: not a usable syntax model (${(e as Error).message}); run npm run train:parser to rebuild it`,
    );
  }
}
