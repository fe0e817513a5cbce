// Synthetic stores for the store benchmarks: the same deterministic articles and events loaded into
// SQLite or PostgreSQL straight through the driver (coding millions of real articles would take days).
// 60 actors, a few dyads far denser than the rest, as in real corpora; article texts drawn from a
// Zipf-like vocabulary so that full-text search has common, rare and absent words to find.
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { SqliteStore } from "../../dist/store/sqlite/sqlite-store.js";
import { PostgresStore } from "../../dist/store/postgres/postgres-store.js";

export const ACTORS = [
  "RUS",
  "PAK",
  "IND",
  "CHN",
  "USA",
  "AFG",
  "IRN",
  "TUR",
  "GBR",
  "FRA",
  "DEU",
  "JPN",
  "KOR",
  "PRK",
  "UKR",
  "POL",
  "SAU",
  "ISR",
  "EGY",
  "BRA",
  "MEX",
  "CAN",
  "AUS",
  "IDN",
  "NGA",
  "ZAF",
  "KEN",
  "ETH",
  "ARG",
  "CHL",
  "PER",
  "COL",
  "VEN",
  "CUB",
  "ESP",
  "ITA",
  "NLD",
  "BEL",
  "SWE",
  "NOR",
  "FIN",
  "DNK",
  "GRC",
  "ROU",
  "HUN",
  "CZE",
  "AUT",
  "CHE",
  "KAZ",
  "UZB",
  "TJK",
  "BGD",
  "LKA",
  "NPL",
  "MMR",
  "THA",
  "VNM",
  "PHL",
  "MYS",
  "SGP",
];
const CODES = [
  ["042", 1, 1.9],
  ["057", 1, 8],
  ["062", 2, 7.4],
  ["071", 2, 7.4],
  ["111", 3, -2],
  ["130", 3, -6],
  ["163", 4, -8],
  ["190", 4, -10],
];
const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "tu",
  "le",
  "sa",
  "no",
  "vi",
  "de",
  "ha",
  "zu",
  "pe",
  "ri",
  "go",
  "la",
  "chi",
];

/** Word n of the vocabulary: "ka", "ro", …, "kaka", …; low n are the common words. */
export function word(n) {
  let w = "";
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return w;
}

function generator(seed) {
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => ACTORS[Math.floor(Math.pow(rand(), 2.5) * ACTORS.length)];
  return { rand, pick };
}

export const ARTICLE_COLUMNS = [
  "hash",
  "origin",
  "text",
  "format",
  "blocks",
  "ingested_at",
  "extractor_version",
];
/** Articles 1..n, each about 60 words; word ranks follow rand()^3, so "ka" is in most and 5-syllable words in few. */
export function* articles(n) {
  const { rand } = generator(7);
  for (let a = 1; a <= n; a++) {
    const words = [];
    for (let w = 0; w < 60; w++) words.push(word(Math.floor(Math.pow(rand(), 3) * 50_000)));
    yield [`h${a}`, `bench-${a}`, words.join(" "), "text", "[]", "2026-01-01", "bench"];
  }
}

export const EVENT_COLUMNS = [
  "article_id",
  "source",
  "target",
  "dyad",
  "source_role",
  "target_role",
  "code",
  "cameo",
  "quad",
  "symmetric",
  "date",
  "date_start",
  "date_end",
  "sort_date",
  "modality",
  "sector",
  "evidence",
  "start_offset",
  "end_offset",
  "rule",
  "goldstein",
  "extractor_version",
];
/** n events over `articleCount` articles; the first million are the same whatever n is. */
export function* events(n, articleCount) {
  const { rand, pick } = generator(42);
  for (let i = 0; i < n; i++) {
    let s = pick(),
      t = pick();
    if (s === t) t = ACTORS[(ACTORS.indexOf(s) + 1) % ACTORS.length];
    const [cameo, quad, g] = CODES[Math.floor(rand() * CODES.length)];
    const y = 1990 + Math.floor(rand() * 36),
      m = 1 + Math.floor(rand() * 12);
    const precise = rand() < 0.6;
    const date = precise ? `${y}-${String(m).padStart(2, "0")}` : String(y);
    const start = precise ? `${date}-01` : `${y}-01-01`,
      end = precise ? `${date}-28` : `${y}-12-31`;
    const dyad = s < t ? `${s}-${t}` : `${t}-${s}`;
    yield [
      1 + (i % articleCount),
      s,
      t,
      dyad,
      "GOV",
      "GOV",
      cameo.slice(0, 2),
      cameo,
      quad,
      0,
      date,
      start,
      end,
      start,
      rand() < 0.9 ? "asserted" : "reported",
      "diplomacy",
      `${s} did ${cameo} to ${t}`,
      0,
      40,
      "bench",
      g,
      "bench",
    ];
  }
}

function* batches(rows, size) {
  let batch = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Builds a SQLite store of `eventCount` events over `articleCount` articles at `path`. */
export async function buildSqlite(path, eventCount, articleCount) {
  (await SqliteStore.open(path)).close();
  const raw = new BetterSqlite3(path);
  raw.pragma("cache_size = -1000000");
  const insertArticle = raw.prepare(
    `insert into articles (${ARTICLE_COLUMNS}) values (${ARTICLE_COLUMNS.map(() => "?")})`,
  );
  const insertFts = raw.prepare("insert into articles_fts (rowid, title, text) values (?, '', ?)");
  const insertEvent = raw.prepare(
    `insert into events (${EVENT_COLUMNS}) values (${EVENT_COLUMNS.map(() => "?")})`,
  );
  for (const batch of batches(articles(articleCount), 50_000)) {
    raw.transaction(() => {
      for (const a of batch) insertFts.run(insertArticle.run(...a).lastInsertRowid, a[2]);
    })();
  }
  for (const batch of batches(events(eventCount, articleCount), 200_000))
    raw.transaction(() => {
      for (const e of batch) insertEvent.run(...e);
    })();
  raw.pragma("optimize");
  raw.close();
}

/** The same store in a PostgreSQL database (which must exist and be empty), loaded with unnest() batches. */
export async function buildPostgres(url, eventCount, articleCount) {
  await (await PostgresStore.open(url)).close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const load = async (table, columns, types, rows, size) => {
      const text = `insert into ${table} (${columns.map((c) => `"${c}"`)}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`)})`;
      for (const batch of batches(rows, size))
        await client.query(
          text,
          columns.map((_, c) => batch.map((r) => r[c])),
        );
    };
    await load(
      "articles",
      ARTICLE_COLUMNS,
      ARTICLE_COLUMNS.map(() => "text"),
      articles(articleCount),
      20_000,
    );
    const types = EVENT_COLUMNS.map((c) =>
      ["article_id", "quad", "symmetric", "start_offset", "end_offset"].includes(c)
        ? "int"
        : c === "goldstein"
          ? "float8"
          : "text",
    );
    await load("events", EVENT_COLUMNS, types, events(eventCount, articleCount), 50_000);
    // What autovacuum does to a live database soon after a bulk load: the visibility map lets covering indexes answer alone.
    await client.query("vacuum analyze");
  } finally {
    await client.end();
  }
}
