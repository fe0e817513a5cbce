/**
 * An acronym a name is given in brackets right after it ("(BSF)", "(JCS)", "(IAEA)", "(MPs)"): a capital, up to
 * ten letters, at least two of them capitals. Read by the parser, which sets such brackets aside, and by the
 * actor stage, which lets the acronym name the actor before it.
 */
const ACRONYM = /^[A-Z][A-Za-z&.-]{0,8}[A-Z]s?$/;

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2;
}
