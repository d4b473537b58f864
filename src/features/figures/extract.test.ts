import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../content/loader/body-renderer.ts';
import { bodyPipeline } from '../../markdown.config.ts';
import { recordedFigures, sentenceAround } from './extract.ts';

const render = createBodyRenderer(bodyPipeline);

describe('key figures read from a rendered body', () => {
  it('finds each figure of the report with its sentence, in reading order, each with an id on the page', async () => {
    const result = await render(join('content', 'documents', 'report', 'xihu-government-work-report-2021.mdx'), {});
    if ('failure' in result) throw new Error(result.failure);
    const figures = recordedFigures.read(result.rendered.metadata.frontmatter!);
    expect(figures.length).toBeGreaterThanOrEqual(12);
    expect(figures[0]).toMatchObject({
      anchor: 'key-figure-1',
      text: '突破100亿元',
      value: 100,
      unit: '亿元',
      measure: '财政总收入',
      qualifier: '突破',
      comparison: '较2015年增长64.5%,净增41.1亿元',
      sentence: '全区综合实力始终位列全省第一方阵,财政总收入率先在全省城区突破100亿元,较2015年增长64.5%,净增41.1亿元。',
    });
    expect(figures[0]!.section.map((heading) => heading.text)).toEqual(['一、过去五年的工作回顾', '(一)五年来,我们抓住经济发展这个最根本问题,扩总量、提质量,综合实力显著增强']);
    // two figures in one sentence share it; a clause ended by ; is a sentence of its own
    const foreign = figures.find((figure) => figure.measure === '实际利用外资')!;
    expect(foreign.sentence).toBe('实际利用内资突破100亿元,实际利用外资逼近5亿美元,分别是2015年的2.7倍和2.6倍;');
    expect(figures.find((figure) => figure.measure === '人均地区生产总值')!.sentence).toBe('人均地区生产总值突破1.8万美元,较2015年增长44.6%;');
    for (const figure of figures) {
      expect(figure.sentence.slice(figure.sentenceOffset, figure.sentenceOffset + figure.text.length)).toBe(figure.text);
      expect(result.rendered.html).toContain(`id="${figure.anchor}"`);
    }
    expect(figures.map((figure) => figure.position)).toEqual(figures.map((_, index) => index + 1));
  });

  it('takes the sentence between the sentence ends around the figure', () => {
    const text = '第一句。甲乙突破100亿元丙；第三句';
    const start = text.indexOf('突破');
    expect(sentenceAround(text, start, start + 7)).toEqual({ sentence: '甲乙突破100亿元丙；', offset: 2 });
    expect(sentenceAround('  开头5个', 4, 6)).toEqual({ sentence: '开头5个', offset: 2 });
  });
});
