import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allSearchResults } from './support/search.ts';
import { siteInBrowser } from './support/site-browser.ts';

/** 任务分工 and 图解 in Chromium: search, phones and large text, reading aloud, print. */
const site = siteInBrowser();
const figures = '/documents/report/xihu-government-work-report-2021/figures/';
const plan = '/documents/plan/xihu-street-urban-upgrade-plan-2020/';

async function phone(settings: Record<string, string> = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, settings);
  return context;
}

describe('search finds a unit’s tasks', () => {
  it.each([
    ['城管办', '/organisations/street-city-management-office/'],
    ['各相关社区', '/organisations/street-relevant-communities/'],
    ['领导小组办公室', '/organisations/xihu-ucb-leading-group-office/'],
    ['西湖区城建局', '/organisations/xihu-urban-construction-bureau/'],
  ])('searching %s lists its organisation page first, then the documents that name it', async (query, organisation) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
    const found = (await allSearchResults(page)).map((href) => decodeURI(href.split('#')[0]!));
    expect(found[0]).toBe(organisation);
    expect(found.some((href) => href.startsWith('/documents/'))).toBe(true);
    // the organisation's result says what it is
    expect(await page.locator('#search-results li').first().locator('.search-result__meta').textContent()).toContain('机构');
    await page.close();
  });
});

describe('on a phone, in large text and high contrast', () => {
  it.each(['/tasks/', figures, plan, '/organisations/street-city-management-office/'])('%s fits the screen: nothing runs off the side', async (path) => {
    const modes: Record<string, string>[] = [{}, { 'reader-text-size': 'xlarge', 'reader-contrast': 'high' }];
    for (const settings of modes) {
      const context = await phone(settings);
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), JSON.stringify(settings)).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('lets a chart’s words grow with the text size: they are text of the page, not drawn into the picture', async () => {
    const sizes: number[] = [];
    const modes: Record<string, string>[] = [{}, { 'reader-text-size': 'xlarge' }];
    for (const settings of modes) {
      const context = await phone(settings);
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${figures}`);
      sizes.push(await page.locator('.figure-chart__value').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize)));
      await context.close();
    }
    expect(sizes[1]! / sizes[0]!).toBeCloseTo(1.5, 1);
  });

  it('shows each task of the table as a card with its units, and a task’s link lands on its paragraph', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${plan}`);
    const row = page.locator('.document-tasks tbody tr:not(.task-table__group)').nth(2);
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
    expect((await row.textContent())!.replace(/\s+/g, '')).toBe('3河湖水环境整治城管办、城建办各相关社区');
    // each unit cell is labelled with its column's name, since the column heads are not shown on a phone
    const lead = row.locator('td').nth(2);
    expect(await lead.getAttribute('data-label')).toBe('牵头');
    expect(await lead.evaluate((element) => getComputedStyle(element, '::before').content)).not.toBe('none');
    await row.locator('a').first().click();
    await page.waitForURL(/#task-3$/);
    expect(await page.locator('#task-3').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
    await context.close();
  });

  it('takes a figure of the 图解 back to its sentence, where the number is marked out', async () => {
    const context = await phone({ 'reader-text-size': 'xlarge' });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${figures}`);
    const card = page.locator('.figure-card').nth(1);
    const value = (await card.locator('.figure-card__value').textContent())!;
    await card.locator('.figure-card__where a').click();
    await page.waitForURL(/#key-figure-2$/);
    const target = await page.locator('#key-figure-2').evaluate((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { text: element.textContent, inView: box.top >= 0 && box.bottom <= window.innerHeight, outline: [style.outlineStyle, parseFloat(style.outlineWidth)] };
    });
    expect(target).toEqual({ text: value, inView: true, outline: ['solid', 3] });
    await context.close();
  });
});

describe('the 图解 read aloud and on paper', () => {
  it('reads each chart as one picture described in words, and its table as a table', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${figures}`);
    const chart = page.locator('figure.figure-chart').first();
    const snapshot = await chart.ariaSnapshot();
    expect(snapshot).toMatch(/- img "图1：.*财政总收入，突破100亿元；地区生产总值，逼近600亿元；.*条形长度按原文写出的数字绘制/);
    expect(snapshot).toContain('- table "图1的数据"');
    // the bars themselves say nothing: the description and the table do
    expect(snapshot).not.toMatch(/- (graphics-document|graphics-symbol)/);
    await page.close();
  });

  it('prints the cards and charts without the page’s navigation, in black on white', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${figures}`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).display !== 'none');
    for (const hidden of ['.site-header', '.figure-page-nav', '.site-footer']) expect(await shown(hidden), hidden).toBe(false);
    for (const visible of ['.figure-card', '.figure-chart__plot', '.figure-chart__data', '.print-url']) expect(await shown(visible), visible).toBe(true);
    // a card is black words in a black frame on the paper itself: no background of its own reaches the page
    const card = await page.locator('.figure-card').first().evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color, style.borderLeftColor, style.borderLeftStyle];
    });
    expect(card).toEqual(['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'solid']);
    expect(await page.locator('.figure-chart__fill').first().evaluate((element) => getComputedStyle(element).fill)).toBe('rgb(68, 68, 68)');
    await page.close();
  });
});
