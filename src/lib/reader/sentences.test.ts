import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speechChunks, splitSentences } from './sentences.ts';

const definition =
  '明代南昌形成“七门九洲十八坡”格局,其中西湖境内有“四门八洲十三坡”。“四门”指:进贤门、惠民门、广润门、顺化门。“八洲”指:新洲、潮王洲(朝阳洲)、打缆洲、新添(填)洲、里洲等八个洲。';

describe('sentences', () => {
  it('ends a sentence at 。！？ and keeps closing quotes with it', () => {
    expect(splitSentences(definition)).toEqual([
      '明代南昌形成“七门九洲十八坡”格局,其中西湖境内有“四门八洲十三坡”。',
      '“四门”指:进贤门、惠民门、广润门、顺化门。',
      '“八洲”指:新洲、潮王洲(朝阳洲)、打缆洲、新添(填)洲、里洲等八个洲。',
    ]);
    expect(splitSentences('他说：“好。”然后走了！真的吗？是的')).toEqual(['他说：“好。”', '然后走了！', '真的吗？', '是的']);
  });

  it('keeps ；-clauses together unless asked, and never cuts at a full stop inside a number', () => {
    expect(splitSentences('一是抓学习；二是抓落实。共3.5亿元。')).toEqual(['一是抓学习；二是抓落实。', '共3.5亿元。']);
    expect(splitSentences('一是抓学习；二是抓落实。', { semicolons: true })).toEqual(['一是抓学习；', '二是抓落实。']);
  });

  it('treats …… as an end only when something follows', () => {
    expect(splitSentences('等等……下一句。')).toEqual(['等等……', '下一句。']);
    expect(splitSentences('未完……')).toEqual(['未完……']);
  });

  it('loses and adds nothing: the pieces join back into the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'测试。！？；，、“”…a1 .'.split('')) }), (text) => {
        expect(splitSentences(text).join('')).toBe(text);
        expect(splitSentences(text, { semicolons: true }).join('')).toBe(text);
      }),
    );
  });
});

describe('speech chunks', () => {
  it('cuts a long sentence at its last pause that fits', () => {
    const long = `${'甲'.repeat(40)}，${'乙'.repeat(40)}。`;
    expect(speechChunks(long, 60)).toEqual([`${'甲'.repeat(40)}，`, `${'乙'.repeat(40)}。`]);
  });

  it('cuts at the limit when a sentence has no pause, and never returns an empty piece', () => {
    const chunks = speechChunks(`${'丙'.repeat(130)}。  `, 60);
    expect(chunks.map((chunk) => chunk.length)).toEqual([60, 60, 11]);
    expect(speechChunks('   ')).toEqual([]);
  });

  it('every chunk fits, and together they are the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'测试文字。！；，、“”'.split('')), maxLength: 400 }), fc.integer({ min: 10, max: 80 }), (text, max) => {
        const chunks = speechChunks(text, max);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(max);
        expect(chunks.join('')).toBe(text);
      }),
    );
  });
});
