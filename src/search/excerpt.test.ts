import { describe, expect, it } from 'vitest';
import { encodeToken, tokenize } from '../lib/search/tokens.ts';
import { excerptHtml, sectionAt } from './excerpt.ts';

const content = (text: string) => tokenize(text, new Map()).map((token) => encodeToken(token.text)).join(' ');

describe('excerpts', () => {
  it('marks the matched words', () => {
    const indexed = content('深入挖掘西湖“四门八洲十三坡”等文化记忆');
    const tokens = indexed.split(' ');
    const at = tokens.indexOf(encodeToken('四门'));
    const locations = [at, at + 1, at + 2, at + 3, at + 4, at + 5, at + 6];
    expect(excerptHtml(indexed, locations)).toBe('深入挖掘西湖 <mark>四门八洲十三坡</mark> 等文化记忆');
  });
  it('escapes what it shows', () => {
    expect(excerptHtml(content('<script>'), [0])).toBe('<mark>script</mark>');
    expect(excerptHtml(`0&lt;b&gt; ${encodeToken('甲乙')}`, [])).not.toContain('<b>');
  });
  it('finds the section of a match', () => {
    const sections = JSON.stringify([[0, '一', '一、'], [10, '二', '二、'], [30, 'note-5', '5.']]);
    expect(sectionAt(sections, 12)).toBe('二');
    expect(sectionAt(sections, 31)).toBe('note-5');
    expect(sectionAt(sections, undefined)).toBeUndefined();
  });
});
