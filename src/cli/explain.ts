/** `--explain`: per sentence, the actors found and why each trigger was or was not coded. */
import type { Extraction } from "../pipeline/extract.js";
import { printable } from "./format-records.js";


export function explain(x: Extraction): string {
  const out: string[] = [`# ${x.article.id}`, `title: ${x.article.title ?? "-"}`, `published: ${x.article.published ?? "unknown"}`];
  if (x.removed.length) out.push(`removed as clutter: ${x.removed.length} line(s): ${x.removed.slice(0, 5).map((r) => JSON.stringify(r.slice(0, 40))).join(", ")}${x.removed.length > 5 ? ", …" : ""}`);
  for (const r of x.sentences) {
    out.push("", `[${r.sentence.index}] ${printable(r.sentence.text)}`);
    if (r.heading) { out.push("    (heading or caption: not coded)"); continue; }
    const actors = r.mentions.map((m) => `${m.text} = ${m.actors.map((a) => `${a.code}/${a.role}${a.person ? ` (${a.person})` : ""}`).join("+")} [${m.form}]`);
    out.push(`    actors: ${actors.length ? actors.join("; ") : "none"}`);
    for (const e of r.events) out.push(`    EVENT ${e.source}${e.symmetric ? "<->" : "->"}${e.target} ${e.code} ${e.date ?? "-"} ${e.modality} ${e.sector}${e.amount ? ` ${e.amount.value} ${e.amount.unit}` : ""}  rule ${e.rule}`);
    for (const s of r.skipped) out.push(`    skipped ${s.rule} "${s.trigger}": ${s.reason}`);
  }
  return out.join("\n") + "\n";
}
