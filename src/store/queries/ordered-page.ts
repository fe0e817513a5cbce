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

/** Which rows of an actor one side reads: those it did, or those done to it by others. */
export type ActorSide = "source" | "target";

/**
 * One walk over the rows of some actors, in list order. An OR over source and target follows neither
 * index in order (SQLite would read every row of the actor for one page), so each side is walked down
 * its own index, as far as the page could reach into it, and the two are merged.
 */
export async function walkActorSides<R extends { sort_date: string; id: string | number }, K>(
  w: Walk<K>,
  side: (which: ActorSide, w: Walk<K>) => Promise<R[]>,
): Promise<R[]> {
  const each = { ...w, limit: w.limit + w.offset, offset: 0 };
  const [bySource, byTarget] = await Promise.all([side("source", each), side("target", each)]);
  return merged(bySource, byTarget, w.descending).slice(w.offset, w.offset + w.limit);
}

/** Two lists, each in (sort date, id) order in the walk's direction, as one list in that order. */
function merged<R extends { sort_date: string; id: string | number }>(
  a: readonly R[],
  b: readonly R[],
  descending: boolean,
): R[] {
  const before = (x: R, y: R) => {
    const ascending = x.sort_date < y.sort_date || (x.sort_date === y.sort_date && x.id < y.id);
    return descending ? !ascending : ascending;
  };
  const out: R[] = [];
  let i = 0,
    j = 0;
  for (let x = a[i], y = b[j]; x !== undefined || y !== undefined; x = a[i], y = b[j]) {
    if (y === undefined || (x !== undefined && before(x, y))) {
      if (x !== undefined) out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
