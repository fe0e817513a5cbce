/** CAMEO codes: names, quad classes and Goldstein scores (Goldstein 1992 as adapted to CAMEO). */

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
}

const TABLE: readonly CameoCode[] = [
  { code: "01", name: "make public statement", goldstein: 0 },
  { code: "010", name: "make statement", goldstein: 0 },
  { code: "02", name: "appeal", goldstein: 3 },
  { code: "020", name: "make an appeal or request", goldstein: 3 },
  { code: "03", name: "express intent to cooperate", goldstein: 4 },
  { code: "030", name: "express intent to cooperate", goldstein: 4 },
  { code: "031", name: "express intent to engage in material cooperation", goldstein: 5.2 },
  { code: "036", name: "express intent to meet or negotiate", goldstein: 4 },
  { code: "04", name: "consult", goldstein: 1 },
  { code: "040", name: "consult", goldstein: 1 },
  { code: "042", name: "make a visit", goldstein: 1.9 },
  { code: "043", name: "host a visit", goldstein: 2.8 },
  { code: "044", name: "meet at a third location", goldstein: 2.5 },
  { code: "046", name: "engage in negotiation", goldstein: 7 },
  { code: "05", name: "engage in diplomatic cooperation", goldstein: 3.5 },
  { code: "051", name: "praise or endorse", goldstein: 3.4 },
  { code: "055", name: "apologize", goldstein: 3.5 },
  { code: "057", name: "sign formal agreement", goldstein: 8 },
  { code: "06", name: "engage in material cooperation", goldstein: 6 },
  { code: "061", name: "cooperate economically", goldstein: 6.4 },
  { code: "062", name: "cooperate militarily", goldstein: 7.4 },
  { code: "07", name: "provide aid", goldstein: 7 },
  { code: "071", name: "provide economic aid", goldstein: 7.4 },
  { code: "072", name: "provide military aid", goldstein: 8.3 },
  { code: "073", name: "provide humanitarian aid", goldstein: 7.4 },
  { code: "08", name: "yield", goldstein: 5 },
  { code: "081", name: "ease administrative sanctions", goldstein: 5 },
  { code: "085", name: "ease economic sanctions, boycott, embargo", goldstein: 7 },
  { code: "087", name: "de-escalate military engagement", goldstein: 9 },
  { code: "09", name: "investigate", goldstein: -2 },
  { code: "10", name: "demand", goldstein: -5 },
  { code: "11", name: "disapprove", goldstein: -2 },
  { code: "111", name: "criticize or denounce", goldstein: -2 },
  { code: "112", name: "accuse", goldstein: -2 },
  { code: "12", name: "reject", goldstein: -4 },
  { code: "13", name: "threaten", goldstein: -6 },
  { code: "14", name: "protest", goldstein: -6.5 },
  { code: "15", name: "exhibit force posture", goldstein: -7.2 },
  { code: "16", name: "reduce relations", goldstein: -4 },
  { code: "161", name: "reduce or break diplomatic relations", goldstein: -4 },
  { code: "162", name: "reduce or stop material aid", goldstein: -5.6 },
  { code: "163", name: "impose embargo, boycott, or sanctions", goldstein: -8 },
  { code: "17", name: "coerce", goldstein: -7 },
  { code: "18", name: "assault", goldstein: -9 },
  { code: "19", name: "fight", goldstein: -10 },
  { code: "190", name: "use conventional military force", goldstein: -10 },
  { code: "192", name: "occupy territory", goldstein: -9.5 },
  { code: "20", name: "use unconventional mass violence", goldstein: -10 },
];

const BY_CODE = new Map(TABLE.map((c) => [c.code, c]));

/** Looks up a CAMEO root or sub-code; unknown sub-codes fall back to their root. */
export function cameo(code: string): CameoCode {
  const hit = BY_CODE.get(code) ?? BY_CODE.get(code.slice(0, 2));
  if (!hit) throw new Error(`unknown CAMEO code "${code}"`);
  return hit;
}

/** Whether a string is a CAMEO code dyad knows. */
export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code) || (code.length === 3 && BY_CODE.has(code.slice(0, 2)));
}

/** Quad class of a CAMEO code: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict. */
export function quadOf(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}
