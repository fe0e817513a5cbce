/** `dyad parse FILE...`: the dependency tree of every sentence, as CoNLL-U or a table. */
import { isOneOf } from "../domain/vocabulary.js";
import { analyse } from "../language/analyse.js";
import { writeConllu } from "../language/syntax/conllu.js";
import { loadSyntaxModel } from "../language/syntax/load-syntax-model.js";
import { parseWords } from "../language/syntax/parse-words.js";
import { tokenHints } from "../language/parse-sentences.js";
import { loadArticle } from "../read/load-article.js";
import { readInput } from "../read/read-file.js";
import type { Io } from "./extract-command.js";
import { UsageError } from "./usage-error.js";
import { oneLine } from "./one-line.js";

export const PARSE_FORMATS = ["conllu", "table"] as const;

export interface ParseCommandOptions {
  readonly format: string;
}

export function runParse(files: readonly string[], options: ParseCommandOptions, io: Io): number {
  const format = options.format;
  if (!isOneOf(PARSE_FORMATS, format))
    throw new UsageError(`unknown --format "${format}" (use ${PARSE_FORMATS.join(", ")})`);
  if (files.length === 0) throw new UsageError("give at least one article file, or - for standard input");
  const model = loadSyntaxModel();
  let failed = 0;
  for (const file of files) {
    const input = readInput(file);
    if (!input.ok) {
      io.err(`dyad: ${oneLine(input.name)}: ${oneLine(input.reason)}\n`);
      failed++;
      continue;
    }
    const { article, blocks } = loadArticle(input.content, { id: file, published: null });
    const name = file === "-" ? "stdin" : (file.split("/").pop() ?? file);
    for (const sentence of analyse(article.text, blocks)) {
      const forms = sentence.tokens.map((t) => t.text);
      const words = parseWords(model, forms, tokenHints(sentence));
      const rows = sentence.tokens.map((t, i) => {
        const next = sentence.tokens[i + 1];
        return {
          form: t.text,
          lemma: t.lemma,
          upos: words[i]!.upos,
          xpos: words[i]!.xpos,
          head: words[i]!.head + 1,
          rel: words[i]!.rel,
          spaceAfter: !next || next.start > t.end,
        };
      });
      if (format === "conllu") io.out(writeConllu(`${name}#${sentence.index + 1}`, sentence.text, rows));
      else io.out(table(sentence.text, rows));
    }
  }
  return failed === files.length ? 1 : 0;
}

function table(
  text: string,
  rows: readonly { form: string; upos: string; head: number; rel: string }[],
): string {
  const width = Math.max(4, ...rows.map((r) => r.form.length));
  const lines = [
    text.replace(/\s+/g, " "),
    `${"#".padStart(3)}  ${"word".padEnd(width)}  ${"tag".padEnd(5)}  ${"head".padEnd(width)}  relation`,
  ];
  rows.forEach((r, i) => {
    const head = r.head === 0 ? "(root)" : `${r.head} ${rows[r.head - 1]?.form ?? ""}`;
    lines.push(
      `${String(i + 1).padStart(3)}  ${r.form.padEnd(width)}  ${r.upos.padEnd(5)}  ${head.padEnd(width)}  ${r.rel}`,
    );
  });
  return `${lines.join("\n")}\n\n`;
}
