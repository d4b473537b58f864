/**
 * A page's own text, kept in pieces beside the index so a result's excerpt can show the
 * page's words as written (its script, punctuation, digits and Latin) and mark the
 * match: the search page fetches only the piece that holds the match. Shared by the
 * index builder and the search page.
 *
 * Piece n holds the text around tokens n·chunkTokens to (n+1)·chunkTokens, with some
 * tokens of context on each side, cut only where no token spans the cut, so the piece's
 * text cut into tokens gives exactly the page's tokens from `start` on.
 */
import { searchFiles } from './contract.ts';
import type { Token } from './tokens.ts';

export const chunkTokens = 1000;
const contextTokens = 80;

export interface TextChunk {
  /** index of the piece's first token among the page's tokens */
  start: number;
  /** how many tokens the piece's text holds */
  count: number;
  /** the text; blocks (paragraphs, cells, headings) are separated by line breaks */
  text: string;
  /** the section the piece starts in, and the sections that start inside it ([token index, anchor]) */
  anchor: string | null;
  anchors: [number, string][];
}

/** Where the piece holding a token is published, below the page's own address. */
export function chunkPath(pageUrl: string, tokenIndex: number): string {
  const base = pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`;
  return `${searchFiles.text}${base}${Math.floor(tokenIndex / chunkTokens)}.json`;
}

/**
 * Cuts a page's text into pieces. `anchors` are [text offset, id] in reading order: a
 * heading or note a result can link to.
 */
export function textChunks(text: string, tokens: readonly Token[], anchors: readonly [number, string][]): TextChunk[] {
  const n = tokens.length;
  // a cut before token i is safe when token i does not overlap token i − 1 (the pairs of a Han run overlap)
  const safe = (i: number) => i <= 0 || i >= n || tokens[i - 1]!.end <= tokens[i]!.start;
  const cutAtOrBefore = (i: number) => {
    let at = Math.max(0, Math.min(i, n));
    while (!safe(at)) at--;
    return at;
  };
  const cutAtOrAfter = (i: number) => {
    let at = Math.max(0, Math.min(i, n));
    while (!safe(at)) at++;
    return at;
  };
  const tokenAt = (offset: number) => {
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokens[middle]!.start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const anchorTokens = anchors.map(([offset, id]): [number, string] => [tokenAt(offset), id]);
  const chunks: TextChunk[] = [];
  for (let piece = 0; piece * chunkTokens < Math.max(n, 1); piece++) {
    const from = cutAtOrBefore(piece * chunkTokens - contextTokens);
    const to = cutAtOrAfter((piece + 1) * chunkTokens + contextTokens);
    const textFrom = from === 0 ? 0 : tokens[from - 1]!.end;
    const textTo = to >= n ? text.length : tokens[to]!.start;
    let anchor: string | null = null;
    for (const [at, id] of anchorTokens) if (at <= from) anchor = id;
    chunks.push({
      start: from,
      count: to - from,
      text: text.slice(textFrom, textTo),
      anchor,
      anchors: anchorTokens.filter(([at]) => at > from && at < to),
    });
  }
  return chunks;
}

/** The section a token stands in, by the piece that holds it (none for the text before the first heading, or the metadata). */
export function anchorOf(chunk: TextChunk, tokenIndex: number): string | null {
  let anchor = chunk.anchor;
  for (const [at, id] of chunk.anchors) if (at <= tokenIndex) anchor = id;
  return anchor || null;
}
