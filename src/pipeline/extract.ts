/** The extraction pipeline: cleaned article in, coded events and messages out. */
import type { Article, ArticleSlant, EventRecord, ExtractionMessage } from "../domain/types.js";
import { loadArticle, type InputFormat } from "../read/load-article.js";
import type { Block } from "../read/clean-text.js";
import { newDoc, type SentenceReport } from "./doc.js";
import type { Extractor } from "./extractor.js";
import { STAGES } from "./stages.js";

export { createExtractor, type Extractor } from "./extractor.js";
export type { SentenceReport } from "./doc.js";

export interface Extraction {
  readonly article: Article;
  readonly events: EventRecord[];
  /** How the article frames each dyad it reports. */
  readonly slants: ArticleSlant[];
  readonly sentences: SentenceReport[];
  readonly removed: readonly string[];
  /** What reading and extracting noticed in the input: a file read differently, dates left undated. */
  readonly messages: readonly ExtractionMessage[];
}

export interface ExtractOptions {
  /** Article id printed in each record (a file name). */
  readonly id?: string;
  readonly published?: string | null;
  readonly format?: InputFormat;
  readonly extractor: Extractor;
}

/** Runs the pipeline on raw article contents (text, Markdown or HTML). */
export function extract(content: string, options: ExtractOptions): Extraction {
  const loaded = loadArticle(content, {
    id: options.id ?? "-",
    ...(options.format ? { format: options.format } : {}),
    published: options.published ?? null,
  });
  const read = loaded.notes.map((reason) => ({ rule: "read", span: null, reason }));
  return extractArticle(loaded.article, loaded.blocks, options.extractor, loaded.removed, read);
}

/** Runs the language, actor and event stages on a cleaned article. */
export function extractArticle(
  article: Article,
  blocks: readonly Block[],
  extractor: Extractor,
  removed: readonly string[] = [],
  messages: readonly ExtractionMessage[] = [],
): Extraction {
  const doc = newDoc(article, blocks, removed, messages);
  for (const stage of STAGES) stage.run(doc, extractor);
  return {
    article,
    events: doc.events,
    slants: doc.slants,
    sentences: doc.reports,
    removed,
    messages: doc.messages,
  };
}
