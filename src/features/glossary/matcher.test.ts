import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../core/chinese/fold-table.ts';
import { charFolder } from '../../core/chinese/fold.ts';
import { createTermMatcher, type TermName } from './matcher.ts';

const fold = charFolder(buildFoldTable());
const names: TermName[] = [
  { termId: 'simen', name: '四门八洲十三坡' },
  { termId: 'shisan', name: '十三坡' },
  { termId: 'bazhou', name: '八洲' },
  { termId: 'mode', name: '2545工作模式' },
  { termId: 'mode', name: '2545' },
  { termId: 'key', name: '重点工程' },
  { termId: 'short', name: '城市建' },
  { termId: 'long', name: '市建管工作' },
];
const matcher = createTermMatcher(names, fold);
const found = (text: string) => matcher.find(text).map((match) => [text.slice(match.start, match.end), match.termId]);

describe('term matcher', () => {
  it('takes the longest term where terms nest inside each other', () => {
    expect(found('深入挖掘西湖“四门八洲十三坡”等文化记忆')).toEqual([['四门八洲十三坡', 'simen']]);
  });

  it('finds shorter terms where the longer one is not there', () => {
    expect(found('八洲和十三坡')).toEqual([
      ['八洲', 'bazhou'],
      ['十三坡', 'shisan'],
    ]);
  });

  it('never returns overlapping matches, and prefers the longer of two overlapping terms', () => {
    // 市建管工作 (5) beats 城市建 (3) although 城市建 starts first
    expect(found('做精城市建管工作')).toEqual([['市建管工作', 'long']]);
    const matches = matcher.find('四门八洲十三坡八洲十三坡');
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });

  it('matches Traditional text against Simplified terms, one character for one', () => {
    expect(found('全區重點工程建設')).toEqual([['重點工程', 'key']]);
    expect(found('四門八洲十三坡')).toEqual([['四門八洲十三坡', 'simen']]);
  });

  it('keeps Latin letters and digits whole: 2545 is not found inside 25450', () => {
    expect(found('“2545”工作模式')).toEqual([['2545', 'mode']]);
    expect(found('2545工作模式')).toEqual([['2545工作模式', 'mode']]);
    expect(found('共25450元')).toEqual([]);
    expect(found('共２５４５项')).toEqual([['２５４５', 'mode']]);
  });

  it('reports positions in UTF-16 code units, also after characters outside the BMP', () => {
    const text = '𠮷八洲';
    const [match] = matcher.find(text);
    expect(text.slice(match!.start, match!.end)).toBe('八洲');
  });

  it('finds nothing without terms or text', () => {
    expect(createTermMatcher([], fold).find('四门八洲十三坡')).toEqual([]);
    expect(matcher.find('')).toEqual([]);
  });
});
