/**
 * Distributed ingest on pg-boss, in the same PostgreSQL database as the store: one job per article, one
 * re-clustering job per touched dyad. Delivery is at least once; storing is idempotent by the article hash.
 */
import PgBoss from "pg-boss";
import { redactUrl } from "../../store/postgres/url.js";
import type { InputItem } from "../collect-inputs.js";

export const ARTICLE_QUEUE = "dyad-article";
export const CLUSTER_QUEUE = "dyad-cluster";

export interface QueueSettings {
  /** An article job still active after this long (its worker died) is failed and retried. */
  readonly jobTimeoutSeconds?: number;
  /** How often jobs past their timeout are looked for (pg-boss maintenance). */
  readonly superviseSeconds?: number;
}

export class QueueError extends Error {
  override name = "QueueError";
}

/** Starts pg-boss on the database (creating its schema on first use) and makes sure both queues exist. */
export async function openQueue(url: string, settings: QueueSettings = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    schedule: false,
    maintenanceIntervalSeconds: settings.superviseSeconds ?? 30,
  });
  // pg-boss reports connection trouble as events; a worker keeps going and the job is retried.
  boss.on("error", (e: Error) => process.stderr.write(`dyad: queue: ${e.message}\n`));
  try {
    await boss.start();
  } catch (e) {
    throw new QueueError(
      `cannot start the job queue in ${redactUrl(url)}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const expireInSeconds = settings.jobTimeoutSeconds ?? 300;
  if (!(await boss.getQueue(ARTICLE_QUEUE)))
    await boss.createQueue(ARTICLE_QUEUE, {
      name: ARTICLE_QUEUE,
      retryLimit: 3,
      retryDelay: 1,
      expireInSeconds,
    });
  // Stately with the dyad as key: at most one waiting and one running rebuild per dyad, never two at once.
  if (!(await boss.getQueue(CLUSTER_QUEUE)))
    await boss.createQueue(CLUSTER_QUEUE, {
      name: CLUSTER_QUEUE,
      policy: "stately",
      retryLimit: 3,
      expireInSeconds,
    });
  return boss;
}

/** Puts inputs on the queue in slices; returns how many were queued. */
export async function enqueueItems(
  boss: PgBoss,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  expireInSeconds?: number,
): Promise<number> {
  let queued = 0;
  let slice: PgBoss.JobInsert[] = [];
  const flush = async () => {
    if (slice.length) await boss.insert(slice);
    queued += slice.length;
    slice = [];
  };
  for await (const item of items) {
    slice.push({
      name: ARTICLE_QUEUE,
      data: { ...item },
      retryLimit: 3,
      retryDelay: 1,
      ...(expireInSeconds ? { expireInSeconds } : {}),
    });
    if (slice.length >= 200) await flush();
  }
  await flush();
  return queued;
}

/**
 * Fails a job for good, without the retries a dead worker's job gets: the article itself cannot be coded
 * (not text, past its budget), so coding it again elsewhere would fail again. `dyad queue --retry` puts it back.
 */
export async function failForGood(boss: PgBoss, queue: string, id: string, message: string): Promise<void> {
  await boss
    .getDb()
    .executeSql(
      "update pgboss.job set state = 'failed', completed_on = now(), output = $3::jsonb where name = $1 and id = $2 and state < 'completed'",
      [queue, id, JSON.stringify({ message })],
    );
}

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export interface QueueStatus {
  readonly queue: string;
  readonly counts: Readonly<Record<JobState, number>>;
  readonly failures: readonly { readonly id: string; readonly origin: string; readonly reason: string }[];
}

/** Pending, running, failed (with reasons) and done jobs of each queue. */
export async function queueStatus(url: string): Promise<QueueStatus[]> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: QueueStatus[] = [];
    for (const queue of [ARTICLE_QUEUE, CLUSTER_QUEUE]) {
      const counts: Record<JobState, number> = {
        created: 0,
        retry: 0,
        active: 0,
        completed: 0,
        cancelled: 0,
        failed: 0,
      };
      const rows = await client.query<{ state: JobState; n: string }>(
        "select state, count(*) as n from pgboss.job where name = $1 group by state",
        [queue],
      );
      for (const r of rows.rows) counts[r.state] = Number(r.n);
      const failed = await client.query<{
        id: string;
        origin: string | null;
        key: string | null;
        reason: string | null;
      }>(
        "select id, data->>'origin' as origin, singleton_key as key, output->>'message' as reason from pgboss.job where name = $1 and state = 'failed' order by completed_on limit 100",
        [queue],
      );
      out.push({
        queue,
        counts,
        failures: failed.rows.map((r) => ({
          id: r.id,
          origin: r.origin ?? r.key ?? "?",
          reason: r.reason ?? "no reason recorded",
        })),
      });
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Puts every failed job of both queues back to be tried again; returns how many. */
export async function retryFailed(boss: PgBoss, status: readonly QueueStatus[]): Promise<number> {
  let n = 0;
  for (const s of status) {
    const ids = s.failures.map((f) => f.id);
    if (ids.length) await boss.retry(s.queue, ids);
    n += ids.length;
  }
  return n;
}
