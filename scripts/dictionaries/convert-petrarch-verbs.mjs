// Converts the PETRARCH-2 CAMEO verb dictionary (MIT, Open Event Data Alliance) into dyad's
// verb data: synsets, verb families with their verbs and patterns, each with source file and line.
//
//   node scripts/dictionaries/convert-petrarch-verbs.mjs [--petrarch DIR] [--out FILE]
//
// Source format: dictionaries.rst, section "Verb Dictionary", and PETRreader.read_verb_dictionary.
// Output is deterministic (file order, sorted set names) so a re-run gives a byte-identical file.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { arg } from "../script-args.mjs";

const DIR = arg("petrarch", "../shared/dictionaries/petrarch2");
const OUT = arg("out", "data/verbs/petrarch.json");
const FILE = "CAMEO.2.0.txt";
const TABARI_FILE = "CAMEO.verbpatterns.150430.txt";
const COPYRIGHT = "Copyright (c) 2015 Open Event Data Alliance";

/** Dropped patterns and other losses, grouped by reason, with a few examples each. */
const dropped = new Map();
function drop(reason, line, text) {
  const d = dropped.get(reason) ?? { count: 0, examples: [] };
  d.count += 1;
  if (d.examples.length < 3) d.examples.push({ line, text: text.trim().replace(/\s+/g, " ") });
  dropped.set(reason, d);
}

// ---------- codes ----------

/** A CAMEO code: 2–4 digits whose root is 01–20 (PETRARCH uses 4-digit sub-codes dyad's table lacks). */
const isCameo = (c) => /^\d{2,4}$/.test(c) && Number(c.slice(0, 2)) >= 1 && Number(c.slice(0, 2)) <= 20;

/**
 * `[042:043]` → code 042, reciprocal 043 (the paired event with source and target swapped);
 * `[---]` → no code, blocking; `[:173]` → only the reciprocal. Returns null when a code is invalid.
 */
function parseCodes(inner) {
  const [first, second, extra] = inner
    .trim()
    .split(":")
    .map((s) => s.trim());
  if (extra !== undefined) return null;
  const one = (c) => (c === undefined || c === "" || c === "---" ? null : c);
  const code = one(first);
  const reciprocal = one(second);
  if ((code !== null && !isCameo(code)) || (reciprocal !== null && !isCameo(reciprocal))) return null;
  return { code, reciprocal, blocks: first === "---" };
}

// ---------- words ----------

const lower = (w) => w.toLowerCase();
/** Set label as written in patterns (`&MILITARY`, `&AUXVERB1_`) → key `military`, `auxverb1`. */
const setKey = (label) => lower(label.replace(/^&/, "").replace(/_+$/, ""));

/** Regular noun plural as dictionaries.rst states it: S, IES after consonant+Y, ES after SS. */
function plural(word) {
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + (word === word.toUpperCase() ? "IES" : "ies");
  if (/ss$/i.test(word)) return word + (word === word.toUpperCase() ? "ES" : "es");
  return word + (word === word.toUpperCase() ? "S" : "s");
}

/** Regular verb forms: 3rd person, past, gerund (no consonant doubling: dyad matches the lemma first). */
function regularForms(v) {
  const s = /(s|x|z|ch|sh)$/.test(v) ? v + "es" : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + "ies" : v + "s";
  const ed = /e$/.test(v) ? v + "d" : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + "ied" : v + "ed";
  const ing = /ie$/.test(v)
    ? v.slice(0, -2) + "ying"
    : /[^aeioy]e$/.test(v)
      ? v.slice(0, -1) + "ing"
      : v + "ing";
  return [v, s, ed, ing];
}

// ---------- the file ----------

/** Splits a line into its content and the comment after the first `#` (PETRARCH's rule). */
function splitComment(raw) {
  const i = raw.indexOf("#");
  return i < 0
    ? { body: raw, comment: null }
    : { body: raw.slice(0, i), comment: raw.slice(i + 1).trim() || null };
}

