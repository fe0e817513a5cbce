// Audit of data/actors/officials: for each state, which offices have a holder on given dates.
// Prints one line per state with its gaps, then totals. Reads dyad's own data only.
// Usage: node scripts/dictionaries/audit-officials.mjs [--dates 2016-01-01,2020-01-01,2026-06-01] [--all] [--state FRA] [--json]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { arg, flag } from "../script-args.mjs";

const DATA = fileURLToPath(new URL("../../data/actors/", import.meta.url));
const OFFICES = [
  ["head-of-state", "HoS"],
  ["head-of-government", "HoG"],
  ["foreign-minister", "FM"],
  ["defence-minister", "DM"],
  ["army-chief", "MIL"],
];

// The 193 UN member states (ISO 3166-1 alpha-3). --all audits every entry of countries.json instead.
const UN =
  `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH
FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR
KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN
SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`.split(/\s+/);

// Where the president leads the government (Turkey since 2018, Eritrea) and there is no separate head of government (or it is
// the same person), a head of state covers the head-of-government office. Kept short and general.
const PRESIDENTIAL = new Set(
  `USA MEX BRA ARG COL CHL PER ECU BOL VEN PRY URY CRI PAN GTM HND SLV NIC DOM IDN PHL NGA KEN GHA
ZAF AFG CYP BEN LBR SLE GMB MWI ZMB ZWE AGO BWA SSD SUR TKM KOR SYC PLW FSM MHL NRU KIR COM IRN CHE BRN OMN ERI TUR`.split(
    /\s+/,
  ),
);

// Commonwealth realms: the British monarch is head of state (Barbados until it became a republic).
const REALMS = new Map(
  `ATG AUS BHS BLZ CAN GRD JAM NZL PNG KNA LCA VCT SLB TUV`.split(/\s+/).map((c) => [c, null]),
);
REALMS.set("BRB", "2021-11-30");

const files = readdirSync(join(DATA, "officials"))
  .filter((f) => f.endsWith(".json"))
  .sort();
const people = files.flatMap((f) => JSON.parse(readFileSync(join(DATA, "officials", f), "utf8")));
const countries = JSON.parse(readFileSync(join(DATA, "countries.json"), "utf8"));
const names = new Map(countries.map((c) => [c.code, c.names?.[0] ?? c.code]));

// Same covering rule as the loader's resolveOfficial: prefix comparison, so "2014" or "2014-06" work.
const covers = (t, date) =>
  t.from.slice(0, date.length) <= date &&
  (t.to === null || date <= t.to.slice(0, Math.max(date.length, 4)) || t.to.startsWith(date));

const holders = new Map(); // "RUS|foreign-minister" -> terms
for (const p of people)
  for (const t of p.terms ?? []) {
    const k = `${t.country}|${t.office}`;
    if (!holders.has(k)) holders.set(k, []);
    holders.get(k).push({ ...t, name: p.name });
  }

const dates = arg("dates", "2016-01-01,2020-01-01,2026-06-01").split(",");
const only = arg("state", null);
const states = only ? [only] : flag("all") ? countries.map((c) => c.code) : UN;

const holderOn = (code, office, date) =>
  (holders.get(`${code}|${office}`) ?? []).filter((t) => covers(t, date)).map((t) => t.name);
const report = [];
let gaps = 0,
  slots = 0;
for (const code of states) {
  const missing = [];
  for (const [office, short] of OFFICES)
    for (const date of dates) {
      slots++;
      let found = holderOn(code, office, date);
      if (!found.length && office === "head-of-government" && PRESIDENTIAL.has(code))
        found = holderOn(code, "head-of-state", date);
      if (
        !found.length &&
        office === "head-of-state" &&
        REALMS.has(code) &&
        (REALMS.get(code) === null || date < REALMS.get(code))
      )
        found = holderOn("GBR", office, date);
      if (!found.length) {
        missing.push(`${short}@${date.slice(0, 4)}`);
        gaps++;
      } else if (only) console.log(`${code} ${short} ${date}: ${found.join(", ")}`);
    }
  report.push({ code, name: names.get(code) ?? "?", missing });
}
if (flag("json")) console.log(JSON.stringify({ dates, gaps, slots, states: report }, null, 1));
else {
  for (const r of report)
    if (r.missing.length)
      console.log(
        `${r.code} ${r.name.padEnd(24)} ${r.missing.length.toString().padStart(2)}  ${r.missing.join(" ")}`,
      );
  const byOffice = OFFICES.map(
    ([, short]) =>
      `${short} ${report.reduce((n, r) => n + r.missing.filter((m) => m.startsWith(short + "@")).length, 0)}`,
  );
  console.log(
    `\n${states.length} states, ${dates.join(" ")}: ${gaps} of ${slots} office-date slots empty (${((100 * gaps) / slots).toFixed(1)}%); by office: ${byOffice.join(", ")}; complete states: ${report.filter((r) => !r.missing.length).length}`,
  );
}
