/**
 * Escapes plain text so MDX reads it as text, never as syntax. Backslash escapes
 * work for any ASCII punctuation in CommonMark and MDX, so the escape is always a
 * backslash and the character itself stays in the output.
 */
const alwaysEscaped = /[\\`*_{}[\]<>|~]/g;

export function escapeMdxText(text: string, { atLineStart = true }: { atLineStart?: boolean } = {}): string {
  let escaped = text.replace(alwaysEscaped, (char) => `\\${char}`);
  // & only matters where it would start an entity such as &amp; or &#123;
  escaped = escaped.replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
  // ! only matters before [ (an image), and [ is already escaped
  return atLineStart ? escapeLineStart(escaped) : escaped;
}

/** Markers that mean something only at the start of a line: headings, lists, quotes, breaks. */
function escapeLineStart(line: string): string {
  // MDX reads a line starting with import/export as JavaScript; an indent keeps it text
  if (/^(import|export)\b/.test(line)) return ` ${line}`;
  if (/^(#|>|[-+=](?=\s|$|[-+=])|[-+](?=\s))/.test(line)) return `\\${line}`;
  const orderedList = /^(\d{1,9})([.)])(?=\s|$)/.exec(line);
  if (orderedList) return `${orderedList[1]}\\${line.slice(orderedList[1]!.length)}`;
  return line;
}

/** Text inside an MDX comment `{/* … *\/}`: only the comment's own end must not appear. */
export function escapeMdxComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
