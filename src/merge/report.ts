/** A stored event as merging sees it: its coded values, its specifics and where it came from. */
import type { EventContext } from "../domain/types.js";
import type { StoredEvent } from "../domain/records.js";

/** The stored event's coded values, plus what ordering and comparing reports needs. */
export type Report = Pick<
  StoredEvent,
  | "id"
  | "articleId"
  | "article"
  | "outlet"
  | "source"
  | "target"
  | "symmetric"
  | "code"
  | "cameo"
  | "quad"
  | "goldstein"
  | "date"
  | "modality"
  | "sector"
  | "amountValue"
  | "amountUnit"
  | "evidence"
  | "start"
  | "end"
> & {
  /** Content hash of the article: orders reports the same way whatever order they were ingested in. */
  readonly articleHash: string;
  readonly context: EventContext;
};

/** A key that depends only on content, never on database ids. */
export function reportKey(r: Report): string {
  return `${r.articleHash}:${String(r.start).padStart(8, "0")}:${String(r.end).padStart(8, "0")}:${r.source}:${r.target}:${r.cameo}:${r.date ?? ""}:${r.modality}`;
}

export const EMPTY_CONTEXT: EventContext = {
  sentenceStart: 0,
  sentenceEnd: 0,
  agents: [],
  persons: [],
  places: [],
  named: [],
  terms: [],
};
