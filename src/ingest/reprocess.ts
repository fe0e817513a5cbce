/** Re-codes stored articles after the dictionaries or the extractor changed. */
import { extractorVersion } from "../pipeline/extractor-version.js";
import type { Store } from "../store/store.js";
import { startCoder, type Budget } from "./coding-thread.js";
import { updateClusters } from "../merge/recluster.js";

export interface ReprocessSummary {
  readonly articles: number;
  readonly events: number;
  readonly version: string;
  /** Articles past the budget: they keep their earlier coding and stay outdated, so a later run tries them again. */
  readonly failed: readonly { readonly origin: string; readonly reason: string }[];
}

/** Re-codes the articles made by another extractor version, or every article with `all`, each within the budget. */
export async function reprocess(
  store: Store,
  all: boolean,
  stopped: () => boolean = () => false,
  budget?: Budget,
): Promise<ReprocessSummary> {
  const version = extractorVersion();
  const coder = startCoder({ known: [], version }, budget);
  let articles = 0,
    events = 0;
  const failed: { origin: string; reason: string }[] = [];
  try {
    for (const id of await store.staleArticles(all ? null : version)) {
      if (stopped()) break;
      const a = await store.article(id);
      if (!a) continue;
      const x = await coder.recode(
        { id: a.origin, title: a.title, published: a.published, text: a.text, format: a.format },
        a.blocks,
      );
      if (!x.ok) {
        failed.push({ origin: a.origin, reason: x.reason });
        continue;
      }
      const { sentences, events: coded, slants } = x.extraction;
      await store.replaceExtraction(
        id,
        sentences.flatMap((s) => s.mentions),
        coded,
        slants,
        version,
      );
      articles++;
      events += coded.length;
    }
  } finally {
    await coder.close();
  }
  // Re-coded events replace the old ones, so every cluster may have lost or gained members.
  if (articles) await updateClusters(store);
  return { articles, events, version, failed };
}
