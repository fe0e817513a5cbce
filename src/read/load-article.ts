/** From raw file contents to a cleaned Article: picks the reader for the format, then strips clutter. */
import type { Article } from "../domain/types.js";
import { cleanText, type Block } from "./clean-text.js";
import { htmlToPlainText, measureHtml, overLimits } from "./html-shape.js";
import { htmlToText, type HtmlText } from "./html-to-text.js";

export type InputFormat = Article["format"];

/** A cleaned article with its paragraph layout and what cleaning removed. */
export interface LoadedArticle {
  readonly article: Article;
  readonly blocks: readonly Block[];
  readonly removed: readonly string[];
  /** The outlet an HTML page names, if any. */
  readonly outlet: string | null;
  /** What the reader had to do differently ("read as plain text: elements nested 10,000 deep…"), for the user. */
  readonly notes: readonly string[];
}

/** Guesses the format from the file name, then from the content. */
export function detectFormat(name: string, content: string): InputFormat {
  if (/\.html?$/i.test(name)) return "html";
  if (/\.(md|markdown)$/i.test(name)) return "markdown";
  if (/^\s*(<!doctype html|<html[\s>])/i.test(content)) return "html";
  return "text";
}

export interface LoadOptions {
  readonly id: string;
  readonly format?: InputFormat;
  /** Overrides any date the page states ("--published"). */
  readonly published?: string | null;
}

/** Cleans raw contents into an Article; pure, so the CLI, store and tests share it. */
export function loadArticle(content: string, options: LoadOptions): LoadedArticle {
  const format = options.format ?? detectFormat(options.id, content);
  let plain = content;
  let title: string | null = null;
  let declared: string | null = null;
  let outlet: string | null = null;
  const notes: string[] = [];
  if (format === "html") {
    const tooBig = overLimits(measureHtml(content));
    let html: HtmlText | null = null;
    if (tooBig) notes.push(`read as plain text: ${tooBig}`);
    else {
      try {
        html = htmlToText(content);
      } catch (e) {
        // The page parsed within the limits but still broke the HTML reader: its text is still worth reading.
        notes.push(
          `read as plain text: the HTML reader failed (${e instanceof Error ? e.message : String(e)})`,
        );
      }
    }
    plain = html ? html.text : htmlToPlainText(content);
    title = html?.title ?? null;
    declared = html?.published ?? null;
    outlet = html?.outlet ?? null;
  }
  const cleaned = cleanText(plain, title);
  const published = options.published ?? declared ?? cleaned.published;
  return {
    article: { id: options.id, title: cleaned.title, published, text: cleaned.text, format },
    blocks: cleaned.blocks,
    removed: cleaned.removed,
    outlet: outlet ?? cleaned.outlet,
    notes,
  };
}