function readLines(file) {
  return readFileSync(join(DIR, file), "utf8").split(/\r?\n/);
}

// ---------- synsets ----------

function readSets(lines) {
  const sets = new Map(); // key → { phrases: string[][], seen: Set<string> }
  let current = null;
  let noPlurals = false;
  lines.forEach((raw, i) => {
    if (raw.startsWith("####### VERB PATTERNS")) current = "done";
    if (current === "done") return;
    const { body } = splitComment(raw);
    const text = body.trim();
    if (text.startsWith("&")) {
      const label = text.split(/\s+/)[0];
      noPlurals = label.endsWith("_");
      current = setKey(label);
      if (!sets.has(current)) sets.set(current, { phrases: [], seen: new Set() });
    } else if (text.startsWith("+") && current) {
      const entry = text.slice(1).trim();
      const bare = entry.replace(/_+$/, "");
      const words = bare.split(/[_\s]+/).filter(Boolean);
      const forms = [words];
      if (!noPlurals && !entry.endsWith("_")) forms.push([...words.slice(0, -1), plural(words.at(-1))]);
      const set = sets.get(current);
      for (const f of forms) {
        const phrase = f.map(lower);
        const k = phrase.join(" ");
        if (!set.seen.has(k)) {
          set.seen.add(k);
          set.phrases.push(phrase);
        }
      }
    } else if (text && current) {
      drop("synset line not understood", i + 1, raw);
    }
  });
  return new Map([...sets].map(([k, v]) => [k, v.phrases]));
}

// ---------- verbs ----------

/** `+CORDON_OFF` / `WIRE_+TAP` / `RUSH` → the verb word, words before it, words after it. */
function splitVerb(token) {
  const words = token.split("_").filter(Boolean);
  if (words.length === 1) return { verb: lower(words[0].replace(/^\+/, "")), prefix: [], particles: [] };
  const at = words.findIndex((w) => w.startsWith("+"));
  if (at < 0) return null;
  return {
    verb: lower(words[at].slice(1)),
    prefix: words.slice(0, at).map(lower),
    particles: words.slice(at + 1).map(lower),
  };
}

