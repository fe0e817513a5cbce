/** Re-codes stored articles after the dictionaries or the extractor changed. */
import { createExtractor, extractArticle } from "../pipeline/extract.js";
import { extractorVersion } from "../pipeline/extractor-version.js";
import type { Store } from "../store/store.js";

export interface ReprocessSummary {
  readonly articles: number;
  readonly events: number;
  readonly version: string;
}

/** Re-codes the articles made by another extractor version, or every article with `all`. */
export async function reprocess(store: Store, all: boolean, stopped: () => boolean = () => false): Promise<ReprocessSummary> {
  const version = extractorVersion();
  const extractor = createExtractor();
  let articles = 0, events = 0;
  for (const id of await store.staleArticles(all ? null : version)) {
    if (stopped()) break;
    const a = await store.article(id);
    if (!a) continue;
    const x = extractArticle({ id: a.origin, title: a.title, published: a.published, text: a.text, format: a.format }, a.blocks, [], extractor);
    await store.replaceExtraction(id, x.sentences.flatMap((s) => s.mentions), x.events, x.slants, version);
    articles++;
    events += x.events.length;
  }
  // Re-coded events replace the old ones, so every cluster may have lost or gained members.
  if (articles) await store.updateClusters();
  return { articles, events, version };
}
