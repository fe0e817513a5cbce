/**
 * Kickers glued into scraped text: "…saved us from nuclear war HOW TO DEAL WITH TRUMP George Osborne
 * warns…". A run of capitals between a sentence's end and a capitalised word is a sub-heading of the
 * page; left in, it joins two sentences into one and its words read as their actors.
 */

/** Words that make a run of capitals a phrase, not a string of acronyms ("NATO EU UN"). */
const FUNCTION_WORDS = new Set(
  "TO THE OF WITH AND FOR IN ON A AN IS ARE WAS HOW WHY WHAT WHO AS AT BY FROM IT HE SHE THEY WE NOT NO BE HIS HER OFF OVER".split(
    " ",
  ),
);

const RUN = /(?<=[a-z,.)’'"”]) ((?:[A-Z][A-Z'’-]* ){2,}[A-Z][A-Z'’-]*) (?=[A-Z][a-z])/g;

/** Puts each kicker on a line of its own, where it reads as a heading. */
export function splitKickers(text: string): string {
  return text.replace(RUN, (whole: string, run: string) =>
    run.split(" ").some((w) => FUNCTION_WORDS.has(w)) ? `\n${run}\n` : whole,
  );
}
