// Where the parser scripts find the repository and the built syntax modules (dist/language/syntax).
import { join, resolve } from "node:path";

/** The repository's root folder. */
export const root = resolve(new URL("..", import.meta.url).pathname);

/** A built module of the syntax stage, by file name ("conllu.js"); needs a build. */
export const syntaxLib = (m) => import(join(root, "dist/language/syntax", m));
