/** Citations: a quoted span of a stored article, with what a reader needs to find the article. */
import type { Store, StoredEvent } from "../store/store.js";
import type { Citation, CitedEvent } from "./brief.js";

type ArticleMeta = Pick<Citation, "articleId" | "outlet" | "title" | "published" | "url" | "origin">;

/** Makes citations from article ids and spans, reading each article's details once. */
export function citer(store: Store) {
  const meta = new Map<number, Promise<ArticleMeta>>();
  const lookup = (id: number): Promise<ArticleMeta> => {
    let found = meta.get(id);
    if (!found) {
      found = store.articleDetail(id).then((d) => {
        if (!d) throw new Error(`article ${id} is cited by a stored event but is not stored`);
        return {
          articleId: d.id,
          outlet: d.outlet,
          title: d.title,
          published: d.published,
          url: d.url,
          origin: d.origin,
        };
      });
      meta.set(id, found);
    }
    return found;
  };
  const cite = async (articleId: number, quote: string, start: number, end: number): Promise<Citation> => ({
    ...(await lookup(articleId)),
    quote,
    start,
    end,
  });
  const citeEvent = async (e: StoredEvent): Promise<CitedEvent> => ({
    source: e.source,
    target: e.target,
    symmetric: e.symmetric,
    cameo: e.cameo,
    date: e.date,
    modality: e.modality,
    goldstein: e.goldstein,
    citation: await cite(e.articleId, e.evidence, e.start, e.end),
  });
  return { cite, citeEvent };
}

export type Citer = ReturnType<typeof citer>;
