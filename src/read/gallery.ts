/**
 * Photo-gallery chrome glued into scraped text: "Photos: <gallery title> <caption> Hide Caption 3 of 8",
 * caption after caption on one line or several. Each caption becomes its own line, without the
 * gallery's counter and without the gallery title repeated before every caption, which would
 * otherwise read as the subject of the caption's first sentence.
 */

const COUNTER = /\s*\bHide Caption \d+ of \d+\b\s*/g;
const GALLERY_LABEL = /^(?:Photos|Pictures|In pictures|Gallery):\s/;

export interface Gallery {
  readonly text: string;
  readonly removed: readonly string[];
}

/** The words every line starts with, when there are at least two lines. */
function commonWords(lines: readonly string[]): string[] {
  const split = lines.map((l) => l.split(" "));
  const first = split[0];
  if (!first || lines.length < 2) return [];
  let n = 0;
  while (n < first.length && split.every((w) => w[n] === first[n])) n++;
  return first.slice(0, n);
}

export function stripGalleryChrome(text: string): Gallery {
  if (!text.includes("Hide Caption")) return { text, removed: [] };
  const counters = text.match(COUNTER) ?? [];
  const lines = text.replace(COUNTER, "\n").split("\n");
  const labelled = lines.filter((l) => GALLERY_LABEL.test(l));
  const prefix = commonWords(labelled);
  // Keep at least one word of every caption: a prefix that swallows a whole line is no title.
  const title =
    prefix.length >= 2 && labelled.every((l) => l.split(" ").length > prefix.length) ? prefix : [];
  const head = title.join(" ");
  const out = title.length
    ? lines.map((l) => (l.startsWith(`${head} `) ? l.slice(head.length + 1) : l))
    : lines;
  return {
    text: out.join("\n"),
    removed: [
      ...(counters.length ? [`${counters.length} gallery caption counter(s) ("Hide Caption 1 of N")`] : []),
      ...(title.length ? [`gallery title before ${labelled.length} captions: "${head}"`] : []),
    ],
  };
}
