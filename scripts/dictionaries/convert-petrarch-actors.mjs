#!/usr/bin/env node
// Converts the PETRARCH-2 (Phoenix) actor and agent dictionaries into dyad's own format under
// data/actors/petrarch/: office holders with dated terms, state bodies, international organisations,
// non-state armed groups, and agent nouns as role-giving titles. Deterministic: the same inputs give
// the same bytes. Every entry keeps its source file and line. dyad's own lists are a higher layer at
// load time (src/actors/dictionary.ts); this script only drops what is unsafe or out of dyad's scope,
// and counts it in data/actors/petrarch/README.md.
//
//   node scripts/dictionaries/convert-petrarch-actors.mjs [--petrarch DIR] [--treebanks DIR] [--out DIR]
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { arg } from "../script-args.mjs";
import { parseActors, parseAgents, words } from "./petrarch-format.mjs";

const root = resolve(new URL("../..", import.meta.url).pathname);
const petrarch = resolve(root, arg("petrarch", "../shared/dictionaries/petrarch2"));
const treebanks = resolve(root, arg("treebanks", "../shared/treebanks/en-ewt"));
const out = resolve(root, arg("out", "data/actors/petrarch"));

const FILES = {
  countries: "Phoenix.Countries.actors.txt",
  international: "Phoenix.International.actors.txt",
  nonstate: "Phoenix.MilNonState.actors.txt",
  agents: "Phoenix.agents.txt",
};
const read = (name) => readFileSync(join(petrarch, name), "utf8");

// ---- what dyad already knows (for codes only: precedence itself is applied by the loader) ----
const dyadCountries = JSON.parse(readFileSync(join(root, "data/actors/countries.json"), "utf8"));
const STATES = new Set(dyadCountries.map((c) => c.code));
const dyadOrgs = JSON.parse(readFileSync(join(root, "data/actors/organisations.json"), "utf8"));
const dyadOrgByName = new Map(dyadOrgs.flatMap((o) => o.names.map((n) => [n.toLowerCase(), o.code])));
const dyadTitles = JSON.parse(readFileSync(join(root, "data/actors/titles.json"), "utf8"));
/** Titles that are also given names ("Sultan Ali Keshtmand"). */
const GIVEN_NAMES = new Set(["sultan", "emir", "amir", "malik", "raja", "khan"]);
/** Single words of dyad's office titles ("president", "minister", "general"): a name holding one is a title phrase. */
const TITLE_WORDS = new Set(
  [
    ...dyadTitles.offices
      .flatMap((g) => g.words)
      .filter((w) => !/\s/.test(w))
      .map((w) => w.toLowerCase().replace(/\.$/, "")),
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "secretary",
    "chairman",
    "spokesman",
    "col",
    "lt",
    "maj",
    "capt",
    "former",
    "deputy",
    "acting",
  ].filter((w) => !GIVEN_NAMES.has(w)),
);

// ---- common English words: the lower-case forms of UD English-EWT ----
/** Every form that occurs in lower case in EWT: "bush", "rice", "hope", "may", "white", "house". */
function commonWords() {
  const files = ["train", "dev", "test"]
    .map((s) => join(treebanks, `en_ewt-ud-${s}.conllu`))
    .filter(existsSync);
  if (!files.length) throw new Error(`no EWT treebank under ${treebanks} (give --treebanks DIR)`);
  const set = new Set();
  for (const f of files) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      if (!/^\d+\t/.test(line)) continue;
      const form = line.split("\t")[1];
      if (form === form.toLowerCase() && /\p{L}/u.test(form)) set.add(form);
    }
  }
  return set;
}
const COMMON = commonWords();

