import { decodeToken, decodeTokens } from '../lib/search/tokens.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * An excerpt around the first match, read back from the indexed tokens, with the
 * matched words marked. Everything from the index is escaped before it becomes HTML.
 */
export function excerptHtml(content: string, locations: readonly number[], before = 18, after = 42): string {
  const tokens = content.split(' ').filter(Boolean).map(decodeToken);
  if (tokens.length === 0) return '';
  const first = locations.length ? Math.min(...locations) : 0;
  const from = Math.max(0, first - before);
  const to = Math.min(tokens.length, first + after);
  const { text, ranges } = decodeTokens(tokens.slice(from, to));
  const marked = new Array<boolean>(text.length).fill(false);
  for (const location of locations) {
    const range = ranges[location - from];
    if (!range) continue;
    for (let i = range[0]; i < range[1]; i++) marked[i] = true;
  }
  let html = from > 0 ? '…' : '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (marked[i] && !open) { html += '<mark>'; open = true; }
    if (!marked[i] && open) { html += '</mark>'; open = false; }
    html += escapeHtml(text[i]!);
  }
  if (open) html += '</mark>';
  return to < tokens.length ? `${html}…` : html;
}

/** The section a match sits in, from the [tokenIndex, anchor, title] list the index stores. */
export function sectionAt(sectionsJson: string | undefined, location: number | undefined): string | undefined {
  if (!sectionsJson || location === undefined) return undefined;
  let anchor: string | undefined;
  for (const [at, id] of JSON.parse(sectionsJson) as [number, string, string][]) {
    if (at <= location) anchor = id;
    else break;
  }
  return anchor;
}
