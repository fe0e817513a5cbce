/** Stores one article sent to the API, through the same cleaning, checks and coding as `dyad ingest`. */
import { DEFAULT_BUDGET, startCoder, type Budget, type Coder } from "../ingest/coding-thread.js";
import type { InputItem } from "../ingest/collect-inputs.js";
import { extractorVersion } from "../pipeline/extractor-version.js";
import { decodeText } from "../read/read-file.js";
import { detectFormat } from "../read/load-article.js";
import { isCalendarDay } from "../domain/calendar.js";
import { dyadKey } from "../domain/records.js";
import type { StoredEvent, Store } from "../store/store.js";
import { HttpError } from "./http-error.js";
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

export interface Added {
  readonly created: boolean;
  readonly id: number;
  readonly events: readonly StoredEvent[];
  /** What was noticed in the article but did not stop it (a page read as plain text past a structural limit). */
  readonly warnings: readonly string[];
}

const CORPUS = /\.(jsonl|ndjson|json)$/i;
/** Codes off the request thread, within the per-article budget, so one hostile page cannot stall the server. */
let coder: Coder | null = null;

/** Validates, codes and stores; 400 with the CLI's reason when the input is not article text. */
export async function addArticle(
  store: Store,
  s: Submission,
  budget: Budget = DEFAULT_BUDGET,
): Promise<Added> {
  const name = s.filename ?? "pasted text";
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
  const item: InputItem = {
    origin: `web: ${s.filename ?? blank(s.title) ?? "pasted text"}`,
    content: read.content,
    format: detectFormat(name, read.content),
    title: blank(s.title),
    url: blank(s.url),
    published: blank(s.published),
    source: blank(s.source),
  };
  // Loading the language model takes a moment: done on the first article, not at start-up.
  const outcome = await (coder ??= startCoder({ known: [], version: extractorVersion() }, budget)).code(item);
  if (outcome.kind === "failed") throw new HttpError(400, `${name}: ${outcome.reason}`);
  if (outcome.kind === "present") throw new Error("unreachable: no hashes were given as known");
  const record = outcome.record;
  const created = await store.addArticle(record);
  const id = await store.articleIdByHash(record.hash);
  if (id === null) throw new Error(`article ${record.hash} was not found after storing it`);
  const dyads = [...new Set(record.events.map((e) => dyadKey(e.source, e.target)))];
  if (created && dyads.length > 0) await updateClusters(store, dyads);
  const detail = await store.articleDetail(id);
  return { created, id, events: detail?.eventList ?? [], warnings: outcome.notes };
}
