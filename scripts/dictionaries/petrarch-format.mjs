// Readers for the PETRARCH-2 (TABARI-style) actor and agent dictionaries, as documented in the
// dictionaries' own dictionaries.rst ("Actor dictionary", "Agent dictionary"). Pure parsing: no
// decisions about what dyad keeps, which live in convert-petrarch-actors.mjs.

/** "750101" or "19750101" as "1975-01-01"; two-digit years 00-30 are 20YY (as KEDS, TABARI and PETRARCH). */
export function isoDate(raw) {
  const d = raw.length <= 7 ? `${Number(raw.slice(0, 2)) <= 30 ? "20" : "19"}${raw}` : raw;
  if (!/^\d{8}$/.test(d)) return null;
  const [y, m, day] = [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)];
  if (m < "01" || m > "12" || day < "01" || day > "31") return null;
  return `${y}-${m}-${day}`;
}

/** One bracketed code: `[RUSGOV 20000507-20080507]`, `[RUSGOV >080508]`, `[AFGELI <620101]`, `[AFGMIL]`. */
export function parseCode(text, line) {
  const m = /^\s*([A-Z~-]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$/.exec(text);
  if (!m) return { code: null, raw: text, line };
  const [, code, op, one, from, to] = m;
  if (op)
    return isoDate(one)
      ? op === ">"
        ? { code, from: isoDate(one), to: null, open: true, line }
        : { code, from: null, to: isoDate(one), line }
      : { code: null, raw: text, line };
  if (from) {
    const [f, t] = [isoDate(from), isoDate(to)];
    // A malformed bound ("2004017") makes the whole restriction unusable.
    return f && t ? { code, from: f, to: t, line } : { code: null, raw: text, line };
  }
  return { code, from: null, to: null, undated: true, line };
}

const codesIn = (text, line) => [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1], line));
/** A PETRARCH comment starts at '#' (actor files) or ';' after the phrase (older TABARI style). */
const uncomment = (line) =>
  line
    .replace(/\s#.*$|^#.*$|#\s.*$/, "")
    .replace(/\s;.*$/, "")
    .replace(/\s+$/, "");

/**
 * Records of an actor file: a primary phrase (optionally with codes), `+` synonyms, and tab-indented
 * date restrictions. Each record: { line, names: [{ phrase, line }], codes: [{ code, from, to, line }] }.
 */
export function parseActors(text) {
  const records = [];
  let current = null;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const lineNo = i + 1;
    const line = uncomment(rawLine);
    if (!line.trim()) return;
    if (/^\s/.test(line) && line.trim().startsWith("[")) {
      if (current) current.codes.push(...codesIn(line, lineNo));
      return;
    }
    const body = line.trim();
    const phrase = body.replace(/\[.*$/, "").trim();
    const codes = codesIn(body, lineNo);
    if (body.startsWith("+")) {
      if (current) {
        current.names.push({ phrase: phrase.slice(1).trim(), line: lineNo });
        current.codes.push(...codes);
      }
      return;
    }
    current = { line: lineNo, names: [{ phrase, line: lineNo }], codes };
    records.push(current);
  });
  return records;
}

/** Regular English plural as the agent dictionary's rules make it (S, IES after a consonant, ES after a sibilant). */
export function plural(word) {
  if (/[^AEIOU]Y$/i.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(?:SS|SH|CH|X|Z)$/i.test(word)) return `${word}ES`;
  if (/S$/i.test(word)) return word;
  return `${word}S`;
}

/**
 * Agents: `PHRASE {PLURAL} [~CODE]` with `!MARKER! = A, B` substitution sets. Returns
 * { line, phrases: [..], code, prefix } where prefix is true for `CODE~` (an organisation type).
 */
export function parseAgents(text) {
  const sets = new Map();
  const agents = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/#.*$/, "").trim();
    if (!line) return;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(
        set[1],
        set[2]
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
      return;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]/.exec(line);
    if (!m) return;
    const [, phrase, pluralForm, rawCode] = m;
    const code = rawCode.replace(/[{}]/g, "").trim();
    const prefix = code.endsWith("~");
    const expand = (p) => {
      // A marker glued to letters on its right ("AD!MINIST!RATION") is the word it replaced.
      const q = p.replace(/(![A-Z]+!)(?=[A-Z])/g, (_, mk) => mk.slice(1, -1));
      const marker = /![A-Z]+!/.exec(q);
      if (!marker || !sets.has(marker[0])) return [{ phrase: q, marked: false }];
      return sets.get(marker[0]).map((v) => ({ phrase: q.replace(marker[0], v), marked: true }));
    };
    const phrases = [];
    for (const { phrase: p, marked } of expand(phrase.trim())) {
      phrases.push(p);
      // Substitution sets list every form themselves; {} means no plural; {X} gives it.
      if (marked || pluralForm === "") continue;
      if (pluralForm !== undefined) phrases.push(...expand(pluralForm.trim()).map((e) => e.phrase));
      else phrases.push(p.replace(/([A-Z'.]+)(_?)$/, (_, w, u) => `${plural(w)}${u}`));
    }
    agents.push({ line: i + 1, phrases: [...new Set(phrases)], code: code.replace(/~/g, ""), prefix });
  });
  return agents;
}

/** A phrase's words: underscores and blanks both separate; a trailing `_` only marks a whole word. */
export const words = (phrase) =>
  phrase
    .replace(/_+$/, "")
    .split(/[_\s]+/)
    .filter(Boolean);
