import { describe, expect, it } from 'vitest';
import { buildFolding } from '../../core/chinese/fold-table.ts';
import { anchorOf, chunkPath, chunkTokens, textChunks } from './text-chunks.ts';
import { tokenize } from './tokens.ts';

const folding = buildFolding();

describe('text pieces for excerpts', () => {
  // a long page: paragraphs of Han text with digits, Latin and punctuation
  const paragraph = (n: number) => `第${n}段：从2020年起开展为期两年的城市建管提升行动，新建公厕30座（D级危房改造），IPv6 网站。`;
  const text = Array.from({ length: 120 }, (_, n) => paragraph(n + 1)).join('\n');
  const tokens = tokenize(text, folding);
  const anchors: [number, string][] = [[0, 'start'], [text.indexOf('第60段'), 'middle']];
  const chunks = textChunks(text, tokens, anchors);

  it('cuts only where no token spans the cut, so each piece gives back exactly the page’s tokens', () => {
    expect(tokens.length).toBeGreaterThan(2 * chunkTokens);
    expect(chunks).toHaveLength(Math.ceil(tokens.length / chunkTokens));
    for (const chunk of chunks) {
      const own = tokenize(chunk.text, folding);
      expect(own.map((token) => token.code)).toEqual(tokens.slice(chunk.start, chunk.start + chunk.count).map((token) => token.code));
    }
  });
  it('puts every token in the piece the search page fetches for it, with its section', () => {
    for (const at of [0, 5, chunkTokens - 1, chunkTokens, chunkTokens + 3, tokens.length - 1]) {
      const piece = chunks[Math.floor(at / chunkTokens)]!;
      expect(at).toBeGreaterThanOrEqual(piece.start);
      expect(at).toBeLessThan(piece.start + piece.count);
      expect(chunkPath('/documents/plan/a/', at)).toBe(`/search/text/documents/plan/a/${Math.floor(at / chunkTokens)}.json`);
    }
    const middle = tokens.findIndex((token) => token.start >= text.indexOf('第60段'));
    const piece = chunks[Math.floor(middle / chunkTokens)]!;
    expect(anchorOf(piece, middle)).toBe('middle');
    expect(anchorOf(piece, middle - 1)).toBe('start');
  });
});
