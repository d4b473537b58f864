import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../tools/browser/browser.ts';
import { allSearchResults, searchFromHeader, searchResults } from './support/search.ts';
import { distDir } from './support/site.ts';
import { serveStatic, type StaticServer } from '../tools/browser/static-server.ts';

/** The seeds by number, as the golden queries name them. */
const seeds: Record<string, string> = {
  '000': '/documents/disclosure/xihu-urban-construction-bureau-ideas-debate-2020/',
  '001': '/documents/plan/xihu-street-urban-upgrade-plan-2020/',
  '002': '/documents/report/xihu-government-work-report-2021/',
  '003': '/documents/speech/district-party-secretary-urban-construction-speech/',
  '004': '/documents/news/binhu-civilised-city-rectification-meeting-2020/',
};

interface Golden {
  query: string;
  find: string[];
  notFind: string[];
  /** a term page that must come first */
  firstTerm?: string;
}

const golden: Golden[] = [
  { query: '四门八洲十三坡', find: ['002'], notFind: ['000', '001', '003', '004'], firstTerm: '/glossary/si-men-ba-zhou-shi-san-po/' },
  { query: '2545', find: ['002'], notFind: ['000', '001', '003', '004'], firstTerm: '/glossary/2545-gong-zuo-mo-shi/' },
  { query: '雪亮工程', find: ['002'], notFind: ['000', '001', '003', '004'], firstTerm: '/glossary/xue-liang-gong-cheng/' },
  { query: '幸福微实事', find: ['000', '001', '002'], notFind: ['003', '004'] },
  { query: '马路本色', find: ['001', '002'], notFind: ['000', '003', '004'], firstTerm: '/glossary/ma-lu-ben-se/' },
  { query: '总结', find: ['000', '001', '003'], notFind: ['002', '004'] },
  { query: '全運會', find: ['003'], notFind: ['000', '001', '002', '004'] },
  { query: '邮票绿地', find: ['000', '001', '002'], notFind: ['003', '004'] },
  { query: '文明城市', find: ['001', '002', '004'], notFind: ['000', '003'] },
  // our own
  { query: '總結', find: ['000', '001', '003'], notFind: ['002', '004'] },
  { query: '全运会', find: ['003'], notFind: ['000', '001', '002', '004'] },
  { query: '重點工程', find: ['003'], notFind: ['000', '001', '004'] },
  { query: '文明 城市', find: ['001', '002', '004'], notFind: [] },
  { query: '马良 文明城市', find: ['004'], notFind: ['000', '001', '002', '003'] },
  { query: '四不出門', find: ['000', '001'], notFind: ['002', '003', '004'], firstTerm: '/glossary/si-bu-kai-gong-si-bu-chu-men/' },
  { query: '一般化', find: ['003'], notFind: ['000', '001', '002', '004'], firstTerm: '/glossary/yi-ban-hua/' },
  { query: '五治融合', find: ['002'], notFind: ['000', '001', '003', '004'], firstTerm: '/glossary/wu-zhi-ji-ceng-she-hui-zhi-li-ti-xi/' },
];

const pathOf = (href: string) => href.split('#')[0]!;

