/** Table types of the dyad database, shared by every backend through Kysely. */
import type { Generated } from "kysely";
import type { MentionForm } from "../domain/types.js";
import type { Modality, Quad, Role, Sector } from "../domain/vocabulary.js";

export interface MetaTable {
  key: string;
  value: string;
}

/** An outlet ("bbc.co.uk", "Global Village Space"). */
export interface SourcesTable {
  id: Generated<number>;
  name: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  /** sha256 of the cleaned text: the same article is stored once, whatever its file. */
  hash: string;
  origin: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source_id: number | null;
  text: string;
  format: string;
  /** JSON of the paragraph layout (title, headings, body), so re-coding needs no re-cleaning. */
  blocks: string;
  ingested_at: string;
  extractor_version: string;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: number;
  sentence: number;
  start_offset: number;
  end_offset: number;
  text: string;
  form: MentionForm;
  code: string;
  role: Role;
  person: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  article_id: number;
  source: string;
  target: string;
  /** Both actors in alphabetical order ("PAK-RUS"), so a dyad is one index range in either direction. */
  dyad: string;
  source_role: Role;
  target_role: Role;
  /** CAMEO root ("06"); `cameo` holds the sub-code the rule gave ("062"). */
  code: string;
  cameo: string;
  quad: Quad;
  symmetric: number;
  date: string | null;
  /** First and last day the date can mean: "2015" spans 2015-01-01..2015-12-31. */
  date_start: string | null;
  date_end: string | null;
  /** date_start, or "9999-12-31" for undated events so they sort last along an index. */
  sort_date: string;
  modality: Modality;
  sector: Sector;
  amount_value: number | null;
  amount_unit: string | null;
  evidence: string;
  start_offset: number;
  end_offset: number;
  rule: string;
  goldstein: number;
  extractor_version: string;
  /** JSON EventContext: sentence bounds, people, places and terms named with the event. */
  context: Generated<string>;
  cluster_id: string | null;
}

export interface ClustersTable {
  id: string;
  dyad: string;
  source: string;
  target: string;
  symmetric: number;
  code: string;
  cameo: string;
  quad: Quad;
  goldstein: number;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  sort_date: string;
  modality: Modality;
  sector: Sector;
  amount_value: number | null;
  amount_unit: string | null;
  evidence: string;
  members: number;
  articles: number;
  outlets: number;
  /** JSON Conflict[] found among the members. */
  conflicts: string;
}

export interface SlantsTable {
  article_id: number;
  dyad: string;
  score: number;
  /** JSON {actor: score}. */
  toward: string;
  events: number;
  /** JSON SlantDriver[]. */
  drivers: string;
}

export interface Database {
  meta: MetaTable;
  sources: SourcesTable;
  articles: ArticlesTable;
  mentions: MentionsTable;
  events: EventsTable;
  clusters: ClustersTable;
  slants: SlantsTable;
}
