import { describe, expect, it } from 'vitest';
import { buildFolding } from '../../../core/chinese/fold-table.ts';
import { textChunks } from '../text-chunks.ts';
import { queryTokens, tokenize } from '../tokens.ts';
import { excerptFromChunk, type Occurrence } from './excerpt.ts';

const folding = buildFolding();

/** A one-piece page and where the query's words first stand on it (as the index reports it). */
function excerpt(text: string, query: string, traditional = false) {
  const tokens = tokenize(text, folding);
  const [chunk] = textChunks(text, tokens, [[text.indexOf('二、'), 'second']]);
  const plan = queryTokens(query, folding);
  const at = tokens.findIndex((_, i) => plan.every((q, k) => (q.prefix ? tokens[i + k]?.code.startsWith(q.code) : tokens[i + k]?.code === q.code)));
  const occurrences: Occurrence[] = [{ at, tokens: plan }];
  return excerptFromChunk(chunk!, occurrences, { folding, traditional })!;
}
const plain = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('excerpts', () => {
  it('show the page’s own text, punctuation, digits and Latin as written, with the match marked', () => {
    const text = '一、总体要求\n按照“精心规划”的要求，4.1万户、3.6亿元，A25010-7593，2020-05-07 起实施。\n二、主要目标\n城市文明显著提升。';
    const result = excerpt(text, '3.6亿元');
    expect(plain(result.html)).toBe('按照“精心规划”的要求，4.1万户、3.6亿元，A25010-7593，2020-05-07 起实施。');
    expect(result.html).toContain('<mark>3.6亿元</mark>');
    expect(result.anchor).toBeNull();
  });
  it('mark a single character as itself, not the pair it starts', () => {
    const result = excerpt('二、主要目标\n区委书记马良强调，马路要干净。', '马');
    expect(result.html).toBe('区委书记<mark>马</mark>良强调，<mark>马</mark>路要干净。');
    expect(result.anchor).toBe('second');
  });
  it('keep a Traditional page in its own script, and never change a Simplified page’s characters', () => {
    expect(plain(excerpt('總結去年以來的工作，全運會明年召開。', '总结').html)).toBe('總結去年以來的工作，全運會明年召開。');
    expect(excerpt('總結去年以來的工作。', '总结').html).toContain('<mark>總結</mark>');
    expect(excerpt('我们怎么干，城市文明显著提升。', '显著').html).toContain('<mark>显著</mark>');
  });
  it('cut a long paragraph around the match, with … where text is left out, and escape what they show', () => {
    const long = `${'甲'.repeat(200)}<b>目标</b>${'乙'.repeat(200)}`;
    const result = excerpt(long, '目标');
    expect(result.html.startsWith('…')).toBe(true);
    expect(result.html.endsWith('…')).toBe(true);
    expect(result.html).toContain('&#60;b&#62;<mark>目标</mark>&#60;/b&#62;');
    expect(long).toContain(plain(result.html).replace(/…/g, ''));
  });
  it('say nothing rather than mark the wrong text when the piece does not match the index', () => {
    const text = '城市文明';
    const [chunk] = textChunks(text, tokenize(text, folding), []);
    expect(excerptFromChunk({ ...chunk!, count: 99 }, [{ at: 0, tokens: queryTokens('城市', folding) }], { folding, traditional: false })).toBeNull();
  });
});
