/** What the API answers about an added article and its job; free of Node imports, so the web app shares it. */
import type { StoredEvent } from "../store/store.js";

/** An article once stored: `POST /api/articles?wait=true`, and a finished job's result. */
export interface Added {
  readonly created: boolean;
  readonly id: number;
  readonly events: readonly StoredEvent[];
  /** What was noticed in the article but did not stop it (a page read as plain text past a structural limit). */
  readonly warnings: readonly string[];
}

export const JOB_STATUSES = ["queued", "coding", "storing", "clustering", "done", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** What `GET /api/jobs/:id` answers. */
export interface JobView {
  readonly id: string;
  readonly status: JobStatus;
  /** The article as submitted: the name messages call it by, and its size. */
  readonly article: { readonly name: string; readonly bytes: number };
  /** The step it is at (1 coding, 2 storing, 3 re-clustering) of `steps`; 0 while queued, `steps` once finished. */
  readonly step: number;
  readonly steps: number;
  /** Jobs that run before this one, while it is queued. */
  readonly ahead: number;
  readonly submitted: string;
  readonly started: string | null;
  readonly finished: string | null;
  /** Seconds since it started, or that it took once finished. */
  readonly seconds: number | null;
  readonly result?: Added;
  /** Why it failed, as the error a synchronous request would have been answered with. */
  readonly error?: { readonly status: number; readonly message: string };
}

/** What `POST /api/articles` answers at once (202): the job to follow. */
export interface Queued {
  readonly job: string;
  readonly status: JobStatus;
  readonly ahead: number;
  readonly links: { readonly job: string };
}
