/** The policy sector of an event, from the words of its evidence, else the rule's default. */
import type { Sector } from "../domain/types.js";

const KEYWORDS: readonly [Sector, RegExp][] = [
  ["nuclear", /\bnuclear|uranium|enrichment|atomic\b/i],
  ["space", /\bsatellites?|space agency|cosmodrome|spacecraft|orbit\b/i],
  ["energy", /\b(gas|oil|pipelines?|energy|lng|power plants?|coal|electricity|refiner(y|ies)|petroleum)\b/i],
  [
    "defense",
    /\b(arms|weapons?|helicopters?|military|defen[cs]e|tanks?|missiles?|aircraft|fighters?|jets?|exercises?|drills?|warships?|army|navy|naval|manpads|war games|air defen[cs]e)\b/i,
  ],
  ["security", /\b(terror\w*|security|intelligence|insurgen\w*|militan\w*|extremis\w*)\b/i],
  [
    "economy",
    /\b(trade|invest\w*|economic|econom\w*|business|market|tariffs?|loans?|exports?|imports?|agricultur\w*|food)\b/i,
  ],
];

/** Picks the first sector whose words appear in the evidence. */
export function sectorOf(evidence: string, fallback: Sector): Sector {
  for (const [sector, re] of KEYWORDS) if (re.test(evidence)) return sector;
  return fallback;
}