// ---- casing: PETRARCH phrases are upper case; dyad matches names case-sensitively ----
const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "de",
  "da",
  "del",
  "della",
  "di",
  "du",
  "des",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "y",
  "e",
  "ul",
  "ud",
  "ur",
  "dos",
  "das",
  "i",
]);
const FUNCTION = new Set([
  "of",
  "the",
  "and",
  "for",
  "in",
  "on",
  "to",
  "at",
  "by",
  "a",
  "an",
  "against",
  "with",
]);
const cap = (w) => {
  const lower = w.toLocaleLowerCase("en");
  const c = lower.charAt(0).toLocaleUpperCase("en") + lower.slice(1);
  return c
    .replace(/^Mc(\p{L})/u, (_, l) => `Mc${l.toUpperCase()}`)
    .replace(/'(\p{L}{2,})/gu, (_, r) => `'${r.charAt(0).toUpperCase()}${r.slice(1)}`);
};
/** A short token that is no English word ("UN", "PLA") or one with dots ("U.N.") stays upper case. */
const isAcronym = (w) =>
  /\./.test(w) ||
  (w.replace(/[^A-Z]/g, "").length <= 3 &&
    !COMMON.has(w.toLowerCase()) &&
    !PARTICLES.has(w.toLowerCase()) &&
    !FUNCTION.has(w.toLowerCase())) ||
  !/[AEIOUY]/.test(w);

/** The ways a person's upper-case name is written: "Ban Ki-Moon"/"Ban Ki-moon", "al-Assad"/"Al-Assad". */
function personForms(tokens) {
  const style = (particleCap, tailLower) =>
    tokens
      .map((t, i) =>
        t
          .split("-")
          .map((part, j) => {
            if (/\./.test(part)) return part;
            if (PARTICLES.has(part.toLowerCase()) && !particleCap && (i > 0 || (j === 0 && t.includes("-"))))
              return part.toLowerCase();
            return j > 0 && tailLower ? part.toLowerCase() : cap(part);
          })
          .join("-"),
      )
      .join(" ");
  return [...new Set([style(false, false), style(true, false), style(false, true)])];
}

/** An organisation's name: function words lower case, acronyms kept ("UN General Assembly"). */
function orgForms(tokens) {
  // One token: an abbreviation as written ("ANSF"); a word-like form ("Hamas") only from 5 letters, as "Ana" or "Iaea" would be wrong.
  if (tokens.length === 1)
    return [
      ...new Set([tokens[0], ...(letters(tokens[0]) >= 5 ? [tokens[0].split("-").map(cap).join("-")] : [])]),
    ];
  // A short token may be an abbreviation ("UN General Assembly") or a word ("Abu Mohammad"): both are written.
  const style = (acronyms) =>
    tokens
      .map((t, i) =>
        t
          .split("-")
          .map((part) => {
            const l = part.toLowerCase();
            if (i > 0 && (FUNCTION.has(l) || PARTICLES.has(l))) return l;
            return acronyms && isAcronym(part) ? part : cap(part);
          })
          .join("-"),
      )
      .join(" ");
  return [...new Set([style(true), style(false)])];
}

// ---- the safety rule for names ----
const letters = (s) => s.replace(/[^\p{L}]/gu, "").length;
const tokensOf = (name) =>
  name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((t) =>
      t
        .toLowerCase()
        .replace(/[.'’]+$/, "")
        .replace(/'s$/, ""),
    );
/**
 * Why a name is unsafe to match on its own, or null: under 3 letters; for a body or group, an
 * abbreviation of three capitals ("ANA": Afghan or Albanian National Army?); characters no name has; one
 * token that is a common English word (including upper-case abbreviations such as "AIM"); for a
 * person, a title inside ("President Karzai": dyad reads titles itself); for a body or group, every
 * token a common word ("National Security Council", "White House": such names belong to many states
 * or are dyad's own). Two capitalised common words are still a person's name ("Joe Hockey").
 */
function unsafe(name, person) {
  if (letters(name) < 3) return "short";
  // "ANA", "ALF": three capitals stand for too many things at once.
  if (!person && /^[A-Z]{3}$/.test(name.replace(/\./g, ""))) return "three-letter abbreviation";
  if (/[+/()\d#&[\]]/.test(name)) return "odd";
  const toks = tokensOf(name);
  if (toks.length === 1 && COMMON.has(toks[0])) return "common";
  if (person) return toks.some((t) => TITLE_WORDS.has(t)) ? "title" : null;
  if (toks.every((t) => COMMON.has(t) || FUNCTION.has(t) || PARTICLES.has(t))) return "common";
  return null;
}

// ---- counts for the README ----
const dropped = new Map();
const examples = new Map();
/** Counts a dropped item under `why`; `example` is a name shown in the README, `sub` a code counted within `why`. */
const drop = (why, n = 1, example = null, sub = null) => {
  dropped.set(why, (dropped.get(why) ?? 0) + n);
  const list = examples.get(why) ?? [];
  if (sub) {
    const found = list.find((e) => e.sub === sub);
    if (found) found.n += n;
    else examples.set(why, [...list, { sub, n }]);
  } else if (example && list.length < 3 && !list.some((e) => e.text === example))
    examples.set(why, [...list, { text: example }]);
};

// ---- actor records ----
/** Phoenix's codes for states that are gone, as dyad codes them (countries.json "historical"; the spec codes the Soviet Union RUS). */
const SUCCESSORS = { USR: "RUS", SUN: "RUS", DDR: "DEU", YUG: "SRB", SCG: "SRB", CSK: "CZE" };
const OFFICE = {
  GOV: "government",
  LEG: "legislature",
  JUD: "judiciary",
  COP: "police",
  MIL: "military",
  SPY: "intelligence",
};
const BODY_ROLE = {
  GOV: "GOV",
  LEG: "GOV",
  JUD: "GOV",
  COP: "GOV",
  MIL: "MIL",
  SPY: "SPY",
  MED: "MED",
  BUS: "BUS",
};
let horizon = "0000-00-00";

/** A record's names, split on the parenthesised abbreviations that some carry: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_". */
function namesOf(record, forms, person) {
  const outNames = [];
  for (const { phrase } of record.names) {
    if (!phrase || phrase.includes("+")) {
      drop("malformed phrase");
      continue;
    }
    const inner = [...phrase.matchAll(/\(([A-Z.]+)\)/g)].map((m) => m[1]);
    const main = words(phrase.replace(/\([^)]*\)/g, " "));
    for (const variant of [main, ...inner.map((a) => [a])]) {
      if (!variant.length) continue;
      for (const name of forms(variant)) {
        const why = unsafe(name, person);
        if (why) drop(`${person ? "person" : "organisation"} name: ${why}`, 1, name);
        else outNames.push(name);
      }
    }
  }
  return [...new Set(outNames)];
}

const persons = [];
const bodies = [];
const orgs = [];

function termsOf(record, igoCode) {
  const terms = [];
  for (const c of record.codes) {
    if (!c.code) {
      drop("malformed date restriction", 1, c.raw);
      continue;
    }
    if (c.undated) continue;
    if (c.to && c.to > horizon) horizon = c.to;
    if (c.from && c.from > horizon) horizon = c.from;
    let country = SUCCESSORS[c.code.slice(0, 3)] ?? c.code.slice(0, 3);
    const kind = c.code.slice(3, 6);
    let office = OFFICE[kind];
    if (country === "IGO") {
      country = igoCode(c.code);
      office = "igo";
    } else if (!STATES.has(country)) {
      drop("term of a state dyad does not list", 1, null, country);
      continue;
    }
    if (!office) {
      drop("term with a role that is no office", 1, null, kind || "(none)");
      continue;
    }
    terms.push({ country, office, from: c.from ?? "1900-01-01", to: c.open ? null : c.to, line: c.line });
  }
  return terms;
}

/** dyad's code for a Phoenix IGO code when any name under that code is one of dyad's organisations. */
function igoCodes(records) {
  const map = new Map();
  for (const r of records) {
    const code = r.codes.find((c) => c.code?.startsWith("IGO"))?.code;
    if (!code || map.has(code)) continue;
    for (const { phrase } of r.names) {
      for (const n of orgForms(words(phrase.replace(/\([^)]*\)/g, " ")))) {
        const known =
          dyadOrgByName.get(n.toLowerCase()) ?? dyadOrgByName.get(n.replace(/^The /, "").toLowerCase());
        if (known) {
          map.set(code, known);
          break;
        }
      }
      if (map.has(code)) break;
    }
  }
  return (code) => map.get(code) ?? code;
}

/** Phoenix IGO codes are defined by the international file; terms at an IGO elsewhere use the same map. */
const igoCode = igoCodes(parseActors(read(FILES.international)));
const slug = (record) =>
  words(record.names[0].phrase.replace(/\([^)]*\)/g, " "))
    .join("_")
    .replace(/[^A-Z0-9_]/gi, "")
    .toUpperCase();

function convertActors(file, kind) {
  const records = parseActors(read(file));
  for (const r of records) {
    const dated = r.codes.filter((c) => c.code && !c.undated);
    const undated = r.codes.filter((c) => c.code && c.undated).map((c) => c.code);
    if (dated.length) {
      if (kind === "nonstate") {
        drop("member of a non-state group (person)");
        continue;
      }
      const terms = termsOf(r, igoCode);
      if (!terms.length) {
        drop("person with no office term dyad codes");
        continue;
      }
      const names = namesOf(r, personForms, true);
      if (!names.length) {
        drop("person with no safe name");
        continue;
      }
      persons.push({ names, terms, file, line: r.line });
      continue;
    }
    const code = undated[0];
    if (!code) {
      drop("record without a code");
      continue;
    }
    if (kind === "countries") {
      const country = SUCCESSORS[code.slice(0, 3)] ?? code.slice(0, 3);
      const role = BODY_ROLE[code.slice(3, 6)];
      if (code.length === 3) {
        drop("state name, city or province (dyad's countries.json covers states)");
        continue;
      }
      if (code.slice(3, 6) === "REB" && STATES.has(country)) {
        const names = namesOf(r, orgForms, false);
        if (names.length)
          orgs.push({
            code: dyadOrgCode(names) ?? slug(r),
            names,
            role: "REB",
            scope: "nonstate",
            file,
            line: r.line,
          });
        continue;
      }
      if (!STATES.has(country) || !role) {
        drop("undated record that is no state body dyad codes (territory, elite, …)", 1, null, code);
        continue;
      }
      const names = namesOf(r, orgForms, false);
      if (names.length) bodies.push({ country, names, role, file, line: r.line });
      continue;
    }
    if (kind === "international") {
      if (!code.startsWith("IGO")) {
        drop("international record that is no IGO (companies, NGOs)", 1, null, code.slice(0, 3));
        continue;
      }
      const names = namesOf(r, orgForms, false);
      if (names.length)
        orgs.push({ code: igoCode(code), names, role: "IGO", scope: "igo", file, line: r.line });
      continue;
    }
    // Non-state file: armed groups and movements, whatever country prefix Phoenix gives them.
    const names = namesOf(r, orgForms, false);
    if (names.length)
      orgs.push({
        code: dyadOrgCode(names) ?? slug(r),
        names,
        role: /OPP/.test(code) ? "OPP" : "REB",
        scope: "nonstate",
        file,
        line: r.line,
      });
  }
}
const dyadOrgCode = (names) => names.map((n) => dyadOrgByName.get(n.toLowerCase())).find(Boolean) ?? null;

convertActors(FILES.countries, "countries");
convertActors(FILES.international, "international");
convertActors(FILES.nonstate, "nonstate");

// Terms left open by Phoenix end where the source does: it was last revised then.
for (const p of persons) for (const t of p.terms) t.to ??= horizon;

// ---- names two different actors claim are dropped from both ----
const owners = new Map();
const claim = (name, owner) => owners.set(name, (owners.get(name) ?? new Set()).add(owner));
persons.forEach((p) => p.names.forEach((n) => claim(n, `person:${p.names[0]}`)));
bodies.forEach((b) => b.names.forEach((n) => claim(n, `state:${b.country}:${b.role}`)));
orgs.forEach((o) => o.names.forEach((n) => claim(n, `org:${o.code}:${o.role}`)));
const shared = (n) => (owners.get(n)?.size ?? 0) > 1;
const unshared = (list) => {
  const kept = list.filter((n) => !shared(n));
  drop("name: claimed by two actors", list.length - kept.length);
  return kept;
};

// ---- agents: role nouns ----
/** Phoenix agent codes (first three letters) onto dyad's roles; anything else is dropped and counted. */
const AGENT_ROLES = {
  GOV: ["GOV", "government"],
  LEG: ["GOV", "government"],
  JUD: ["GOV", "government"],
  COP: ["GOV", "government"],
  MIL: ["MIL", "military"],
  SPY: ["SPY", "intelligence"],
  BUS: ["BUS", "business"],
  MED: ["MED", "media"],
  OPP: ["OPP", "opposition"],
  REB: ["REB", "rebels"],
  UAF: ["REB", "rebels"],
  CVL: ["CVL", "civil-society"],
  NGO: ["CVL", "civil-society"],
  HRI: ["CVL", "civil-society"],
};
const titles = [];
const wordRole = new Map();
for (const a of parseAgents(read(FILES.agents))) {
  const primary = a.code.slice(0, 3);
  const mapped = a.prefix ? null : AGENT_ROLES[primary];
  if (!mapped) {
    drop("agent with no dyad role", 1, null, a.prefix ? `${primary}~` : primary);
    continue;
  }
  const forms = [];
  for (const p of a.phrases) {
    const ws = words(p).map((w) => w.toLowerCase());
    if (!ws.length || ws.some((w) => /[^\p{L}'.-]/u.test(w))) {
      drop("agent: malformed phrase");
      continue;
    }
    const lower = ws.join(" ");
    if (letters(lower) < 3) {
      drop("agent: short");
      continue;
    }
    const title = ws
      .map((w, i) => (i > 0 && FUNCTION.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(" ");
    forms.push(lower, title);
    wordRole.set(lower, (wordRole.get(lower) ?? new Set()).add(mapped[0]));
  }
  if (forms.length)
    titles.push({
      words: [...new Set(forms)],
      role: mapped[0],
      office: mapped[1],
      file: FILES.agents,
      line: a.line,
    });
}
// A noun Phoenix gives two roles is left out.
for (const t of titles) {
  const before = t.words.length;
  t.words = t.words.filter((w) => wordRole.get(w.toLowerCase())?.size === 1);
  drop("agent: noun with two roles", before - t.words.length);
}

// ---- write ----
const byFileLine = (a, b) => a.file.localeCompare(b.file) || a.line - b.line;
const officials = persons
  .map((p) => ({ ...p, names: unshared(p.names) }))
  .filter((p) => p.names.length || (drop("person with no unshared name"), false))
  .sort(byFileLine)
  .map((p) => ({
    name: p.names[0],
    aliases: p.names.slice(1),
    strict: true,
    terms: p.terms.sort((a, b) => a.from.localeCompare(b.from)),
    file: p.file,
    line: p.line,
  }));
const bodyRows = bodies
  .map((b) => ({ ...b, names: unshared(b.names) }))
  .filter((b) => b.names.length)
  .sort(byFileLine);
const countries = [...new Set(bodyRows.map((b) => b.country))].sort().map((code) => ({
  code,
  bodies: bodyRows
    .filter((b) => b.country === code)
    .flatMap((b) => b.names.map((name) => ({ name, role: b.role, file: b.file, line: b.line }))),
}));
const orgRows = orgs
  .map((o) => ({ ...o, names: unshared(o.names) }))
  .filter((o) => o.names.length)
  .sort(byFileLine)
  .map((o) => ({ code: o.code, names: o.names, role: o.role, scope: o.scope, file: o.file, line: o.line }));
const titleRows = titles.filter((t) => t.words.length);

mkdirSync(join(out, "officials"), { recursive: true });
const json = (rows) => `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(",\n")}\n]\n`;
writeFileSync(join(out, "officials", "phoenix.json"), json(officials));
writeFileSync(join(out, "countries.json"), json(countries));
writeFileSync(join(out, "organisations.json"), json(orgRows));
writeFileSync(join(out, "titles.json"), `{\n"offices": ${json(titleRows).trimEnd()},\n"voices": []\n}\n`);

const counts = {
  officials: officials.length,
  terms: officials.reduce((n, p) => n + p.terms.length, 0),
  bodies: countries.reduce((n, c) => n + c.bodies.length, 0),
  states: countries.length,
  igo: orgRows.filter((o) => o.scope === "igo").length,
  nonstate: orgRows.filter((o) => o.scope === "nonstate").length,
  titleGroups: titleRows.length,
  titles: titleRows.reduce((n, t) => n + t.words.length, 0),
  horizon,
};
writeFileSync(
  join(out, "README.md"),
  readme(
    counts,
    [...dropped].sort(([a], [b]) => a.localeCompare(b)),
    examples,
  ),
);
console.log(JSON.stringify(counts));

function readme(c, drops, ex) {
  const agentTable = Object.entries(AGENT_ROLES)
    .map(([k, [role, office]]) => `| ${k} | ${role} | ${office} |`)
    .join("\n");
  const detail = (why) =>
    (ex.get(why) ?? [])
      .map((e) => (e.sub ? [e.n, `${e.sub} ${e.n.toLocaleString("en")}`] : [0, `\`${e.text}\``]))
      .sort((a, b) => b[0] - a[0])
      .slice(0, 12)
      .map(([, t]) => t)
      .join(", ");
  const dropTable = drops
    .map(([why, n]) => `| ${why} | ${n.toLocaleString("en")} | ${detail(why)} |`)
    .join("\n");
  return `# Actors from the PETRARCH-2 (Phoenix) dictionaries

Generated by \`npm run convert:actors\` (\`scripts/dictionaries/convert-petrarch-actors.mjs\`) from
${Object.values(FILES)
  .map((f) => `\`${f}\``)
  .join(", ")} of PETRARCH-2 (\`../shared/dictionaries/petrarch2\`,
formats in its \`dictionaries.rst\`). Do not edit these files by hand: change the script and rebuild.

    npm run convert:actors                      # or: node scripts/dictionaries/convert-petrarch-actors.mjs --petrarch DIR --treebanks DIR

The script reads UD English-EWT (\`../shared/treebanks/en-ewt\`) only to know which words are common
English (see the rule below) and dyad's own \`data/actors/*.json\` only to reuse dyad's codes for
organisations it already has. The output is deterministic, and every entry keeps \`file\` and \`line\`
of the PETRARCH record it comes from.

## What is here

| file | what | count |
|---|---|---|
| \`officials/phoenix.json\` | office holders with dated terms (\`strict\`: they resolve only on a date inside a term) | ${c.officials.toLocaleString("en")} persons, ${c.terms.toLocaleString("en")} terms |
| \`countries.json\` | state bodies without dates (\`[AFGMIL]\` "Afghan National Army") | ${c.bodies} names of ${c.states} states |
| \`organisations.json\` | international organisations (\`scope: "igo"\`) and armed groups (\`scope: "nonstate"\`) | ${c.igo} IGO and ${c.nonstate} non-state records |
| \`titles.json\` | agent nouns as role-giving titles ("junta", "coast guard", "police") | ${c.titles.toLocaleString("en")} forms in ${c.titleGroups.toLocaleString("en")} groups |

**A lower layer.** \`src/actors/layers.ts\` loads these under dyad's own lists: a name, person or
title word that dyad's lists (or a \`DYAD_DICTIONARIES\` folder) already have is dropped from this
layer, so dyad wins every conflict. The Phoenix lists stop on ${c.horizon} (their newest date): a
term Phoenix leaves open (\`[AFGGOV >011222]\`) ends there, and dyad's own office-holder lists are the
newer layer.

**Offices.** A person's term code is a state and a role (\`RUSGOV\`, \`USAGOVMIL\`, \`AFGMIL\`): the first
role decides. GOV, LEG, JUD and COP give the generic offices \`government\`, \`legislature\`,
\`judiciary\`, \`police\` (role GOV); MIL gives \`military\` (MIL); SPY \`intelligence\` (SPY); a term at an
international organisation (\`[IGOUNO >20070101]\`) gives \`igo\` (role IGO). A date range with no
role dyad codes (ELI, former officials; OPP; territories such as \`GBRVGB\`) is left out. Two-digit
years 00-30 are 20YY, as in PETRARCH. States that are gone take dyad's code for them (its
\`historical\` names): ${Object.entries(SUCCESSORS)
    .map(([a, b]) => `${a} → ${b}`)
    .join(", ")}.

**Agents.** Phoenix agent codes onto dyad's roles (the first three letters of the code decide;
\`[~GOVMIL]\` "military government" is GOV):

| Phoenix | dyad role | office |
|---|---|---|
${agentTable}

Every other code (AGR, EDU, LAB, HLH, REL and the religions, CRM, REF, ELI, PTY, ENV, DEV, …) has no
dyad role and is dropped; so are \`IGO~\`/\`NGO~\` prefix codes, which name a kind of organisation, not a
role of the state before them. Each agent gives its lower-case form and its capitalised form, and
its regular plural unless \`{}\` says otherwise; \`!PERSON!\`/\`!MINIST!\` sets are expanded. Phoenix's
"words may stand between" (a blank in the phrase) is read as consecutive words.

**Names.** PETRARCH writes names in capitals; persons are written as "Ban Ki-Moon" and
"Ban Ki-moon", "al-Assad" and "Al-Assad"; organisations keep short tokens that are no English word
as abbreviations ("UN General Assembly") and also as words ("Abu …").

## The rule for unsafe names

A name is left out when it is:
- shorter than 3 letters, or holds digits, brackets, slashes or \`+\`;
- for a body or group, an abbreviation of three capitals ("ANA" is the Afghan and the Albanian
  National Army); a one-word name of four letters or fewer is kept only in capitals ("ANSF", not "Ansf");
- a single token that is a common English word, i.e. whose lower-case form occurs in lower case in
  UD English-EWT: "Youth", "Zero", "Organization", and upper-case abbreviations that are words;
- for a body or group, made only of common words ("National Security Council", "White House",
  "People's Liberation Army"): such names belong to many states, or dyad has them itself;
- for a person, holding a title word from dyad's \`titles.json\` ("President Karzai", "Foreign
  Minister Ghani"): dyad reads the title and the name separately;
- claimed by two different actors in Phoenix (a name of two persons, or of a person and a group).

## Dropped, and why

| reason | count | examples, or counts by code |
|---|---|---|
${dropTable}

Companies (MNC) and NGOs from \`Phoenix.International.actors.txt\` are out of dyad's scope (dyad codes
a company as its state with role BUS only when the text says so); state names, cities and provinces
from \`Phoenix.Countries.actors.txt\` are left to dyad's \`countries.json\`, which keeps cities as places
of action, not actors.

## Licence

The PETRARCH-2 dictionaries are distributed under the MIT licence:

> The MIT License (MIT)
>
> Copyright (c) 2014 Open Event Data Alliance
>
> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
> associated documentation files (the "Software"), to deal in the Software without restriction,
> including without limitation the rights to use, copy, modify, merge, publish, distribute,
> sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
> furnished to do so, subject to the following conditions:
>
> The above copyright notice and this permission notice shall be included in all copies or
> substantial portions of the Software.
>
> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
> NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
> NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
> OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
> CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

(Header of \`Phoenix.Countries.actors.txt\` and \`Phoenix.agents.txt\`; the repository's \`LICENSE\` names
"Open Event Data". The lists were built by the Computational Event Data System project and the Open
Event Data Alliance with NSF funding.)
`;
}
