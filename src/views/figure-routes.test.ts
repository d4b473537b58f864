import { describe, expect, it } from 'vitest';
import type { KeyFigure } from '../features/figures/extract.ts';
import { catalogueOf } from './catalogue.test-support.ts';
import { figureRoutes } from './key-figures.ts';

/** A figure as the body renderer records it, enough of it for the page. */
const figure = (position: number, measure: string, text: string): KeyFigure => ({
  anchor: `key-figure-${position}`,
  position,
  text,
  value: Number(/[\d.]+/.exec(text)![0]),
  unit: '亿元',
  measure,
  sentence: `${measure}${text}。`,
  sentenceOffset: measure.length,
  section: [{ id: 'a', text: '一、过去五年的工作回顾', depth: 2 }],
});

describe('the 图解 pages, on the bundled content', () => {
  const catalogue = catalogueOf('content');
  const report = 'report/xihu-government-work-report-2021';
  const figures = [1, 2, 3, 4, 5].map((n) => figure(n, `指标${n}`, `${n}00亿元`));
  const routes = figureRoutes(catalogue, new Map([[report, { figures }]]));

  it('gives a page only to a document with key figures, dated and published as the document, under it in the trail', () => {
    expect(routes.map((route) => route.params.id)).toEqual([report]);
    const { page } = routes[0]!.props;
    expect(page.title).toBe('《西湖区人民政府工作报告（2021年）》图解');
    expect(page.article).toMatchObject({ date: '2021-10-12', author: '西湖区人民政府', contentSource: '西湖区人民政府' });
    expect(page.breadcrumb.map((step) => step.href)).toEqual(['/', '/documents/', '/kinds/report/', `/documents/${report}/`, undefined]);
    expect(page.card).toBe(`/cards/figures/${report}.png`);
  });

  it('names the first four figures for its card, in the document’s words, and keys the page by all it shows', () => {
    const { page } = routes[0]!.props;
    expect(page.cardFigures).toEqual(figures.slice(0, 4).map((item) => ({ measure: item.measure, text: item.text })));
    const fewer = figureRoutes(catalogue, new Map([[report, { figures: figures.slice(0, 4) }]]));
    expect(fewer[0]!.cacheKey).not.toBe(routes[0]!.cacheKey);
  });
});
