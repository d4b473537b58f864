import { describe, expect, it } from 'vitest';
import type { KeyFigure } from '../features/figures/extract.ts';
import { catalogueOf } from './catalogue.test-support.ts';
import { cardFigures, figurePageView, figureRoutes } from './key-figures.ts';

const figure = (position: number, measure: string, text: string, sentence: string, extra: Partial<KeyFigure> = {}): KeyFigure => ({
  anchor: `key-figure-${position}`,
  position,
  text,
  value: Number(/[\d.]+/.exec(text)![0]),
  unit: '亿元',
  measure,
  sentence,
  sentenceOffset: sentence.indexOf(text),
  section: [{ id: 'a', text: '一、过去五年的工作回顾', depth: 2 }],
  ...extra,
});

const figures = [
  figure(1, '财政总收入', '突破100亿元', '财政总收入率先在全省城区突破100亿元,较2015年增长64.5%。', { comparison: '较2015年增长64.5%', qualifier: '突破' }),
  figure(2, '地区生产总值', '逼近600亿元', '地区生产总值逼近600亿元,较2015年增长33%;', { qualifier: '逼近' }),
  figure(3, '外贸出口', '突破5亿美元', '外贸出口突破5亿美元。', { unit: '亿美元' }),
];

describe('the 图解’s view of a document’s figures', () => {
  it('gives each figure a card with its words, its sentence split around them, and its place in the text', () => {
    const view = figurePageView('report/a', figures);
    expect(view.href).toBe('/documents/report/a/figures/');
    expect(view.cards[0]).toEqual({
      id: 'figure-1',
      measure: '财政总收入',
      text: '突破100亿元',
      comparison: '较2015年增长64.5%',
      before: '财政总收入率先在全省城区',
      after: ',较2015年增长64.5%。',
      href: '/documents/report/a/#key-figure-1',
      where: '一、过去五年的工作回顾',
    });
    for (const card of view.cards) expect(`${card.before}${card.text}${card.after}`).toBe(figures.find((item) => item.text === card.text)!.sentence);
  });

  it('charts the figures that share a unit, each row linked to its place', () => {
    const view = figurePageView('report/a', figures);
    expect(view.charts).toHaveLength(1);
    expect(view.charts[0]!.hrefs).toEqual(['/documents/report/a/#key-figure-1', '/documents/report/a/#key-figure-2']);
  });

  it('puts the first four figures on the share card, in the document’s words', () => {
    expect(cardFigures(figures)).toEqual([
      { measure: '财政总收入', text: '突破100亿元' },
      { measure: '地区生产总值', text: '逼近600亿元' },
      { measure: '外贸出口', text: '突破5亿美元' },
    ]);
  });
});

describe('the 图解 pages, on the bundled content', () => {
  const catalogue = catalogueOf('content');
  const report = 'report/xihu-government-work-report-2021';
  const figures = [1, 2, 3, 4, 5].map((n) => figure(n, `指标${n}`, `${n}00亿元`, `指标${n}${n}00亿元。`));
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
