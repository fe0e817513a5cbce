/** CoNLL-U, the format of Universal Dependencies treebanks: reading (for training and evaluation) and writing (for `dyad parse`). */

/** One syntactic word of a treebank sentence. Heads count from 1; 0 is the root. */
export interface TreebankWord {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly head: number;
  readonly rel: string;
  /** False where the treebank says `SpaceAfter=No`. */
  readonly spaceAfter: boolean;
}

export interface TreebankSentence {
  readonly id: string;
  readonly text: string;
  readonly words: readonly TreebankWord[];
}

/** Reads every sentence of a CoNLL-U file; multiword-token ranges and empty nodes are skipped (their words are listed on their own lines). */
export function readConllu(source: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let id = "";
  let text = "";
  let words: TreebankWord[] = [];
  const flush = (): void => {
    if (words.length) sentences.push({ id, text, words });
    id = "";
    text = "";
    words = [];
  };
  for (const line of source.split("\n")) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m?.[1] === "sent_id") id = m[2] ?? "";
      else if (m?.[1] === "text") text = m[2] ?? "";
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10 || !/^\d+$/.test(cols[0] ?? "")) continue;
    const [, form = "", lemma = "", upos = "", xpos = "", , head = "0", rel = "dep", , misc = ""] = cols;
    words.push({
      form,
      lemma,
      upos,
      xpos,
      head: Number(head),
      rel,
      spaceAfter: !/(^|\|)SpaceAfter=No(\||$)/.test(misc),
    });
  }
  flush();
  return sentences;
}

/** A parsed word to print as CoNLL-U: the same fields as a treebank's. */
export type ConlluRow = TreebankWord;

const field = (s: string): string => (s === "" ? "_" : s.replace(/[\t\n]/g, " "));

/** Writes one sentence in CoNLL-U, readable by any UD viewer. */
export function writeConllu(id: string, text: string, rows: readonly ConlluRow[]): string {
  const lines = [`# sent_id = ${id}`, `# text = ${text.replace(/\s+/g, " ")}`];
  rows.forEach((r, i) => {
    lines.push(
      [
        i + 1,
        field(r.form),
        field(r.lemma),
        field(r.upos),
        field(r.xpos),
        "_",
        r.head,
        r.rel,
        "_",
        r.spaceAfter ? "_" : "SpaceAfter=No",
      ].join("\t"),
    );
  });
  return `${lines.join("\n")}\n\n`;
}