function readVerbLine(body, line, raw, family) {
  // `;` starts a TABARI-style comment on a few verb lines ("RIP {...};shan 7/11/93").
  const m = body
    .replace(/;.*$/, "")
    .trim()
    .match(/^([^\s{[]+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/);
  if (!m) return (drop("verb line not understood", line, raw), null);
  const head = splitVerb(m[1]);
  if (!head || !/^[a-z][a-z'-]*$/.test(head.verb)) return (drop("verb line not understood", line, raw), null);
  let forms;
  if (m[2] !== undefined) {
    // Braces list all other forms (PETRARCH generates none then).
    forms = [head.verb];
    let odd = false;
    for (const t of m[2].split(/[\s,]+/).filter(Boolean)) {
      const f = splitVerb(t);
      if (!f) {
        drop("irregular form not understood (form skipped)", line, raw);
        continue;
      }
      if (f.particles.join(" ") !== head.particles.join(" ") || f.prefix.join(" ") !== head.prefix.join(" "))
        odd = true;
      forms.push(f.verb);
    }
    if (odd) drop("irregular forms with other particles than the verb (forms kept)", line, raw);
  } else forms = regularForms(head.verb);
  let code = null;
  let reciprocal = null;
  let blocks = false;
  if (m[3] !== undefined) {
    const c = parseCodes(m[3]);
    if (!c) return (drop("verb with an invalid CAMEO code", line, raw), null);
    ({ code, reciprocal, blocks } = c);
  }
  return {
    lemma: head.verb,
    forms: [...new Set(forms)],
    particles: head.particles,
    prefix: head.prefix,
    code,
    reciprocal,
    blocks,
    family,
    file: FILE,
    line,
  };
}

// ---------- patterns ----------

const MARKERS = { $: "source", "+": "target", "%": "joint", "^": "skip" };

/** Tokens of a pattern body: brackets, the verb `*`, markers and words. */
const tokenize = (s) => s.match(/[(){}]|[^\s(){}]+/g) ?? [];

/** A word token → phrase elements (`AIR_STRIKE` is TABARI's consecutive pair), or a reason to drop. */
function elementsOf(token, sets) {
  if (token.includes("*")) return { error: "'*' inside a word" };
  if (token.includes("/")) return { error: "TABARI alternatives (A/B) in a pattern" };
  const out = [];
  for (const w of token.split("_").filter(Boolean)) {
    if (w.startsWith("&")) {
      const k = setKey(w);
      if (!sets.has(k)) return { error: "undefined synset", detail: w };
      out.push("&" + k);
    } else if (w in MARKERS) return { error: "marker inside a word" };
    else out.push(lower(w));
  }
  return out.length ? { elements: out } : { error: "empty word" };
}

/** Parses one pattern body (without `-`, code and comment) into before/after/preps and markers. */
function parsePattern(body, sets) {
  const tokens = tokenize(body);
  const stars = tokens.filter((t) => t === "*").length;
  if (stars !== 1) return { error: stars ? "more than one verb '*'" : "no verb '*'" };
  const p = { before: [], after: [], preps: [], source: null, target: null, joint: false, skip: [] };
  let side = "before";
  const mark = (kind, at) => {
    if (kind === "joint") {
      p.joint = true;
      return null;
    }
    if (kind === "skip") {
      p.skip.push(at);
      return null;
    }
    if (p[kind]) return `two ${kind} markers`;
    p[kind] = at;
    return null;
  };
  let i = 0;
  // Reads `{ ... }` starting after the `{`; returns a phrase.
  const braced = () => {
    const phrase = [];
    while (i < tokens.length && tokens[i] !== "}") {
      const t = tokens[i++];
      if (t === "{" || t === "(" || t === ")" || t === "*") return { error: "unbalanced braces" };
      if (t in MARKERS) return { error: "marker inside a braced phrase" };
      const e = elementsOf(t, sets);
      if (e.error) return e;
      phrase.push(...e.elements);
    }
    if (tokens[i] !== "}") return { error: "unbalanced braces" };
    i++;
    return phrase.length ? { phrase } : { error: "empty braced phrase" };
  };
  while (i < tokens.length) {
    const t = tokens[i++];
    if (t === "*") {
      side = "after";
      continue;
    }
    if (t in MARKERS) {
      const err = mark(MARKERS[t], { at: side });
      if (err) return { error: err };
      continue;
    }
    if (t === "{") {
      const b = braced();
      if (b.error) return b;
      p[side].push(b.phrase);
      continue;
    }
    if (t === "(") {
      if (side === "before") return { error: "prepositional phrase before the verb" };
      const prep = tokens[i++];
      if (!prep || /^[(){}*]$/.test(prep) || prep in MARKERS || prep.startsWith("&"))
        return { error: "prepositional phrase without a preposition" };
      const pe = elementsOf(prep, sets);
      if (pe.error) return pe;
      const index = p.preps.length;
      let object = null;
      while (i < tokens.length && tokens[i] !== ")") {
        const u = tokens[i++];
        if (u in MARKERS) {
          const err = mark(MARKERS[u], { at: "prep", index });
          if (err) return { error: err };
          continue;
        }
        // Bare words run together into one phrase: "(TO A VOTE)", "(TO PEACE &TREATY)".
        if (u === "{") {
          if (object) return { error: "prepositional phrase with a braced phrase among other words" };
          const b = braced();
          if (b.error) return b;
          object = b.phrase;
        } else if (/^[(){}*]$/.test(u)) return { error: "unbalanced parentheses" };
        else {
          const e = elementsOf(u, sets);
          if (e.error) return e;
          object = [...(object ?? []), ...e.elements];
        }
      }
      if (tokens[i] !== ")") return { error: "unbalanced parentheses" };
      i++;
      // `(TO BORDER)` keeps a multi-word preposition's words as one prep string.
      p.preps.push({ prep: pe.elements.join(" "), object });
      continue;
    }
    if (t === ")" || t === "}") return { error: "unbalanced parentheses" };
    const e = elementsOf(t, sets);
    if (e.error) return e;
    p[side].push(e.elements);
  }
  return { pattern: p };
}

/** Bare words that are prepositions or clause words outside `(...)`: TABARI linear leftovers. */
const LINEAR = new Set([
  "on",
  "to",
  "from",
  "with",
  "in",
  "of",
  "for",
  "by",
  "against",
  "into",
  "toward",
  "towards",
  "at",
  "that",
  "as",
  "over",
]);

function readPattern(body, comment, line, raw, sets, notes) {
  const m = body.match(/^-\s*(.*)\[([^\]]*)\]\s*$/);
  if (!m) return (drop("pattern without a [CODE] at the end", line, raw), null);
  const codes = parseCodes(m[2]);
  if (!codes) return (drop("invalid CAMEO code", line, raw), null);
  const r = parsePattern(m[1], sets);
  if (r.error) return (drop(r.error, line, raw), null);
  const p = r.pattern;
  if ([...p.before, ...p.after].some((ph) => ph.length === 1 && LINEAR.has(ph[0]))) notes.linear += 1;
  return {
    code: codes.code,
    reciprocal: codes.reciprocal,
    blocks: codes.blocks,
    before: p.before,
    after: p.after,
    preps: p.preps,
    source: p.source,
    target: p.target,
    joint: p.joint,
    skip: p.skip,
    comment,
    file: FILE,
    line,
  };
}

// ---------- main ----------

function convert() {
  const lines = readLines(FILE);
  const header = lines.slice(0, 80).join("\n");
  if (!header.includes(COPYRIGHT))
    throw new Error(`${FILE}: copyright line "${COPYRIGHT}" not found in header`);
  const sets = readSets(lines);
  const verbs = [];
  const families = [];
  const notes = { linear: 0, transformations: 0 };
  let family = null;
  let inVerbs = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith("####### VERB PATTERNS")) {
      inVerbs = true;
      return;
    }
    if (raw.startsWith("~")) {
      notes.transformations += 1;
      return;
    }
    if (!inVerbs || raw.startsWith("#")) return;
    const { body, comment } = splitComment(raw);
    if (!body.trim()) return;
    if (raw.startsWith("---")) {
      const m = body.match(/^---\s+(\S+)\s+\[([^\]]*)\]/);
      const codes = m && parseCodes(m[2]);
      if (!codes) {
        family = null;
        drop("family header not understood (family skipped)", line, raw);
        return;
      }
      family = { name: m[1], code: codes.code, reciprocal: codes.reciprocal, file: FILE, line, patterns: [] };
      families.push(family);
      return;
    }
    if (!family) {
      if (body.trim()) drop("line outside a family", line, raw);
      return;
    }
    if (raw.startsWith("-")) {
      const p = readPattern(body, comment, line, raw, sets, notes);
      if (p) family.patterns.push(p);
      return;
    }
    const v = readVerbLine(body, line, raw, family.name);
    if (v) verbs.push(v);
  });
  return { sets, verbs, families, notes };
}

