/** Periods of the dyad series ("2015", "2015-Q3", "2015-07") as a continuous run, and as date filters. */
import type { Period } from "../../api.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The period's place on one counting line (years, quarters or months since year 0). */
function ordinal(period: string, by: Period): number {
  const y = Number(period.slice(0, 4));
  if (by === "year") return y;
  if (by === "quarter") return y * 4 + Number(period.slice(6)) - 1;
  return y * 12 + Number(period.slice(5, 7)) - 1;
}

function label(n: number, by: Period): string {
  if (by === "year") return String(n);
  if (by === "quarter") return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  return `${Math.floor(n / 12)}-${pad((n % 12) + 1)}`;
}

/** Every period from the first to the last given, empty ones included, so the axis keeps time's proportions. */
export function continuousPeriods(periods: readonly string[], by: Period): string[] {
  if (!periods.length) return [];
  const ns = periods.map((p) => ordinal(p, by));
  const out: string[] = [];
  for (let n = Math.min(...ns); n <= Math.max(...ns); n++) out.push(label(n, by));
  return out;
}

/** The date filters (since, until) that cover a period: "2015-Q3" → 2015-07 … 2015-09. */
export function periodRange(period: string, by: Period): [string, string] {
  if (by === "quarter") {
    const q = Number(period.slice(6));
    return [`${period.slice(0, 4)}-${pad(q * 3 - 2)}`, `${period.slice(0, 4)}-${pad(q * 3)}`];
  }
  return [period, period];
}

/** The period a date filter (YYYY[-MM[-DD]]) falls in. */
export function periodOf(date: string, by: Period): string {
  if (by === "year" || date.length === 4) return date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return by === "quarter" ? `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}` : date.slice(0, 7);
}
