import { describe, expect, it } from 'vitest';
import { groupByPinyin, indexLetter, pinyinKey, pinyinSlug } from './pinyin.ts';

describe('pinyin index', () => {
  it('spells Chinese in pinyin for stable addresses', () => {
    expect(pinyinSlug('四门八洲十三坡')).toBe('si-men-ba-zhou-shi-san-po');
    expect(pinyinSlug('“五类”土地')).toBe('wu-lei-tu-di');
  });

  it('reads terms in pinyin without tones, ignoring quotes', () => {
    expect(pinyinKey('四门八洲十三坡')).toBe('si men ba zhou shi san po');
    expect(pinyinKey('“五类”土地')).toBe('wu lei tu di');
  });

  it('files terms under their first letter, digits under #', () => {
    expect(indexLetter('雪亮工程')).toBe('X');
    expect(indexLetter('2545工作模式')).toBe('#');
  });

  it('groups A–Z in pinyin order, # last', () => {
    const groups = groupByPinyin(['三友', '2545工作模式', '四门八洲十三坡', '碳达峰碳中和', '十大战役'], (term) => term);
    expect(groups.map((group) => group.letter)).toEqual(['S', 'T', '#']);
    expect(groups[0]!.items).toEqual(['三友', '十大战役', '四门八洲十三坡']);
  });
});
