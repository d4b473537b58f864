import { describe, expect, it } from 'vitest';
import { cardKey } from './cache.ts';
import type { CardContent } from './layout.ts';

const content: CardContent = {
  siteName: '西湖区人民政府 政务公开',
  domain: 'www.xihu-gov.example',
  kind: '工作报告',
  title: '西湖区人民政府工作报告（2021年）',
  publisher: '西湖区人民政府',
  date: '2021-10-12',
  language: 'zh-Hans',
};

describe('card cache key', () => {
  it('is the same for the same content, whatever the order of its fields', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as unknown as CardContent;
    expect(cardKey(reordered, 'v1')).toBe(cardKey(content, 'v1'));
  });

  it('changes when anything shown changes, or the renderer does', () => {
    const key = cardKey(content, 'v1');
    for (const change of [{ title: '西湖区人民政府工作报告（2022年）' }, { date: '2021-10-13' }, { language: 'zh-Hant' as const }, { publisher: '西湖区城建局' }]) {
      expect(cardKey({ ...content, ...change }, 'v1')).not.toBe(key);
    }
    expect(cardKey(content, 'v2')).not.toBe(key);
  });
});
