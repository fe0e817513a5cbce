/** Stores one article sent to the API, through the same cleaning, checks and coding as `dyad ingest`. */
import type { Coder } from "../ingest/coding-thread.js";
import type { InputItem } from "../ingest/collect-inputs.js";
import { decodeText } from "../read/read-file.js";
import { detectFormat } from "../read/load-article.js";
import { isCalendarDay } from "../domain/calendar.js";
import { dyadKey } from "../domain/records.js";
import type { Store } from "../store/store.js";
import { HttpError } from "./http-error.js";
import type { Added } from "./job-view.js";
import { updateClusters } from "../merge/recluster.js";

/** What a client sends: the article's bytes and what it knows about it. */
export interface Submission {
  readonly bytes: Uint8Array;
  /** File name of an upload, for the format (.html, .md) and the article's origin. */
  readonly filename?: string;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly source?: string;
}

export type { Added };

/** The steps after coding, in order, reported as they start. */
export type StoreStage = "storing" | "clustering";

const CORPUS = /\.(jsonl|ndjson|json)$/i;

/** The name an article is called by in messages: its file name, or "pasted text". */
export const submissionName = (s: Submission): string => s.filename ?? "pasted text";

/**
 * The checks that need no coding (a corpus file, binary bytes, bad UTF-8, no text, a published date that
 * is no day), as 400s with the CLI's reasons; milliseconds even for the largest article accepted.
 */
export function articleItem(s: Submission): InputItem {
  const name = submissionName(s);
  // A corpus coded as one article would be its records' JSON read as prose.
  if (s.filename && CORPUS.test(s.filename))
    throw new HttpError(
      400,
      `${s.filename}: a corpus file (one record per line or a JSON list) is loaded with \`dyad ingest\`; this takes one article (.txt, .md, .html)`,
    );
  const read = decodeText(name, s.bytes);
  if (!read.ok) throw new HttpError(400, `${name}: ${read.reason}`);
  if (s.published !== undefined && s.published !== "" && !isCalendarDay(s.published))
    throw new HttpError(400, `published "${s.published}": expected a real day, YYYY-MM-DD`);
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);
  return {
    origin: `web: ${s.filename ?? blank(s.title) ?? "pasted text"}`,
    content: read.content,
    format: detectFormat(name, read.content),
    title: blank(s.title),
    url: blank(s.url),
    published: blank(s.published),
    source: blank(s.source),
  };
}

/**
 * Codes (on the coder's thread), stores and re-clusters one checked article; a 400 with the reason when
 * its content is not article text or it is past the per-article budget.
 */
export async function codeAndStore(
  store: Store,
  coder: Coder,
  item: InputItem,
  name: string,
  stage: (s: StoreStage) => void = () => undefined,
): Promise<Added> {
  const outcome = await coder.code(item);
  if (outcome.kind === "failed") throw new HttpError(400, `${name}: ${outcome.reason}`);
  if (outcome.kind === "present") throw new Error("unreachable: no hashes were given as known");
  const record = outcome.record;
  stage("storing");
  const created = await store.addArticle(record);
  const id = await store.articleIdByHash(record.hash);
  if (id === null) throw new Error(`article ${record.hash} was not found after storing it`);
  const dyads = [...new Set(record.events.map((e) => dyadKey(e.source, e.target)))];
  stage("clustering");
  if (created && dyads.length > 0) await updateClusters(store, dyads);
  const detail = await store.articleDetail(id);
  return { created, id, events: detail?.eventList ?? [], warnings: outcome.notes };
}
