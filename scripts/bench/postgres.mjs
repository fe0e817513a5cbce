// Scratch databases on a PostgreSQL server for the benchmarks, made and dropped through its admin URL.
import pg from "pg";

async function adminQuery(admin, text) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** An empty database `name` (any old one dropped first); returns its URL. */
export async function freshDatabase(admin, name) {
  await adminQuery(admin, `drop database if exists ${name} with (force)`);
  await adminQuery(admin, `create database ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

export const dropDatabase = (admin, name) =>
  adminQuery(admin, `drop database if exists ${name} with (force)`);
