/** Cleans, hashes and codes one input item; shared by the in-process path and the worker threads. */
import { createHash } from "node:crypto";
import { extractArticle, type Extractor } from "../pipeline/extract.js";
import { loadArticle } from "../read/load-article.js";
import type { ArticleRecord } from "../domain/records.js";
import type { InputItem } from "./collect-inputs.js";

export type ItemOutcome =
  | { readonly kind: "new"; readonly record: ArticleRecord; readonly notes: readonly string[] }
  | { readonly kind: "present"; readonly origin: string }
  | { readonly kind: "failed"; readonly origin: string; readonly reason: string };

/** sha256 of the cleaned text, so one article saved as HTML and as text is stored once. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

export function codeItem(
  item: InputItem,
  known: ReadonlySet<string>,
  extractor: Extractor,
  version: string,
): ItemOutcome {
  try {
    const loaded = loadArticle(item.content, {
      id: item.origin,
      ...(item.format ? { format: item.format } : {}),
      published: item.published ?? null,
    });
    if (!loaded.article.text.trim())
      return {
        kind: "failed",
        origin: item.origin,
        reason: "no article text left after removing page clutter",
      };
    const hash = contentHash(loaded.article.text);
    if (known.has(hash)) return { kind: "present", origin: item.origin };
    const article = { ...loaded.article, title: item.title ?? loaded.article.title };
    const x = extractArticle(article, loaded.blocks, extractor, loaded.removed);
    return {
      kind: "new",
      record: {
        hash,
        origin: item.origin,
        title: article.title,
        url: item.url ?? null,
        published: article.published,
        source: item.source ?? loaded.outlet,
        text: article.text,
        format: article.format,
        blocks: loaded.blocks,
        mentions: x.sentences.flatMap((s) => s.mentions),
        events: x.events,
        slants: x.slants,
        extractorVersion: version,
      },
      notes: [...loaded.notes, ...x.messages.map((m) => m.reason)],
    };
  } catch (e) {
    // A bug in one article must not stop a corpus: report it with the article named.
    return {
      kind: "failed",
      origin: item.origin,
      reason: `extraction failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
