/**
 * A PostgreSQL server for tests: DYAD_TEST_POSTGRES, else the local one (127.0.0.1:5432, database `test`).
 * Each test gets a database of its own, dropped at the end; without a server the tests skip with a message.
 */
import { execFileSync } from "node:child_process";
import pg from "pg";

const ADMIN = process.env.DYAD_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/test";

/** Asked once, synchronously, so `describe.skipIf` can use it. */
function serverAnswers(): boolean {
  try {
    execFileSync(
      process.execPath,
      [
        "-e",
        `const c = new (require("pg").Client)({ connectionString: ${JSON.stringify(ADMIN)}, connectionTimeoutMillis: 3000 });
      c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`,
      ],
      { stdio: "ignore", timeout: 10_000 },
    );
    return true;
  } catch {
    return false;
  }
}

export const POSTGRES_SERVER = serverAnswers();
if (!POSTGRES_SERVER)
  console.warn(`skipping PostgreSQL tests: no server answers at ${ADMIN} (set DYAD_TEST_POSTGRES to one)`);

const created: string[] = [];

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty database and returns its URL. */
export async function freshDatabase(): Promise<string> {
  const name = `dyad_test_${process.pid}_${Date.now().toString(36)}_${created.length}`;
  await admin((c) => c.query(`create database ${name}`));
  created.push(name);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabases(): Promise<void> {
  await admin(async (c) => {
    for (const name of created.splice(0)) await c.query(`drop database if exists ${name} with (force)`);
  });
}
