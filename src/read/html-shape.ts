/**
 * The shape of an HTML page, measured before it is parsed. The DOM and Readability walk a page
 * recursively: ten thousand nested elements overflow the stack, five thousand take minutes. A page
 * past these limits is read as plain text instead, by a scan that never recurses.
 */

export const HTML_LIMITS = {
  /** Elements open inside one another; real article pages stay under a few dozen. */
  depth: 400,
  /** Elements in the page; a long article page has a few thousand. */
  elements: 100_000,
  /** Characters in one attribute value (inline images as data: URLs are the largest real ones). */
  attribute: 1_000_000,
} as const;

export interface HtmlShape {
  readonly depth: number;
  readonly elements: number;
  readonly longestAttribute: number;
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "!doctype",
]);
/** Elements whose content is text up to their own end tag, never markup. */
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);
const RAW_END = new Map([...RAW].map((name) => [name, new RegExp(`</${name}`, "gi")]));

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly start: number;
  /** Where the page's text goes on: just past the ">", or for <script>, <style>… at their end tag. */
  readonly resume: number;
  readonly longestAttribute: number;
}

/** The tags of a page in order, by a linear scan: text without a closing ">" ends the scan, never a rescan. */
function* tags(html: string): Generator<Tag> {
  let at = 0;
  for (;;) {
    const open = html.indexOf("<", at);
    if (open < 0 || open + 1 >= html.length) return;
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      if (close < 0) return;
      at = close + 3;
      continue;
    }
    const closing = html[open + 1] === "/";
    let i = open + (closing ? 2 : 1);
    const nameStart = i;
    while (i < html.length && /[A-Za-z0-9:!-]/.test(html[i]!)) i++;
    if (i === nameStart) {
      at = open + 1;
      continue;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    // Find the ">" that ends the tag, skipping quoted attribute values.
    let quote = "",
      valueStart = 0,
      longest = 0;
    for (; i < html.length; i++) {
      const c = html[i]!;
      if (quote) {
        if (c === quote) {
          quote = "";
          longest = Math.max(longest, i - valueStart);
        }
      } else if (c === '"' || c === "'") {
        quote = c;
        valueStart = i + 1;
      } else if (c === ">") break;
    }
    if (i >= html.length) return;
    let resume = i + 1;
    if (!closing && RAW.has(name)) {
      const end = RAW_END.get(name)!;
      end.lastIndex = resume;
      resume = end.exec(html)?.index ?? html.length;
    }
    yield { name, closing, selfClosing: html[i - 1] === "/", start: open, resume, longestAttribute: longest };
    at = resume;
  }
}

export function measureHtml(html: string): HtmlShape {
  let depth = 0,
    deepest = 0,
    elements = 0,
    longestAttribute = 0;
  for (const t of tags(html)) {
    longestAttribute = Math.max(longestAttribute, t.longestAttribute);
    if (t.closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (!t.selfClosing && !VOID.has(t.name)) deepest = Math.max(deepest, ++depth);
  }
  return { depth: deepest, elements, longestAttribute };
}

/** Why a page is past the limits ("nested 10,000 elements deep, over the limit of 400"), or null. */
export function overLimits(shape: HtmlShape, limits: typeof HTML_LIMITS = HTML_LIMITS): string | null {
  const n = (x: number) => x.toLocaleString("en");
  if (shape.depth > limits.depth)
    return `elements nested ${n(shape.depth)} deep, over the limit of ${n(limits.depth)}`;
  if (shape.elements > limits.elements)
    return `${n(shape.elements)} elements, over the limit of ${n(limits.elements)}`;
  if (shape.longestAttribute > limits.attribute)
    return `an attribute of ${n(shape.longestAttribute)} characters, over the limit of ${n(limits.attribute)}`;
  return null;
}

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "table",
  "ul",
  "ol",
  "figcaption",
  "td",
]);
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** The page's text without parsing it: tags dropped, scripts and styles with their content, a paragraph break at each block. */
export function htmlToPlainText(html: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const t of tags(html)) {
    parts.push(html.slice(at, t.start));
    if (BLOCK.has(t.name)) parts.push("\n\n");
    // The content of <script>, <style>… is skipped with the tag.
    at = t.resume;
  }
  // A tag that never closes ends the markup; what follows is not text a reader sees.
  const rest = html.slice(at);
  if (!rest.includes("<")) parts.push(rest);
  return decodeEntities(parts.join(""))
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
