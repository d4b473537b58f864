/**
 * A result's excerpt: the page's own text around the match (in its own script, with its
 * punctuation, digits and Latin as written), the matched words marked. The text comes
 * from the piece of the page published beside the index (src/features/search/text-chunks.ts);
 * cutting it into the same tokens as the index maps each token back to its characters.
 */
import { anchorOf, type TextChunk } from '../text-chunks.ts';
import type { Folding, PhraseFolder } from '../../../core/chinese/fold-table.ts';
import { escapeHtml } from '../../../core/escape.ts';
import { tokenize, type QueryToken, type Token } from '../tokens.ts';

/** Where a word of the query was found on the page: the index of its first token. */
export interface Occurrence {
  at: number;
  tokens: readonly QueryToken[];
}

export interface ExcerptOptions {
  folding: Folding;
  /** the page is in Traditional script */
  traditional: boolean;
  /** OpenCC's phrase conversion, when the search page has loaded it */
  phrases?: PhraseFolder | undefined;
  /** characters of context before the match, and of excerpt in all */
  before?: number;
  length?: number;
}

export interface Excerpt {
  html: string;
  /** the section the match is in, for the result's link */
  anchor: string | null;
}

const matchesToken = (token: Token, query: QueryToken) => (query.prefix ? token.code.startsWith(query.code) : token.code === query.code);

/** Characters [start, end) of the text that a word's tokens found at `at` stand for. */
function spanOf(tokens: readonly Token[], at: number, query: readonly QueryToken[], text: string): [number, number] | null {
  const first = tokens[at];
  const last = tokens[at + query.length - 1];
  if (!first || !last) return null;
  // a prefix token is the query's only in its first character
  const end = query[query.length - 1]!.prefix ? last.start + String.fromCodePoint(text.codePointAt(last.start)!).length : last.end;
  return [first.start, end];
}

/** Keeps an offset off the second half of a surrogate pair. */
const atCharacter = (text: string, offset: number) => (offset > 0 && offset < text.length && /[\udc00-\udfff]/.test(text[offset]!) ? offset - 1 : offset);

/**
 * The excerpt around the first occurrence, or null when the piece does not hold it (the
 * page changed since the index was built).
 */
export function excerptFromChunk(chunk: TextChunk, occurrences: readonly Occurrence[], options: ExcerptOptions): Excerpt | null {
  const { text } = chunk;
  const tokens = tokenize(text, options.folding, options.traditional ? options.phrases : undefined);
  if (tokens.length !== chunk.count) return null;
  const local = occurrences.map((occurrence) => ({ ...occurrence, at: occurrence.at - chunk.start }));
  const first = local.filter((occurrence) => occurrence.at >= 0 && occurrence.at < tokens.length).sort((a, b) => a.at - b.at)[0];
  if (!first) return null;
  const marks: [number, number][] = [];
  for (const occurrence of local) {
    const span = spanOf(tokens, occurrence.at, occurrence.tokens, text);
    if (span) marks.push(span);
  }
  // the other places the same words stand in this piece; in Traditional text whose ambiguous characters the
  // index folded by phrase, a token holding one is left to the index's own report
  const unsure = (token: Token) => options.traditional && !options.phrases && [...text.slice(token.start, token.end)].some((char) => options.folding.ambiguous.has(char));
  for (const { tokens: query } of occurrences) {
    for (let i = 0; i + query.length <= tokens.length; i++) {
      if (query.every((q, k) => !unsure(tokens[i + k]!) && matchesToken(tokens[i + k]!, q))) {
        const span = spanOf(tokens, i, query, text);
        if (span) marks.push(span);
      }
    }
  }

  // the window: the block (paragraph, cell, heading) the match is in, cut around the match when it is long
  const [matchStart, matchEnd] = spanOf(tokens, first.at, first.tokens, text)!;
  const blockStart = text.lastIndexOf('\n', matchStart - 1) + 1;
  const newline = text.indexOf('\n', matchEnd);
  const blockEnd = newline === -1 ? text.length : newline;
  const length = options.length ?? 110;
  let from = Math.max(blockStart, matchStart - (options.before ?? 30));
  let to = Math.min(blockEnd, Math.max(from + length, matchEnd));
  if (to - from < length) from = Math.max(blockStart, to - length);
  from = atCharacter(text, from);
  to = atCharacter(text, to);

  const marked = new Array<boolean>(to - from).fill(false);
  for (const [start, end] of marks) for (let i = Math.max(start, from); i < Math.min(end, to); i++) marked[i - from] = true;
  let html = from > blockStart || (from === 0 && chunk.start > 0) ? '…' : '';
  let open = false;
  for (let i = from; i < to; i++) {
    if (marked[i - from] && !open) {
      html += '<mark>';
      open = true;
    }
    if (!marked[i - from] && open) {
      html += '</mark>';
      open = false;
    }
    html += escapeHtml(text[i]!);
  }
  if (open) html += '</mark>';
  if (to < blockEnd) html += '…';
  return { html, anchor: anchorOf(chunk, chunk.start + first.at) };
}