// ---------- the TABARI-form file, for comparison only ----------

/** Verb lemmas and normalised pattern texts of a verb file, to compare the two PETRARCH files. */
function inventory(file) {
  const verbs = new Set();
  const patterns = new Set();
  let on = false;
  for (const raw of readLines(file)) {
    if (raw.startsWith("####### VERB PATTERNS")) on = true;
    if (!on || raw.startsWith("#") || raw.startsWith("---") || raw.startsWith("~")) continue;
    const { body } = splitComment(raw);
    if (!body.trim()) continue;
    if (raw.startsWith("-")) {
      const norm = body
        .replace(/[(){}]/g, " ")
        .replace(/_/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .toLowerCase();
      patterns.add(norm);
    } else {
      const h = splitVerb(body.trim().split(/\s+/)[0]);
      if (h) verbs.add([...h.prefix, h.verb, ...h.particles].join(" "));
    }
  }
  return { verbs, patterns };
}

function compareTabari() {
  try {
    const a = inventory(FILE);
    const b = inventory(TABARI_FILE);
    const newVerbs = [...b.verbs].filter((v) => !a.verbs.has(v)).sort();
    const newPatterns = [...b.patterns].filter((p) => !a.patterns.has(p));
    return {
      verbs: b.verbs.size,
      patterns: b.patterns.size,
      newVerbs,
      newPatterns: newPatterns.length,
      examples: newPatterns.slice(0, 5),
    };
  } catch (e) {
    return { error: String(e) };
  }
}

/** One line per set, verb and pattern: readable diffs when the source or the converter changes. */
function serialise(o) {
  const j = JSON.stringify;
  const list = (items, f) => items.map(f).join(",\n");
  const setLines = list(Object.entries(o.sets), ([k, v]) => `    ${j(k)}: ${j(v)}`);
  const familyLines = list(
    o.families,
    ({ patterns, ...f }) =>
      `    ${j(f).slice(0, -1)}, "patterns": [\n${list(patterns, (p) => `      ${j(p)}`)}\n    ]}`,
  );
  return `{\n  "provenance": ${j(o.provenance)},\n  "sets": {\n${setLines}\n  },\n  "verbs": [\n${list(o.verbs, (v) => `    ${j(v)}`)}\n  ],\n  "families": [\n${familyLines}\n  ]\n}\n`;
}

const { sets, verbs, families, notes } = convert();
const patternCount = families.reduce((n, f) => n + f.patterns.length, 0);
const blocking = families.reduce((n, f) => n + f.patterns.filter((p) => p.blocks).length, 0);
const paired = families.reduce((n, f) => n + f.patterns.filter((p) => p.reciprocal).length, 0);
const out = {
  provenance: {
    files: [FILE],
    licence: "MIT",
    copyright: COPYRIGHT,
    converter: "scripts/dictionaries/convert-petrarch-verbs.mjs",
  },
  sets: Object.fromEntries([...sets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  verbs,
  families,
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, serialise(out));

const droppedPatterns = [...dropped].sort((a, b) => b[1].count - a[1].count);
const tabari = compareTabari();
console.log(`${FILE} → ${OUT}`);
console.log(`  synsets ${sets.size}, verbs ${verbs.length}, families ${families.length}`);
console.log(
  `  patterns carried over ${patternCount} (blocking ${blocking}, paired ${paired}; ${notes.linear} keep a bare preposition as a noun: TABARI linear leftovers)`,
);
console.log(`  transformations (~) not converted: ${notes.transformations}`);
console.log(`  dropped or skipped, by reason:`);
for (const [reason, d] of droppedPatterns) {
  console.log(`    ${String(d.count).padStart(4)}  ${reason}`);
  for (const e of d.examples) console.log(`            line ${e.line}: ${e.text}`);
}
if (tabari.error) console.log(`  ${TABARI_FILE}: ${tabari.error}`);
else {
  console.log(
    `  ${TABARI_FILE} (not converted): ${tabari.verbs} verbs, ${tabari.patterns} distinct patterns;`,
  );
  console.log(`    verbs absent from ${FILE}: ${tabari.newVerbs.length} (${tabari.newVerbs.join(", ")})`);
  console.log(`    pattern texts absent from ${FILE}: ${tabari.newPatterns}; e.g.`);
  for (const e of tabari.examples) console.log(`      - ${e}`);
}
