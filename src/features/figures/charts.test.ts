import { describe, expect, it } from 'vitest';
import { chartGroups, chartsOf, unstatedPeriodLabel } from './charts.ts';
import type { KeyFigure } from './extract.ts';

let position = 0;
const figure = (measure: string, text: string, value: number, unit: string, extra: Partial<KeyFigure> = {}): KeyFigure => ({
  anchor: `key-figure-${++position}`,
  position,
  text,
  value,
  unit,
  measure,
  sentence: `${measure}${text}。`,
  sentenceOffset: measure.length,
  section: [],
  ...extra,
});

describe('charts of key figures', () => {
  const figures = [
    figure('财政总收入', '突破100亿元', 100, '亿元', { qualifier: '突破' }),
    figure('地区生产总值', '逼近600亿元', 600, '亿元', { qualifier: '逼近' }),
    figure('每平方公里产出', '17亿元', 17, '亿元', { group: '每平方公里产出' }),
    figure('人均地区生产总值', '突破1.8万美元', 1.8, '万美元'),
    figure('服务业比重', '77.1%', 77.1, '%', { period: '2015年' }),
    figure('服务业比重', '80.5%', 80.5, '%'),
  ];

  it('draws figures of one unit (and one 分组) together, and leaves a figure alone in its group to its card', () => {
    expect(chartGroups(figures).map((group) => [group.title, group.figures.map((item) => item.text)])).toEqual([
      ['以“亿元”为单位的数字', ['突破100亿元', '逼近600亿元']],
      ['以“%”为单位的数字', ['77.1%', '80.5%']],
    ]);
  });

  it('draws bars to the stated numbers, shows the document’s words beside them, and describes them in words', () => {
    const [amounts, shares] = chartsOf(figures);
    expect(amounts!.rows.map((row) => [row.label, row.figure.text, row.share])).toEqual([
      ['财政总收入', '突破100亿元', 16.7],
      ['地区生产总值', '逼近600亿元', 100],
    ]);
    expect(amounts!.alt).toContain('财政总收入，突破100亿元；地区生产总值，逼近600亿元');
    expect(amounts!.track).toBe(false);
    // a percentage stands against the whole; bars of one measure are told apart by their period, or its absence
    expect(shares!.track).toBe(true);
    expect(shares!.title).toBe('服务业比重');
    expect(shares!.rows.map((row) => [row.label, row.share])).toEqual([
      ['2015年', 77.1],
      [unstatedPeriodLabel, 80.5],
    ]);
    expect(shares!.alt).toContain('整条代表100%');
  });
});
