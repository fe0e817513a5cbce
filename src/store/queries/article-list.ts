/** Stored articles, newest first, with their outlet and event count; and one article with everything found in it. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { ArticleDetail, ArticleSummary, FixedOrderPage, StoredMention } from "../store.js";
import { readArticleCursor } from "../cursor.js";
import { selectEvents, toStoredEvent, withEventColumns, type EventRow } from "./event-rows.js";
import type { Block } from "../../read/clean-text.js";

function summaries(db: Kysely<Database>) {
  return db
    .selectFrom("articles")
    .leftJoin("sources", "sources.id", "articles.source_id")
    .select([
      "articles.id",
      "articles.origin",
      "articles.title",
      "articles.url",
      "articles.published",
      "sources.name as outlet",
      sql<number>`(select count(*) from events where events.article_id = articles.id)`.as("events"),
    ]);
}

/**
 * Newest published first, undated articles last, ties in the order they were stored. After a cursor the
 * page starts past the cursor's article by that order, so a deep page costs what the first one does.
 */
export async function articleList(db: Kysely<Database>, page: FixedOrderPage): Promise<ArticleSummary[]> {
  let list = summaries(db);
  if ("after" in page) {
    const [published, id] = readArticleCursor(page.after);
    list =
      published === null
        ? list.where("articles.published", "is", null).where("articles.id", ">", id)
        : list.where((eb) =>
            eb.or([
              eb("articles.published", "<", published),
              eb.and([eb("articles.published", "=", published), eb("articles.id", ">", id)]),
              eb("articles.published", "is", null),
            ]),
          );
  }
  const ordered = list
    .orderBy(sql`articles.published is null`)
    .orderBy("articles.published", "desc")
    .orderBy("articles.id")
    .limit(page.limit);
  return ("offset" in page ? ordered.offset(page.offset) : ordered).execute();
}

export async function articleDetail(db: Kysely<Database>, id: number): Promise<ArticleDetail | null> {
  const head = await summaries(db)
    .select(["articles.text", "articles.format", "articles.blocks"])
    .where("articles.id", "=", id)
    .executeTakeFirst();
  if (!head) return null;
  const mentions = await db
    .selectFrom("mentions")
    .select(["start_offset", "end_offset", "text", "form", "code", "role", "person"])
    .where("article_id", "=", id)
    .orderBy("start_offset")
    .orderBy("id")
    .execute();
  const events = await withEventColumns(selectEvents(db, {}).where("events.article_id", "=", id))
    .orderBy("events.start_offset")
    .orderBy("events.id")
    .orderBy("events.id")
    .execute();
  const { blocks, ...rest } = head;
  return {
    ...rest,
    blocks: JSON.parse(blocks) as Block[],
    mentions: mentions.map((m): StoredMention => ({
      start: m.start_offset,
      end: m.end_offset,
      text: m.text,
      form: m.form,
      code: m.code,
      role: m.role,
      person: m.person,
    })),
    eventList: (events as EventRow[]).map(toStoredEvent),
  };
}
