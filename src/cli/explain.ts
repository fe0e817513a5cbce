/**
 * `--explain`: per sentence, the actors found and why each trigger was or was not coded: the rule and
 * where it was written, and for each participant the slot and the tree relation (or the word-order
 * fallback) that filled it. The coder records all this as data (`Coded`, `Skipped`); this only words it.
 */
import { relative } from "node:path";
import { DATA_DIR } from "../dictionaries/files.js";
import type { Sentence } from "../domain/types.js";
import type { Coded, Counterpart, Skipped, SkipWhy } from "../events/code-sentence.js";
import type { RuleOrigin, VerbPatternShape } from "../events/lexicon.js";
import type { Filled, Group, Tried } from "../events/participants.js";
import type { Extraction, SentenceReport } from "../pipeline/extract.js";
import { printable } from "./format-records.js";

export interface ExplainOptions {
  /** Print the dependency arcs of sentences with an event or a candidate. */
  readonly tree?: boolean;
}

const quoted = (s: string) => `"${printable(s)}"`;

/** Bundled files relative to the project ("data/lexicon/events.json"); users' own files as given. */
function fileName(file: string): string {
  return file.startsWith(DATA_DIR) ? `data/${relative(DATA_DIR, file)}` : file;
}

/** A verb pattern in the dictionary's own notation: "- * (TO) &SOLDIER". */
export function patternShape(p: VerbPatternShape): string {
  const phrases = (ps: readonly (readonly string[])[]) => ps.map((ph) => ph.join(" "));
  const preps = p.preps.map(
    (pp) => `(${pp.prep.toUpperCase()}${pp.object ? ` ${pp.object.join(" ")}` : ""})`,
  );
  return [...phrases(p.before), "*", ...phrases(p.after), ...preps, ...(p.blocks ? ["[---]"] : [])].join(" ");
}

export function provenance(origin: RuleOrigin | undefined): string {
  if (!origin) return "origin unknown";
  if (origin.kind === "lexicon") return `hand-written, ${fileName(origin.file)}`;
  if (origin.kind === "judgement")
    return `judgement: "${origin.word}" in what "${origin.verb}" says of someone or something, ${origin.file}`;
  if (origin.kind === "nominal") {
    const code = origin.family ? `the code of verb family ${origin.family}` : "the code its entry gives";
    return `event noun "${origin.noun}" for the verb "${origin.verb}" (${code})${origin.light ? `, object of light verb "${origin.light}"` : ""}, ${origin.file}`;
  }
  const at = `${origin.file}:${origin.line ?? "?"}`;
  const pattern = origin.pattern
    ? `pattern ${printable(patternShape(origin.pattern))}`
    : "the verb alone (family default)";
  return `verb dictionary: family ${origin.family}, verb "${origin.verb}", ${pattern}, ${at}`;
}

const groupText = (g: Group) => g.mentions.map((m) => quoted(m.text)).join(" + ");

const TREE_SAID: Record<Tried["tree"], (slot: string) => string> = {
  none: (slot) => `the tree does not answer ${slot}`,
  empty: (slot) => `no actor as ${slot} in the tree`,
  excluded: () => "the tree gave only the other participant",
  "non-actor": (slot) => `the tree's ${slot} is no actor, so no word-order guess`,
};

export function how(f: Filled): string {
  if (f.how.by === "tree") return `slot ${f.slot} via tree ${f.how.relation}`;
  const moved = f.how.slot !== f.slot ? ` as ${f.how.slot}${f.how.passive ? ", passive" : ""}` : "";
  return `slot ${f.slot} via word-order fallback (${TREE_SAID[f.how.tree](f.slot)}${moved})`;
}

const COUNTERPART: Record<Exclude<Counterpart, "slot">, string> = {
  joint: "none: a joint act among the source's actors",
  implied: "implied by an earlier event of the paragraph with the same rule and source",
  recent: "the state named just before (recent)",
  "earlier-act": "the doer of the act its event noun names",
};

function tried(t: readonly Tried[]): string {
  if (t.length === 0) return "no slot to try";
  return t
    .map((x) => {
      return `${x.slot}: ${TREE_SAID[x.tree](x.slot)}${x.wordOrder ? ", word order found none" : ""}`;
    })
    .join("; ");
}

