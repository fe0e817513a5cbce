/**
 * The brief as one self-contained HTML document: inline CSS, no script, no external resource, and every
 * piece of article text escaped. Figures and citations carry data attributes, so a reader's tools (and the
 * tests) can check each citation against the stored article.
 */
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
  framingCueLine,
  framingLine,
  isEmpty,
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

/** The policy the document sets for itself (the API sends the same as a header): styles, nothing else. */
export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // The parser would read a carriage return as a line feed; a reference keeps the quote exactly as stored.
  "\r": "&#13;",
};

/** Text (or an attribute value) as HTML that parses back to exactly that text. */
export function htmlText(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #1d1d1b; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.dated, .note, figcaption { color: #555; font-size: .9em; }
ul { padding-left: 1.2rem; }
li { margin: .4rem 0; }
table { border-collapse: collapse; font-size: .85em; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
figure.citation { margin: .3rem 0 .6rem 1rem; break-inside: avoid; }
figure.citation blockquote { margin: 0; padding-left: .6rem; border-left: 3px solid #999; white-space: pre-wrap; }
figure.citation blockquote::before { content: "“"; }
figure.citation blockquote::after { content: "”"; }
a { color: #1b4f8a; word-break: break-all; }
`;

function citation(c: Citation): string {
  const p = citationParts(c);
  const parts = [
    htmlText(p.source),
    p.title === null ? null : `<cite>${htmlText(p.title)}</cite>`,
    htmlText(p.published),
    p.link
      ? `<a href="${htmlText(p.link)}">${htmlText(p.link)}</a>`
      : `file <code>${htmlText(p.file ?? "")}</code>`,
    htmlText(p.where),
  ].filter((x): x is string => x !== null);
  return (
    `<figure class="citation" data-article="${c.articleId}" data-start="${c.start}" data-end="${c.end}">` +
    `<blockquote>${htmlText(c.quote)}</blockquote><figcaption>— ${parts.join(", ")}</figcaption></figure>`
  );
}

const field = (name: string, value: string) => `<span data-field="${name}">${htmlText(value)}</span>`;

function cited(label: string, e: CitedEvent, cls: string): string {
  return `<li class="${cls}">${htmlText(label)}: <strong>${htmlText(eventLabel(e))}</strong> (${htmlText(eventDetails(e))}).${citation(e.citation)}</li>`;
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
  const cell = (name: string, v: string) => `<td data-field="${name}">${htmlText(v)}</td>`;
  const row = (p: TrendPeriod) =>
    `<tr data-period="${htmlText(p.period)}"><th scope="row">${htmlText(p.period)}</th>` +
    cell("events", String(p.combined.events)) +
    cell("forward", String(p.forward.events)) +
    cell("backward", String(p.backward.events)) +
    p.combined.quad.map((n, i) => cell(`quad${i + 1}`, String(n))).join("") +
    cell("mean", p.combined.goldsteinMean === null ? "–" : signed(p.combined.goldsteinMean)) +
    "</tr>";
  return (
    `<table class="trend"><thead><tr>${head.map((h) => `<th scope="col">${htmlText(h)}</th>`).join("")}</tr></thead>` +
    `<tbody>${brief.trend.map(row).join("")}</tbody></table>`
  );
}

function trendPeriod(p: TrendPeriod): string {
  const extremes = [
    p.mostCooperative ? cited("Most cooperative", p.mostCooperative, "extreme") : "",
    p.mostConflictual ? cited("Most conflictual", p.mostConflictual, "extreme") : "",
  ].join("");
  return (
    `<li class="period" data-period="${htmlText(p.period)}"><strong>${htmlText(p.period)}</strong>: ` +
    `${htmlText(plural(p.combined.events, "event"))} (${htmlText(quadCounts(p.combined))}); ${htmlText(meanLabel(p.combined))}.` +
    (extremes ? `<ul>${extremes}</ul>` : "") +
    "</li>"
  );
}

function summary(brief: Brief): string {
  const t = brief.totals;
  const figures =
    `<p class="summary" data-events="${t.events}">${htmlText(isEmpty(brief) ? nothingLine(brief) : summaryLine(brief))}</p>` +
    `<p class="figures">Dated events ${field("events", String(t.events))} · undated ${field("undated", String(brief.undated))} · ` +
    `mean Goldstein ${field("mean", t.goldsteinMean === null ? "–" : signed(t.goldsteinMean))}</p>`;
  const notes = countNotes(brief)
    .map((n) => `<p class="note">${htmlText(n)}</p>`)
    .join("");
  const extremes = [
    brief.mostCooperative ? cited("Most cooperative", brief.mostCooperative, "extreme") : "",
    brief.mostConflictual ? cited("Most conflictual", brief.mostConflictual, "extreme") : "",
  ].join("");
  return `<section id="summary"><h2>Summary</h2>${figures}${notes}${extremes ? `<ul>${extremes}</ul>` : ""}<p class="note">${htmlText(COUNTING)}</p></section>`;
}

function sections(brief: Brief): string {
  const trend = brief.trend.length
    ? `${trendTable(brief)}<p>Each ${htmlText(brief.by)}, with the events at either end of it:</p><ul class="periods">${brief.trend.map(trendPeriod).join("")}</ul>`
    : `<p class="empty">No dated events in this range.</p>`;
  const events = brief.mainEvents
    .map(
      (e) =>
        `<li class="event" data-cluster="${htmlText(e.clusterId)}"><strong>${htmlText(eventLabel(e))}</strong> (${htmlText(mainEventDetails(e))}).` +
        e.citations.map(citation).join("") +
        "</li>",
    )
    .join("");
  const conflicts = brief.conflicts
    .map(
      (k) =>
        `<li class="conflict" data-cluster="${htmlText(k.clusterId)}" data-attribute="${htmlText(k.attribute)}"><strong>${htmlText(k.attribute)}</strong>: ${htmlText(k.note)}<ul>` +
        k.claims
          .map(
            (cl) =>
              `<li class="claim"><span class="value">${htmlText(cl.value)}</span>${citation(cl.citation)}</li>`,
          )
          .join("") +
        "</ul></li>",
    )
    .join("");
  const outlets = brief.framing
    .map(
      (f) =>
        `<li class="outlet" data-outlet="${htmlText(f.outlet ?? "")}"><strong>${htmlText(outletName(f))}</strong>: ` +
        `${field("articles", String(f.articles))} · ${field("slant", f.slant === null ? "–" : signed(f.slant))} · ` +
        `${htmlText(framingLine(f))} ${htmlText(framingCueLine(f))}${f.citation ? citation(f.citation) : ""}</li>`,
    )
    .join("");
  return [
    `<section id="trend"><h2>Trend of cooperation and conflict</h2>${trend}</section>`,
    `<section id="events"><h2>Main events (${Math.min(brief.mainEvents.length, brief.eventCount)} of ${brief.eventCount})</h2>` +
      `<p class="note">Chosen as ${htmlText(MAIN_EVENTS_RULE)}.</p><ul class="events">${events}</ul></section>`,
    `<section id="conflicts"><h2>Where sources disagree (${brief.conflictCount})</h2>` +
      (conflicts
        ? `${brief.conflictCount > brief.conflicts.length ? `<p class="note">The first ${brief.conflicts.length} by date.</p>` : ""}<ul class="conflicts">${conflicts}</ul>`
        : `<p class="empty">The sources of these events do not contradict each other.</p>`) +
      "</section>",
    `<section id="framing"><h2>How each outlet frames it (${brief.outletCount})</h2><p class="note">${htmlText(SLANT_SCALE)}</p>` +
      (outlets
        ? `${brief.outletCount > brief.framing.length ? `<p class="note">The ${brief.framing.length} with the most articles.</p>` : ""}<ul class="outlets">${outlets}</ul>`
        : `<p class="empty">No article on these events has been compared yet.</p>`) +
      "</section>",
  ].join("");
}

export function renderHtml(brief: Brief): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${htmlText(title(brief))}</title><style>${STYLE}</style></head>` +
    `<body><main class="brief" data-a="${htmlText(brief.a)}" data-b="${htmlText(brief.b)}">` +
    `<h1>${htmlText(title(brief))}</h1><p class="dated">${htmlText(dateLine(brief))}</p>` +
    summary(brief) +
    (isEmpty(brief) ? "" : sections(brief)) +
    "</main></body></html>\n"
  );
}
