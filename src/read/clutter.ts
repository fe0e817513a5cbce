/** Patterns of scraped page furniture that is not part of an article. */

/** Whole lines that are always furniture. */
export const CLUTTER_LINES: readonly RegExp[] = [
  /^[-–—\s]*advert[i]?s[e]?ment[-–—\s]*$/i,
  /^[-–—\s]*advertisment[-–—\s]*$/i,
  /^(header|footer|sidebar|top|bottom)\s+ad$/i,
  /^sponsored( content)?$/i,
  /^(please enter your (comment|name|email)( here)?[!.]?)$/i,
  /^you have entered an incorrect email address!?$/i,
  /^(post a comment|leave a (reply|comment)|comments? system|disqus shortname|\d*\s*comments?)$/i,
  /^save my name,? email.*$/i,
  /^(share|tweet|email|print|whatsapp|facebook|twitter|linkedin)(\s*(on|this|article)?\s*\w*)?$/i,
  /^(read more|also read|see also|related|recommended|read also)\s*[:|-].*$/i,
  /^(read more|also read)$/i,
  /^the views expressed in this article are.*$/i,
  /^(sign up|subscribe)\b.*newsletter.*$/i,
  // A newsletter box or "continue reading" link run into one line with its form text.
  /^newsletter\s+sign[\s-]?up\b.*$/i,
  /^(advertisement\s+)?continue reading the main story\b.*$/i,
  /^(copyright|©)\s.*$/i,
  /^\|?\s*welcome to\b.*$/i,
  /^https?:\/\/\S+$/i,
  /^\s*(home|homepage)\s*[>»|/].*$/i,
  // "HomeNEWSInternational News...": a breadcrumb whose items were glued together
  /^Home[A-Z]{2,}[A-Za-z ]*/,
];

/** A line that ends the article: everything after it is page furniture. */
export const TRAILER_LINES: readonly RegExp[] = [
  /^(most popular|most read|popular posts|related (articles|posts|stories)|you may also like|more from|latest news|trending( now)?|recent posts)$/i,
];

/** "Neeraj Mahajanhttps://…": an author card glued to the author's link. */
export const AUTHOR_CARD = /^[\p{Lu}][\p{L}’'.-]+(\s[\p{Lu}][\p{L}’'.-]+){0,3}\s*https?:\/\/\S+$/u;

/** "Yasir M’alik |": a byline with the site's separator. */
export const BYLINE = /^(by\s+)?([\p{Lu}][\p{L}’'.-]+(?:\s[\p{Lu}][\p{L}’'.-]+){0,3})\s*\|?\s*$/u;

/** A paragraph about the author: "X is a …", "X has completed …", "X is currently working …". */
export function isAuthorBio(paragraph: string, author: string): boolean {
  if (!paragraph.startsWith(author)) return false;
  return /^\s+(is|was|has|writes|teaches|works|holds|completed)\b/.test(paragraph.slice(author.length));
}
