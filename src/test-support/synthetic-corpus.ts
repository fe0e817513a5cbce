/** Deterministic made-up articles for store and ingest tests: varied states, verbs and dates. */
import { writeFileSync } from "node:fs";

/** Made-up states' names, varied enough that every pair of them is a dyad. */
export const STATES: readonly [string, ...string[]] = [
  "Chile",
  "Peru",
  "Kenya",
  "Ghana",
  "Norway",
  "Poland",
  "Vietnam",
  "Egypt",
  "Brazil",
  "Japan",
  "Turkey",
  "Mexico",
];
const ACTS = [
  (a: string, b: string) => `${a} signed a trade agreement with ${b}`,
  (a: string, b: string) => `the ${a === "Peru" ? "Peruvian" : a} foreign minister visited ${b}`,
  (a: string, b: string) => `${a} accused ${b} of spying`,
  (a: string, b: string) => `${a} imposed sanctions on ${b}`,
];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

/** Article number `i`: two sentences, each an event between two different states. */
export function syntheticArticle(i: number): { title: string; text: string; published: string } {
  const a = STATES[i % STATES.length]!,
    b = STATES[(i * 7 + 3) % STATES.length]!;
  const c = STATES[(i * 5 + 1) % STATES.length]!,
    d = STATES[(i * 11 + 2) % STATES.length]!;
  const year = 2000 + (i % 20);
  const first = ACTS[i % ACTS.length]!(a, b === a ? "Japan" : b);
  const second = ACTS[(i + 1) % ACTS.length]!(c, d === c ? "Norway" : d);
  return {
    title: `Report ${i}`,
    published: `${year}-06-15`,
    text: `In ${MONTHS[i % MONTHS.length]} ${year}, ${first}. Officials said report number ${i} was filed. Later, ${second}.`,
  };
}

/** Writes `n` synthetic articles as a JSONL corpus at `path`. */
export function writeSyntheticCorpus(path: string, n: number, from = 0): void {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++)
    lines.push(
      JSON.stringify({
        id: `syn-${i}`,
        source: i % 2 ? "Daily Example" : "Example Wire",
        ...syntheticArticle(i),
      }),
    );
  writeFileSync(path, lines.join("\n") + "\n");
}
