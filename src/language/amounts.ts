/** Money and counted things: "$14 billion", "USD 900 million", "2.5bn USD", "four Mi-35 helicopters". */
import type { Amount } from "../domain/types.js";

export interface AmountMention extends Amount {
  readonly start: number;
  readonly end: number;
  readonly kind: "money" | "count";
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  crore: 1e7,
  lakh: 1e5,
  thousand: 1e3,
};
const CURRENCY: Record<string, string> = {
  $: "USD",
  us$: "USD",
  usd: "USD",
  dollars: "USD",
  "£": "GBP",
  gbp: "GBP",
  "€": "EUR",
  eur: "EUR",
  euros: "EUR",
  rs: "INR",
  "rs.": "INR",
  inr: "INR",
  rupees: "INR",
  pkr: "PKR",
  rmb: "CNY",
  yuan: "CNY",
  cny: "CNY",
  "¥": "JPY",
  yen: "JPY",
  rubles: "RUB",
  roubles: "RUB",
};
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const SCALE_RE = String.raw`(trillion|billion|million|thousand|crore|lakh|bn|mn|tn)\b`;
const CUR_BEFORE = String.raw`(US\$|USD|\$|£|€|¥|Rs\.?|INR|PKR|RMB|EUR|GBP)`;
const CUR_AFTER = String.raw`(dollars|USD|euros|EUR|rupees|yuan|yen|rubles|roubles|GBP|PKR|INR)`;
const MONEY_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`${CUR_BEFORE}\s?${NUM}\s?(?:${SCALE_RE})?`, "gi"),
  // "2$ billion", "2.5bn USD", "900 million dollars"
  new RegExp(String.raw`${NUM}\s?(\$)\s*${SCALE_RE}`, "gi"),
  new RegExp(String.raw`${NUM}\s?${SCALE_RE}\s?${CUR_AFTER}`, "gi"),
];
const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const COUNTED =
  "helicopters|aircraft|jets|fighters|fighter jets|tanks|missiles|missile systems|ships|warships|submarines|frigates|vessels|drones|troops|soldiers|satellites|apps|reactors|systems|rifles|guns|howitzers|launchers|batteries|planes|trucks|sailors|diplomats|officials|personnel|rounds|people";
// "T-90 tanks", "Mi-35 helicopters": a number inside a model name is not a count.
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\d-])\b(\d+|${NUMBER_WORDS.slice(2).join("|")})\s+((?:[\p{L}\d‘’'"-]+\s+){0,4}?)(${COUNTED})\b`,
  "giu",
);

function number(s: string): number {
  return Number(s.replace(/,/g, ""));
}

/** Every amount in `text`, money before counts where they overlap. */
export function findAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  const free = (a: number, b: number) => !out.some((o) => a < o.end && o.start < b);
  for (const [k, re] of MONEY_PATTERNS.entries()) {
    for (const m of text.matchAll(re)) {
      let value: number, unit: string;
      if (k === 0) {
        value = number(m[2]!) * (SCALE[(m[3] ?? "").toLowerCase()] ?? 1);
        unit = CURRENCY[m[1]!.toLowerCase()] ?? "USD";
      } else if (k === 1) {
        value = number(m[1]!) * (SCALE[m[3]!.toLowerCase()] ?? 1);
        unit = "USD";
      } else {
        value = number(m[1]!) * (SCALE[m[2]!.toLowerCase()] ?? 1);
        unit = CURRENCY[m[3]!.toLowerCase()] ?? "USD";
      }
      // "$ 15" alone is rare; a bare currency sign before a year ("$2014") is a scrape artefact.
      if (!Number.isFinite(value) || value <= 0) continue;
      const start = m.index,
        end = m.index + m[0].trimEnd().length;
      if (free(start, end)) out.push({ start, end, value, unit, kind: "money" });
    }
  }
  for (const m of text.matchAll(COUNT)) {
    const word = m[1]!.toLowerCase();
    const value = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
    if (value <= 0 || (value >= 1900 && value <= 2100)) continue;
    const start = m.index,
      end = m.index + m[0].length;
    if (free(start, end)) out.push({ start, end, value, unit: m[3]!.toLowerCase(), kind: "count" });
  }
  return out.sort((a, b) => a.start - b.start);
}
