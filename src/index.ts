/** The public library surface of dyad. */
export { extract, extractArticle, createExtractor } from "./pipeline/extract.js";
export type { Extraction, ExtractOptions, Extractor, SentenceReport } from "./pipeline/extract.js";
export { loadArticle } from "./read/load-article.js";
export { loadDictionary } from "./actors/dictionary.js";
export type * from "./domain/types.js";
export { MODALITIES, SECTORS, ROLES } from "./domain/vocabulary.js";
export { cameo, quadOf } from "./domain/cameo.js";
