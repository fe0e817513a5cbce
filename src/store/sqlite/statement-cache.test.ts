import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cachingDatabase } from "./statement-cache.js";

describe("cachingDatabase", () => {
  const fresh = () => {
    const raw = new BetterSqlite3(":memory:");
    raw.exec("create table t (x integer); insert into t values (1), (2), (3)");
    return raw;
  };

  it.each([
    ["the same SQL twice", ["select x from t", "select x from t"], true],
    ["two different statements", ["select x from t", "select x + 1 from t"], false],
  ])("%s: one statement object", (_name, [a, b], same) => {
    const db = cachingDatabase(fresh());
    expect(db.prepare(a!) === db.prepare(b!)).toBe(same);
  });

  it("gives a fresh statement while the cached one is still iterating, and the rows of both", () => {
    const db = cachingDatabase(fresh());
    const first = db.prepare("select x from t order by x");
    const rows = first.iterate([]);
    expect(rows.next().value).toEqual({ x: 1 });
    const second = db.prepare("select x from t order by x");
    expect(second).not.toBe(first);
    expect(second.all([])).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect([...rows]).toEqual([{ x: 2 }, { x: 3 }]);
    // Once the iteration has ended the cached statement serves again.
    expect(db.prepare("select x from t order by x")).toBe(first);
  });

  it("keeps at most `size` statements, dropping the least recently used", () => {
    const db = cachingDatabase(fresh(), 2);
    const a = db.prepare("select 1");
    const b = db.prepare("select 2");
    expect(db.prepare("select 1")).toBe(a); // a is now the most recent
    db.prepare("select 3"); // evicts b
    expect(db.prepare("select 1")).toBe(a);
    expect(db.prepare("select 2")).not.toBe(b);
  });

  it("writes through a reused statement", () => {
    const raw = fresh();
    const db = cachingDatabase(raw);
    for (const x of [4, 5]) db.prepare("insert into t values (?)").run([x]);
    expect(raw.prepare("select count(*) as n from t").get()).toEqual({ n: 5 });
  });
});
