/** The brief as Markdown: every statement followed by its citation, article text escaped so it stays text. */
import type { Brief, Citation, CitedEvent, TrendPeriod } from "./brief.js";
import { MAIN_EVENTS_RULE } from "./brief.js";
import {
  COUNTING,
  QUAD_NAMES,
  SLANT_SCALE,
  citationParts,
  countNotes,
  dateLine,
  eventDetails,
  eventLabel,
  isEmpty,
  framingCueLine,
  framingLine,
  mainEventDetails,
  meanLabel,
  nothingLine,
  outletName,
  plural,
  quadCounts,
  signed,
  summaryLine,
  title,
} from "./brief-text.js";

/**
 * Any text as Markdown that renders as exactly that text, on one line: no emphasis, link, table cell or raw
 * HTML can come out of it (`<script>` becomes `&lt;script&gt;`).
 */
export function mdText(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#!]/g, "\\$&");
}

/** A code span that shows exactly `s` (a file name), fenced by more backticks than it holds in a row. */
export function mdCode(s: string): string {
  const text = s.replace(/\s+/g, " ");
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The citation under a statement, as a block quote indented into the list item above it. */
function mdCitation(c: Citation, indent = "  "): string {
  const p = citationParts(c);
  const where = [
    mdText(p.source),
    p.title === null ? null : `“${mdText(p.title)}”`,
    mdText(p.published),
    p.link ? `<${p.link}>` : `file ${mdCode(p.file ?? "")}`,
    mdText(p.where),
  ].filter((x): x is string => x !== null);
  return `${indent}> “${mdText(c.quote)}”\n${indent}> — ${where.join(", ")}\n`;
}

function mdEvent(label: string, e: CitedEvent, indent = ""): string {
  return `${indent}- ${label}: ${mdText(eventLabel(e))} (${mdText(eventDetails(e))}).\n${mdCitation(e.citation, `${indent}  `)}`;
}

function trendTable(brief: Brief): string {
  const head = [
    "period",
    "events",
    `${brief.a} → ${brief.b}`,
    `${brief.b} → ${brief.a}`,
    ...QUAD_NAMES,
    "mean Goldstein",
  ];
  const row = (p: TrendPeriod) => [
    p.period,
    String(p.combined.events),
    String(p.forward.events),
    String(p.backward.events),
    ...p.combined.quad.map(String),
    p.combined.goldsteinMean === null ? "–" : signed(p.combined.goldsteinMean),
  ];
  const line = (cells: readonly string[]) => `| ${cells.map(mdText).join(" | ")} |\n`;
  return line(head) + line(head.map(() => "---")) + brief.trend.map((p) => line(row(p))).join("");
}

function trendPeriod(p: TrendPeriod): string {
  const parts = [
    `- **${mdText(p.period)}**: ${plural(p.combined.events, "event")} (${mdText(quadCounts(p.combined))}); ${mdText(meanLabel(p.combined))}.\n`,
  ];
  if (p.mostCooperative) parts.push(mdEvent("Most cooperative", p.mostCooperative, "  "));
  if (p.mostConflictual) parts.push(mdEvent("Most conflictual", p.mostConflictual, "  "));
  return parts.join("");
}

export function renderMarkdown(brief: Brief): string {
  const out: string[] = [`# ${mdText(title(brief))}\n`, `${mdText(dateLine(brief))}\n`];
  out.push("## Summary\n");
  out.push(
    [
      `- ${mdText(isEmpty(brief) ? nothingLine(brief) : summaryLine(brief))}\n`,
      ...countNotes(brief).map((note) => `- ${mdText(note)}\n`),
      brief.mostCooperative ? mdEvent("Most cooperative", brief.mostCooperative) : "",
      brief.mostConflictual ? mdEvent("Most conflictual", brief.mostConflictual) : "",
    ].join(""),
    `${mdText(COUNTING)}\n`,
  );
  if (isEmpty(brief)) return out.join("\n");

  out.push("## Trend of cooperation and conflict\n");
  if (brief.trend.length) {
    out.push(trendTable(brief));
    out.push(`Each ${mdText(brief.by)}, with the events at either end of it:\n`);
    out.push(brief.trend.map(trendPeriod).join(""));
  } else out.push("No dated events in this range.\n");

  out.push(
    `## Main events (${Math.min(brief.mainEvents.length, brief.eventCount)} of ${brief.eventCount})\n`,
    `Chosen as ${mdText(MAIN_EVENTS_RULE)}.\n`,
  );
  out.push(
    brief.mainEvents
      .map(
        (e) =>
          `- **${mdText(eventLabel(e))}** (${mdText(mainEventDetails(e))}).\n` +
          e.citations.map((c) => mdCitation(c)).join("  >\n"),
      )
      .join(""),
  );

  out.push(`## Where sources disagree (${brief.conflictCount})\n`);
  if (!brief.conflicts.length) out.push("The sources of these events do not contradict each other.\n");
  else {
    if (brief.conflictCount > brief.conflicts.length)
      out.push(`The first ${brief.conflicts.length} by date:\n`);
    out.push(
      brief.conflicts
        .map(
          (k) =>
            `- **${mdText(k.attribute)}** (event ${mdText(k.clusterId)}): ${mdText(k.note)}\n` +
            k.claims.map((cl) => `  - ${mdText(cl.value)}:\n${mdCitation(cl.citation, "    ")}`).join(""),
        )
        .join(""),
    );
  }

  out.push(`## How each outlet frames it (${brief.outletCount})\n`, `${mdText(SLANT_SCALE)}\n`);
  if (!brief.framing.length) out.push("No article on these events has been compared yet.\n");
  else {
    if (brief.outletCount > brief.framing.length)
      out.push(`The ${brief.framing.length} with the most articles:\n`);
    out.push(
      brief.framing
        .map(
          (f) =>
            `- **${mdText(outletName(f))}**: ${mdText(framingLine(f))} ${mdText(framingCueLine(f))}\n` +
            (f.citation ? mdCitation(f.citation) : ""),
        )
        .join(""),
    );
  }
  return out.join("\n");
}
