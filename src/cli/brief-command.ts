/** `dyad brief A B`: the dyad brief as Markdown, HTML or PDF (printed by Chromium). */
import { writeFileSync } from "node:fs";
import { isOneOf } from "../domain/vocabulary.js";
import { gatherBrief } from "../report/gather-brief.js";
import { chromiumPath, missingChromium } from "../report/chromium.js";
import { renderHtml } from "../report/render-html.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { actorNames } from "../server/actor-names.js";
import { HttpError } from "../server/http-error.js";
import { checkActors } from "../server/query.js";
import { PERIODS } from "../store/store.js";
import type { Io } from "./extract-command.js";
import { withStore } from "./open-store.js";
import { parseFilter, type DbOptions } from "./store-options.js";
import { UsageError } from "./usage-error.js";

export const BRIEF_FORMATS = ["md", "html", "pdf"] as const;

export interface BriefOptions extends DbOptions {
  since?: string;
  until?: string;
  by: string;
  format: string;
  out?: string;
}

/** Where bytes go when no --out is given: standard output, unless it is a terminal. */
export interface ByteOut {
  readonly isTTY?: boolean;
  write(bytes: Uint8Array): unknown;
}

export async function runBrief(
  a: string,
  b: string,
  o: BriefOptions,
  io: Io,
  stdout: ByteOut = process.stdout,
): Promise<number> {
  const format = o.format;
  if (!isOneOf(BRIEF_FORMATS, format))
    throw new UsageError(`--format "${format}": expected ${BRIEF_FORMATS.join(", ")}`);
  const by = o.by;
  if (!isOneOf(PERIODS, by)) throw new UsageError(`--by "${by}": expected ${PERIODS.join(", ")}`);
  // The same checks as `dyad dyad`: malformed codes and dates are usage errors naming the option.
  const filter = parseFilter({
    dyad: `${a}-${b}`,
    ...(o.since === undefined ? {} : { since: o.since }),
    ...(o.until === undefined ? {} : { until: o.until }),
  });
  const [x, y] = filter.dyad ?? [a, b];
  if (format === "pdf") {
    const missing = missingChromium(chromiumPath());
    if (missing) throw new UsageError(missing);
    // Binary on a terminal is noise; in a pipe or a redirect (`> brief.pdf`) it is what was asked for.
    if (o.out === undefined && stdout.isTTY)
      throw new UsageError("a PDF is binary: name a file with --out FILE, or redirect standard output");
  }
  const brief = await withStore(o, async (store) => {
    try {
      // A typo such as PAKK would otherwise give a brief of nothing; the API answers it with 404.
      await checkActors(store, [x, y]);
    } catch (e) {
      if (e instanceof HttpError) throw new UsageError(e.message);
      throw e;
    }
    return gatherBrief(
      store,
      x,
      y,
      { ...(filter.since ? { since: filter.since } : {}), ...(filter.until ? { until: filter.until } : {}) },
      { by, names: actorNames() },
    );
  });
  const body =
    format === "md"
      ? renderMarkdown(brief)
      : format === "html"
        ? renderHtml(brief)
        : await (await import("../report/print-pdf.js")).printPdf(renderHtml(brief));
  if (o.out !== undefined) {
    try {
      writeFileSync(o.out, body);
    } catch (e) {
      throw new UsageError(`--out ${o.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
    io.err(`dyad: wrote the ${format} brief of ${x}-${y} to ${o.out}\n`);
  } else if (typeof body === "string") io.out(body);
  else stdout.write(body);
  return 0;
}
