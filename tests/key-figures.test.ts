import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentDocuments } from './support/content.ts';
import { distDir, readBuilt } from './support/site.ts';

/**
 * The 图解 of the work report on the built site: every figure is the report's own words, in its own sentence, linked
 * to its place; every chart has its data table and its description; the card shows the figures as the page does.
 */
const report = 'report/xihu-government-work-report-2021';
const figuresPage = parse(readBuilt(`documents/${report}/figures/index.html`));
const documentPage = parse(readBuilt(`documents/${report}/index.html`));
const squeeze = (text: string) => text.replace(/\s+/g, '');
const body = squeeze(documentPage.querySelector('.document-body')!.text);
const cards = figuresPage.querySelectorAll('.figure-card');
const card = (measure: string) => cards.filter((item) => item.querySelector('.figure-card__measure')!.text === measure);
const fact = (item: HTMLElement, label: string) => item.querySelectorAll('.figure-card__facts div').find((row) => row.querySelector('dt')!.text === label)?.querySelector('dd')!.text;

describe('the 图解 of the work report', () => {
  it('shows at least the twelve headline figures of the 五年回顾, each in the report’s words', () => {
    const expected: [string, string, string | undefined][] = [
      ['财政总收入', '突破100亿元', '较2015年增长64.5%,净增41.1亿元'],
      ['地区生产总值', '逼近600亿元', '较2015年增长33%'],
      ['人均地区生产总值', '突破1.8万美元', '较2015年增长44.6%'],
      ['每平方公里产出', '17亿元', '产出效益排名全省县(市、区)第一'],
      ['地方一般公共预算收入', '突破17亿元', undefined],
      ['社会消费品零售总额', '突破300亿元', '较2015年增长34.9%'],
      ['实际利用内资', '突破100亿元', '是2015年的2.7倍'],
      ['实际利用外资', '逼近5亿美元', '是2015年的2.6倍'],
      ['外贸出口', '突破5亿美元', undefined],
      ['电商交易额', '595亿元', '是2015年的4.6倍'],
      ['累计新增城镇就业', '4.9万人', undefined],
    ];
    expect(cards.length).toBeGreaterThanOrEqual(12);
    for (const [measure, value, comparison] of expected) {
      const [item] = card(measure);
      expect(item, measure).toBeDefined();
      expect(item!.querySelector('.figure-card__value')!.text, measure).toBe(value);
      expect(fact(item!, '比较'), measure).toBe(comparison);
    }
    // the services share: from 77.1% in 2015 to 80.5%, both as the sentence gives them
    expect(card('服务业增加值占地区生产总值比重').map((item) => [item.querySelector('.figure-card__value')!.text, fact(item, '时期')])).toEqual([
      ['77.1%', '2015年'],
      ['80.5%', '原文未写明'],
    ]);
    expect(fact(card('累计新增城镇就业')[0]!, '时期')).toBe('五年来');
  });

  it('shows every figure as a substring of its own sentence, and the sentence as the report has it, linked to the figure', () => {
    for (const item of cards) {
      const value = item.querySelector('.figure-card__value')!.text;
      const quote = item.querySelector('.figure-card__quote')!;
      const sentence = squeeze(quote.text);
      expect(sentence, value).toContain(value);
      expect(quote.querySelector('mark')!.text).toBe(value);
      expect(body, value).toContain(sentence);
      // the comparison's numbers are the sentence's own
      for (const number of (fact(item, '比较') ?? '').match(/\d+(?:\.\d+)?/g) ?? []) expect(sentence, `${value} ${number}`).toContain(number);
      const href = item.querySelector('.figure-card__where a')!.getAttribute('href')!;
      expect(href.split('#')[0]).toBe(`/documents/${report}/`);
      const target = documentPage.getElementById(decodeURIComponent(href.split('#')[1]!))!;
      expect(target.tagName).toBe('DATA');
      expect(target.text).toBe(value);
      // on the page a figure carries its number and its id only: what it measures is the 图解's to show
      expect(Object.keys(target.attributes).sort()).toEqual(['id', 'value']);
      expect(value).toContain(target.getAttribute('value')!);
      // and the sentence is the one the figure stands in (without the popovers and note markers the page adds)
      const paragraph = parse(target.parentNode!.outerHTML);
      for (const added of paragraph.querySelectorAll('.term-tip, .note-ref')) added.remove();
      expect(squeeze(paragraph.text), value).toContain(sentence);
    }
  });

  it('never shows a qualified number as a bare one: 突破 and 逼近 stay with the number', () => {
    const source = contentDocuments().find((doc) => doc.id === report)!.body;
    for (const match of source.matchAll(/<关键数据 [^>]*限定="([^"]+)"[^>]*>([^<]+)<\/关键数据>/g)) {
      const [, qualifier, words] = match;
      expect(words, words).toContain(qualifier);
      expect(cards.some((item) => item.querySelector('.figure-card__value')!.text === words), words).toBe(true);
    }
    for (const value of figuresPage.querySelectorAll('.figure-card__value, .figure-chart__value, .figure-chart__data td a').map((element) => element.text)) {
      expect(body, value).toContain(value);
    }
  });

  it('draws each chart with a description of every figure in it and a data table of the same figures beside it', () => {
    const charts = figuresPage.querySelectorAll('figure.figure-chart');
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      const plot = chart.querySelector('.figure-chart__plot')!;
      const alt = plot.getAttribute('aria-label')!;
      expect(plot.getAttribute('role')).toBe('img');
      const values = plot.querySelectorAll('.figure-chart__value').map((value) => value.text);
      expect(values.length).toBeGreaterThanOrEqual(2);
      const table = chart.querySelector('table.figure-chart__data')!;
      expect(table.querySelector('caption')!.text).toMatch(/^图\d+的数据$/);
      expect(table.querySelectorAll('tbody tr td:nth-child(2)').map((cell) => cell.text)).toEqual(values);
      for (const value of values) expect(alt).toContain(value);
      // each bar is drawn, as SVG, to its stated number
      const bars = plot.querySelectorAll('svg rect.figure-chart__fill');
      expect(bars).toHaveLength(values.length);
      for (const bar of bars) expect(Number(bar.getAttribute('width'))).toBeGreaterThan(0);
    }
    // the largest of the amounts in 亿元 fills its chart; the others in proportion to their stated numbers
    const amounts = charts.find((chart) => chart.querySelector('figcaption')!.text.includes('亿元'))!;
    const widths = Object.fromEntries(amounts.querySelectorAll('.figure-chart__row').map((row) => [row.querySelector('.figure-chart__value')!.text, Number(row.querySelector('rect.figure-chart__fill')!.getAttribute('width'))]));
    expect(widths['逼近600亿元']).toBe(100);
    expect(widths['突破300亿元']).toBe(50);
  });

  it('has a section on the document page that counts the figures and leads to the 图解, and a way to it near the top', () => {
    const section = documentPage.querySelector('.document-figures')!;
    expect(section.querySelector('h2')!.text).toBe('图解：关键数据');
    expect(squeeze(section.text)).toContain(`本站在本文件中标出了${cards.length}个关键数据`);
    expect(section.querySelector(`a[href="/documents/${report}/figures/"]`)).not.toBeNull();
    expect(section.getAttribute('data-search-ignore')).toBe('');
    // as many figures in the text as on the 图解, each with its id
    expect(documentPage.querySelectorAll('.document-body data[id^="key-figure-"]')).toHaveLength(cards.length);
    const extras = documentPage.querySelector('.document-extras')!;
    expect(extras.querySelector(`a[href="/documents/${report}/figures/"]`)!.text).toBe(`图解（${cards.length} 个关键数据）`);
    // before the text: a reader on a phone need not scroll through the whole report to find it
    expect(documentPage.innerHTML.indexOf('document-extras')).toBeLessThan(documentPage.innerHTML.indexOf('document-body'));
  });

  it('has a share card of its own, with its first figures in the report’s words', () => {
    const image = figuresPage.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(new URL(image).pathname).toBe(`/cards/figures/${report}.png`);
    expect(figuresPage.querySelectorAll('meta[name="card:figure"]').map((meta) => meta.getAttribute('content'))).toEqual(['财政总收入｜突破100亿元', '地区生产总值｜逼近600亿元', '人均地区生产总值｜突破1.8万美元', '每平方公里产出｜17亿元']);
    const png = readFileSync(join(distDir, 'cards', 'figures', `${report}.png`));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(figuresPage.querySelector('meta[name="ColumnName"]')!.getAttribute('content')).toBe('图解');
  });

  it('is given only to documents with figures', () => {
    expect(() => readBuilt('documents/plan/xihu-street-urban-upgrade-plan-2020/figures/index.html')).toThrow();
  });
});