describe('search finds the word, in either script, and nothing else', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const check = (results: string[], entry: Golden) => {
    const paths = results.map(pathOf);
    for (const seed of entry.find) expect(paths, `${entry.query} must find ${seed}`).toContain(seeds[seed]);
    for (const seed of entry.notFind) expect(paths, `${entry.query} must not find ${seed}`).not.toContain(seeds[seed]);
    if (entry.firstTerm) expect(paths[0], `${entry.query}: term first`).toBe(entry.firstTerm);
  };

  it.each(golden)('from the Simplified work report: $query', async (entry) => {
    await page.goto(`${server.origin}${seeds['002']}`);
    check(await searchFromHeader(page, entry.query), entry);
  });

  it.each(golden)('from the Traditional speech: $query', async (entry) => {
    await page.goto(`${server.origin}${seeds['003']}`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    check(await searchFromHeader(page, entry.query), entry);
  });

  it('keeps quoted phrases exact', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('"文明城市"')}`);
    const phrase = (await searchResults(page)).map(pathOf);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('"城市文明"')}`);
    const reversed = (await searchResults(page)).map(pathOf);
    expect(phrase).toContain(seeds['004']);
    expect(reversed).not.toEqual(phrase);
  });

  it('says when nothing is found', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('量子引力弦论')}`);
    expect(await searchResults(page)).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('没有找到');
  });

  it('shows kind, date, publisher and a marked excerpt, and links to the section', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('雪亮工程')}`);
    await searchResults(page);
    const report = page.locator(`#search-results li:has(a[href^="${seeds['002']}"])`);
    await expect(report.locator('.search-result__meta').textContent()).resolves.toMatch(/工作报告.*2021-10-12.*西湖区人民政府/);
    await expect(report.locator('mark').first().textContent()).resolves.toBe('雪亮工程');
    const href = await report.locator('h2 a').getAttribute('href');
    expect(href).toMatch(/#/);
    // the anchor exists on the page
    await page.goto(`${server.origin}${href}`);
    const id = decodeURIComponent(href!.split('#')[1]!);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  it('filters with counts, sorts by date, and keeps it all in the URL and history', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('文明城市')}`);
    const all = (await searchResults(page)).map(pathOf);
    expect(all.length).toBeGreaterThanOrEqual(3);
    // the counts follow the results, once the filter index is in
    await expect.poll(() => page.textContent('[data-count-for="kind=要闻"]')).toBe('（1）');
    await page.check('input[name=kind][value=要闻]');
    await page.waitForURL(/kind=/);
    expect((await searchResults(page)).map(pathOf)).toEqual([seeds['004']]);
    await page.reload();
    expect((await searchResults(page)).map(pathOf)).toEqual([seeds['004']]);
    expect(await page.isChecked('input[name=kind][value=要闻]')).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('kind='));
    expect((await searchResults(page)).map(pathOf).sort()).toEqual([...all].sort());
    await page.selectOption('#search-sort', 'date');
    await page.waitForURL(/sort=date/);
    const dated = (await searchResults(page)).map(pathOf);
    expect(dated[0]).toBe(seeds['002']);
  });

  it('shows filter counts for a query of several words, and each count is the number of results the filter gives', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('“淘遍江西”网络直播')}`);
    const all = (await searchResults(page)).map(pathOf);
    expect(all).toHaveLength(2);
    await expect.poll(() => page.textContent('[data-count-for="kind=工作报告"]')).toBe('（1）');
    expect(await page.textContent('[data-count-for="kind=名词解释"]')).toBe('（1）');
    expect(await page.textContent('[data-count-for="kind=讲话"]')).toBe('（0）');
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('工作')}`);
    await searchResults(page);
    await expect.poll(() => page.textContent('[data-count-for="validity=未标注"]')).toMatch(/（\d+）/);
    const unstated = Number(/\d+/.exec((await page.textContent('[data-count-for="validity=未标注"]'))!)![0]);
    await page.check('input[name=validity][value=未标注]');
    await page.waitForURL(/validity=/);
    await searchResults(page);
    expect(await page.textContent('#search-status')).toContain(`共找到 ${unstated} 条结果`);
    // the checked group keeps the counts of its other values; other groups count within the selection (有效: the
    // bureau's plan and its 解读, which takes the validity of the plan)
    await expect.poll(() => page.textContent('[data-count-for="validity=有效"]')).toBe('（2）');
  });

  it('keeps undated pages in a date sort, last, and says so', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('工作')}`);
    const byRelevance = (await searchResults(page)).length;
    const total = Number(/共找到 (\d+) 条/.exec((await page.textContent('#search-status'))!)![1]);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('工作')}&sort=date`);
    expect(await allSearchResults(page)).toHaveLength(total);
    expect(await page.textContent('#search-status')).toContain(`共找到 ${total} 条结果，按日期从新到旧排列`);
    expect(await page.textContent('#search-status')).toContain('日期不详的文档和名词解释排在最后');
    expect(byRelevance).toBeGreaterThan(0);
    const metas = await page.$$eval('#search-results .search-result__meta', (items) => items.map((item) => item.textContent ?? ''));
    // documents first, newest first (an approximate year after the known days of that year), then the terms
    const firstTerm = metas.findIndex((meta) => meta.startsWith('名词解释'));
    expect(firstTerm).toBeGreaterThan(0);
    expect(metas.slice(firstTerm).every((meta) => meta.startsWith('名词解释'))).toBe(true);
    expect(metas.slice(0, firstTerm).map((meta) => /(\d{4})/.exec(meta)?.[1])).toEqual(['2026', '2021', '2020', '2020', '2020', '2011']);
  });

  it('shows the first results before it loads the filter index, then the counts', async () => {
    const fresh = await browser.newPage();
    try {
      // when the first result enters the page, and when each filter request starts (both epoch milliseconds)
      await fresh.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('#search-results li')) return;
          (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const filterRequests: Promise<number>[] = [];
      fresh.on('request', (request) => {
        if (request.url().endsWith('.pf_filter')) filterRequests.push(request.response().then(() => request.timing().startTime));
      });
      await fresh.goto(`${server.origin}/search/?q=${encodeURIComponent('文明城市')}`);
      await searchResults(fresh);
      await expect.poll(() => fresh.textContent('[data-count-for="kind=要闻"]')).toBe('（1）');
      const firstResultAt = await fresh.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
      expect(filterRequests.length).toBeGreaterThan(0);
      for (const started of await Promise.all(filterRequests)) expect(started).toBeGreaterThanOrEqual(firstResultAt);
    } finally {
      await fresh.close();
    }
  });

  it('loads the engine while the reader types, so Enter waits only for the words', async () => {
    const fresh = await browser.newPage();
    try {
      const requested: string[] = [];
      fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await fresh.goto(`${server.origin}/search/`);
      await fresh.focus('#search-query');
      // Pagefind's WebAssembly, its first part's metadata and the folding data, before a word is typed
      await expect.poll(() => requested.filter((path) => /\.pf_meta$|wasm\.|fold\.txt$|parts\.json$/.test(path)).length).toBeGreaterThanOrEqual(4);
      const before = requested.length;
      await fresh.keyboard.type('马路本色');
      await fresh.keyboard.press('Enter');
      expect((await searchResults(fresh)).map(pathOf)).toContain('/glossary/ma-lu-ben-se/');
      // what was loaded is not loaded again (the older parts' metadata loads once the first part's results are shown)
      const after = requested.slice(before).filter((path) => !path.includes('/parts/'));
      expect(after.filter((path) => /\.pf_meta$|wasm\.|fold\.txt$|parts\.json$/.test(path))).toEqual([]);
      expect(after.some((path) => path.endsWith('.pf_index'))).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('waits for the box to be touched before loading the engine when the reader saves data', async () => {
    const fresh = await browser.newPage();
    try {
      await fresh.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
      const requested: string[] = [];
      fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await fresh.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
      // idle for well past the two seconds the page would otherwise wait at most
      await fresh.waitForTimeout(3000);
      expect(requested.filter((path) => /\.pf_meta$|wasm\.|fold\.txt$/.test(path))).toEqual([]);
      await fresh.focus('#search-query');
      await expect.poll(() => requested.filter((path) => /\.pf_meta$|wasm\.|fold\.txt$/.test(path)).length).toBeGreaterThanOrEqual(3);
    } finally {
      await fresh.close();
    }
  });

  it('tries the engine again at Enter when loading it while the reader typed failed', async () => {
    const fresh = await browser.newPage();
    try {
      let failed = 0;
      await fresh.route('**/search/parts.json', (route) => (failed++ === 0 ? route.abort('internetdisconnected') : route.continue()));
      await fresh.goto(`${server.origin}/search/`);
      await fresh.focus('#search-query');
      await expect.poll(() => failed).toBeGreaterThanOrEqual(1);
      await fresh.keyboard.type('文明城市');
      await fresh.keyboard.press('Enter');
      // the failed load is not remembered: it is fetched again (at idle or at Enter) and the search works
      expect((await searchResults(fresh)).map(pathOf)).toContain(seeds['004']);
      expect(failed).toBeGreaterThanOrEqual(2);
    } finally {
      await fresh.close();
    }
  });

  it.each([
    ['default', {}],
    ['特大, high contrast', { 'reader-text-size': 'xlarge', 'reader-contrast': 'high' }],
  ])('puts the first result right under the count, beside the taller filters, on a wide screen (%s)', async (_, settings) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.addInitScript((stored) => {
        for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
      }, settings as Record<string, string>);
      const wide = await context.newPage();
      await wide.goto(`${server.origin}/search/?q=${encodeURIComponent('文明城市')}`);
      await searchResults(wide);
      const [count, first, filters] = await Promise.all(['#search-status', '#search-results li', '#search-filters'].map((selector) => wide.locator(selector).first().boundingBox()));
      // the filters stand beside the results and are taller than the count and its first result together
      expect(filters!.x).toBeGreaterThan(first!.x + first!.width);
      expect(filters!.height).toBeGreaterThan(first!.y + first!.height - count!.y);
      expect(first!.y - (count!.y + count!.height)).toBeLessThan(60);
    } finally {
      await context.close();
    }
  });

  it('works by keyboard and announces the count', async () => {
    await page.goto(`${server.origin}/search/`);
    await page.focus('#search-query');
    await page.keyboard.type('马路本色');
    await page.keyboard.press('Enter');
    await searchResults(page);
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(await page.textContent('#search-status')).toMatch(/共找到 \d+ 条结果/);
  });
});
