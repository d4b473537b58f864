import { describe, expect, it } from 'vitest';
import { decodeToken, decodeTokens, encodeToken, foldText, phraseFor, queryWords, tokenize } from './tokens.ts';

const table = new Map([['總', '总'], ['結', '结'], ['運', '运'], ['會', '会'], ['點', '点']]);
const texts = (text: string) => tokenize(text, table).map((token) => token.text);

describe('search tokens', () => {
  it('cuts Han runs into bigrams closed by the last character', () => {
    expect(texts('四门八洲')).toEqual(['四门', '门八', '八洲', '洲']);
    expect(texts('坡')).toEqual(['坡']);
  });
  it('folds Traditional to Simplified so both scripts meet', () => {
    expect(texts('總結')).toEqual(texts('总结'));
    expect(foldText('全運會', table)).toBe('全运会');
  });
  it('breaks runs at punctuation and keeps letters and digits as words', () => {
    expect(texts('“2545”工作模式，IPv6')).toEqual(['2545', '工作', '作模', '模式', '式', 'ipv6']);
    expect(texts('２０２０年')).toEqual(['2020', '年']);
  });
  it('keeps offsets into the original text', () => {
    const [first] = tokenize('“雪亮工程”', table);
    expect(first).toMatchObject({ text: '雪亮', start: 1, end: 3 });
  });
  it('makes a query phrase that is a run of the indexed tokens', () => {
    const indexed = texts('深入挖掘西湖“四门八洲十三坡”等文化记忆').map(encodeToken).join(' ');
    const phrase = phraseFor('四门八洲十三坡', table)!.slice(1, -1);
    expect(indexed).toContain(phrase);
    expect(indexed).not.toContain(phraseFor('西湖四门', table)!.slice(1, -1));
    // a word that continues in the text is still found
    expect(indexed).toContain(phraseFor('文化', table)!.slice(1, -1));
    expect(indexed).toContain(phraseFor('四门八洲', table)!.slice(1, -1));
  });
  it('spells tokens in ASCII and reads them back', () => {
    expect(encodeToken('四门')).toMatch(/^[a-z][0-9a-z]{5}$/);
    expect(encodeToken('2545')).toBe('02545');
    for (const token of ['四门', '坡', '2545', 'ipv6']) expect(decodeToken(encodeToken(token))).toBe(token);
  });
  it('splits queries into words, keeping quoted phrases', () => {
    expect(queryWords('文明 城市')).toEqual(['文明', '城市']);
    expect(queryWords('"文明 城市" 总结')).toEqual(['文明 城市', '总结']);
    expect(queryWords('  ')).toEqual([]);
  });
  it('reads tokens back into text with spaces where runs ended', () => {
    const decoded = decodeTokens(texts('深入挖掘西湖“四门八洲”等文化，2021年'));
    expect(decoded.text).toBe('深入挖掘西湖 四门八洲 等文化 2021 年');
    expect(decoded.ranges).toHaveLength(texts('深入挖掘西湖“四门八洲”等文化，2021年').length);
  });
});