export function whyNot(s: Skipped): string {
  const why: SkipWhy = s.why;
  switch (why.kind) {
    case "commentator":
      return "quoted from a commentator, not an actor";
    case "no-source":
      return `no actor in the source position (${tried(why.tried)})`;
    case "no-counterpart":
      return `no counterpart (source ${groupText(why.source.group)} ${how(why.source)}; ${tried(why.tried)})`;
    case "blocked":
      return `blocked by pattern at ${s.origin?.kind === "verb" ? `${s.origin.file}:${s.origin.line ?? "?"}` : s.rule}`;
    case "outlet":
      return `a statement given to a news outlet (${quoted(why.outlet)}), not to its state`;
    case "absorbed":
      return `absorbed by ${why.by < s.head ? "governing" : "governed"} ${quoted(why.byWords)}`;
    case "clausal":
      return `a verb that governs a clause (${quoted(why.clause)}): a directive, not the rule's sense`;
    case "transitive":
      return `a verb of motion with an object (${quoted(why.object)}): it moves a thing, no one travels`;
    case "auxiliary":
      return `"have" is the auxiliary of ${quoted(why.verb)}, not the rule's verb`;
    case "modifier":
      return `a noun modifying ${quoted(why.noun)}: a kind of thing, not an act`;
    case "reception":
      return `a passive with no "by": how a thing was received, no meeting`;
    case "indicative":
      return `its clause (${quoted(why.clause)}) tells what is, not what should be: an assertion, not a demand`;
    case "thing":
      return `${quoted(why.noun)} is a thing, not people: the rule's act is one only people do`;
  }
}

/** "Pakistan —nsubj→ signed", one arc per word, punctuation left out. */
export function arcs(sentence: Sentence): string {
  const t = sentence.tokens;
  return t
    .filter((x) => x.pos !== "PUNCT")
    .map(
      (x) =>
        `${printable(x.text)} —${x.rel || "?"}→ ${x.head >= 0 && t[x.head] ? printable(t[x.head]!.text) : "ROOT"}`,
    )
    .join("  ");
}

function participants(c: Coded): string[] {
  const out = [`      rule ${c.rule} on ${quoted(c.trigger)}: ${provenance(c.origin)}`];
  out.push(
    `      source ${c.source ? `${groupText(c.source.group)}: ${how(c.source)}` : "none: the target's actors act together"}`,
  );
  const act = c.antecedent
    ? ` (${quoted(c.antecedent.lemma)} in sentence [${c.antecedent.sentence}] by ${c.antecedent.doers.map((d) => d.code).join("+")})`
    : "";
  out.push(
    `      target ${c.target ? `${groupText(c.target.group)}: ${how(c.target)}` : COUNTERPART[c.counterpart === "slot" ? "joint" : c.counterpart] + act}`,
  );
  return out;
}

function sentenceLines(r: SentenceReport, options: ExplainOptions): string[] {
  const out = ["", `[${r.sentence.index}] ${printable(r.sentence.text)}`];
  if (r.heading) return [...out, "    (heading or caption: not coded)"];
  const actors = r.mentions.map(
    (m) =>
      `${printable(m.text)} = ${m.actors.map((a) => `${a.code}/${a.role}${a.person ? ` (${printable(a.person)})` : ""}`).join("+")} [${m.form}]`,
  );
  out.push(`    actors: ${actors.length ? actors.join("; ") : "none"}`);
  r.events.forEach((e, i) => {
    out.push(
      `    EVENT ${e.source}${e.symmetric ? "<->" : "->"}${e.target} ${e.code} ${e.date ?? "-"} ${e.modality} ${e.sector}${e.amount ? ` ${e.amount.value} ${e.amount.unit}` : ""}  rule ${e.rule}`,
    );
    const c = r.coded.find((x) => x.events.includes(i));
    if (c) out.push(...participants(c));
  });
  for (const s of r.skipped)
    out.push(`    skipped ${s.rule} ${quoted(s.trigger)}: ${whyNot(s)}`, `      ${provenance(s.origin)}`);
  if (options.tree && (r.coded.length || r.skipped.length)) out.push(`    tree: ${arcs(r.sentence)}`);
  return out;
}

export function explain(x: Extraction, options: ExplainOptions = {}): string {
  const out: string[] = [
    `# ${printable(x.article.id)}`,
    `title: ${printable(x.article.title ?? "-")}`,
    `published: ${x.article.published ?? "unknown"}`,
  ];
  if (x.removed.length)
    out.push(
      `removed as clutter: ${x.removed.length} line(s): ${x.removed
        .slice(0, 5)
        .map((r) => JSON.stringify(r.slice(0, 40)))
        .join(", ")}${x.removed.length > 5 ? ", …" : ""}`,
    );
  for (const m of x.messages)
    out.push(`note (${m.rule}${m.span ? `, at ${m.span.start}` : ""}): ${printable(m.reason)}`);
  for (const r of x.sentences) out.push(...sentenceLines(r, options));
  return out.join("\n") + "\n";
}
