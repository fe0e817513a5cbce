/**
 * One page of a list kept in (sort date, id) order by an index, in either direction. Newest first puts
 * undated rows after every dated one (their sort date is the far future, so a plain descending walk would
 * open with them): the dated rows are walked down their index, then the undated ones, newest stored first.
 */
import { UNDATED_SORT_DATE } from "../date-range.js";
import type { Page } from "../store.js";

/** Which rows one walk of the index reads. */
export interface Walk<K> {
  readonly span: "all" | "dated" | "undated";
  readonly descending: boolean;
  /** Rows strictly past this key in the walk's direction. */
  readonly from: readonly [string, K] | null;
  readonly limit: number;
  readonly offset: number;
}

export async function orderedPage<R, K>(
  page: Page,
  cursor: readonly [string, K] | null,
  walk: (w: Walk<K>) => Promise<R[]>,
  countDated: () => Promise<number>,
): Promise<R[]> {
  const { limit } = page;
  const offset = "offset" in page ? page.offset : 0;
  if (page.order !== "newest") return walk({ span: "all", descending: false, from: cursor, limit, offset });
  if (cursor && cursor[0] === UNDATED_SORT_DATE)
    return walk({ span: "undated", descending: true, from: cursor, limit, offset: 0 });
  const dated = await walk({ span: "dated", descending: true, from: cursor, limit, offset });
  if (dated.length === limit) return dated;
  // The dated rows ran out on this page: it goes on with the undated ones, from where the offset falls among them.
  const undatedOffset =
    cursor !== null || dated.length > 0 || offset === 0 ? 0 : offset - (await countDated());
  const undated = await walk({
    span: "undated",
    descending: true,
    from: null,
    limit: limit - dated.length,
    offset: Math.max(0, undatedOffset),
  });
  return [...dated, ...undated];
}
