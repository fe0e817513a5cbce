/** The record a cluster shows for its event: the values most of its sources support. */
import { hash } from "node:crypto";
import { dyadKey, type ClusterRecord } from "../domain/records.js";
import { compatibleDates } from "./dates.js";
import { reportKey, type Report } from "./report.js";
import { sameFigure } from "./similarity.js";

/** A cluster's record before its conflicts are counted. */
export type Canonical = Omit<ClusterRecord, "conflicts">;

/** A cluster's first member in content order; a cluster always has one. */
function firstOf(members: readonly Report[]): Report {
  const [first] = members;
  if (first === undefined) throw new RangeError("a cluster has at least one member");
  return first;
}

/** Named after the content of its first member, so a rebuild or another ingest order gives the same id. */
export function clusterId(members: readonly Report[]): string {
  const key = reportKey(firstOf(members));
  return ID_PREFIX + hash("sha1", key, "hex").slice(0, ID_HASH);
}

const ID_PREFIX = "ev-";
const ID_HASH = 12;

/** The id a cluster was named from, without the number that tells apart clusters of identical records ("ev-…-2"). */
export function clusterIdBase(id: string): string {
  return id.slice(0, ID_PREFIX.length + ID_HASH);
}

/**
 * The value with the most supporting articles; ties go to the more precise value, then to content order.
 * Support is counted once per distinct value (`id` names it), so a cluster of a hundred identical claims costs one count.
 */
function best<T>(
  members: readonly Report[],
  valueOf: (r: Report) => T | null,
  supports: (claim: T, value: T) => boolean,
  precision: (v: T) => number,
  id: (v: T) => string = String,
): T | null {
  const [only] = members;
  if (members.length === 1 && only !== undefined) return valueOf(only);
  const distinct = new Map<string, { value: T; articles: Set<number> }>();
  for (const r of members) {
    const v = valueOf(r);
    if (v === null) continue;
    const key = id(v);
    const seen = distinct.get(key);
    if (seen) seen.articles.add(r.articleId);
    else distinct.set(key, { value: v, articles: new Set([r.articleId]) });
  }
  const claims = [...distinct.values()];
  let top: T | null = null;
  let topSupport = -1;
  for (const { value } of claims) {
    const backers = claims.filter((c) => supports(c.value, value));
    const [backer] = backers;
    const support =
      backers.length === 1 && backer !== undefined
        ? backer.articles.size
        : new Set(backers.flatMap((c) => [...c.articles])).size;
    if (
      support > topSupport ||
      (support === topSupport && top !== null && precision(value) > precision(top))
    ) {
      top = value;
      topSupport = support;
    }
  }
  return top;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Outlets that reported it; articles without an outlet count once per wording, so syndicated copies count once. */
export function independentOutlets(members: readonly Report[]): number {
  if (members.length === 1) return 1;
  return new Set(members.map((r) => r.outlet ?? `wording:${normalise(r.evidence)}`)).size;
}

export function canonical(members: readonly Report[]): Canonical {
  const first = firstOf(members);
  const date = best(
    members,
    (r) => r.date,
    compatibleDates,
    (d) => d.length,
  );
  const cameo =
    best(
      members,
      (r) => r.cameo,
      (a, b) => a === b,
      () => 0,
    ) ?? first.cameo;
  const amount = best(
    members,
    (r) => (r.amountValue === null ? null : { value: r.amountValue, unit: r.amountUnit ?? "" }),
    (a, b) => a.unit === b.unit && sameFigure(a.value, b.value),
    () => 0,
    (a) => `${a.value} ${a.unit}`,
  );
  const direction =
    best(
      members,
      (r) => `${r.source}>${r.target}`,
      (a, b) => a === b,
      () => 0,
    ) ?? `${first.source}>${first.target}`;
  const [source, target] = direction.split(">") as [string, string];
  const modality = members.some((r) => r.modality === "asserted")
    ? "asserted"
    : (best(
        members,
        (r) => r.modality,
        (a, b) => a === b,
        () => 0,
      ) ?? first.modality);
  // The evidence shown is from the first member that agrees with the canonical values.
  const exemplar =
    members.find((r) => r.cameo === cameo && r.date === date) ??
    members.find((r) => r.cameo === cameo) ??
    first;
  return {
    id: clusterId(members),
    dyad: dyadKey(source, target),
    source,
    target,
    symmetric: members.some((r) => r.symmetric),
    code: exemplar.code,
    cameo,
    quad: exemplar.quad,
    goldstein: exemplar.goldstein,
    date,
    modality,
    sector: exemplar.sector,
    amountValue: amount?.value ?? null,
    amountUnit: amount ? amount.unit : null,
    evidence: exemplar.evidence,
    members: members.length,
    articles: new Set(members.map((r) => r.articleId)).size,
    outlets: independentOutlets(members),
  };
}
