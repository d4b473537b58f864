import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { pageKinds } from './support/page-kinds.ts';
import { expectTapTargets, modes, phoneSite, report, scrollWidth, textSizes } from './support/phone.ts';

/**
 * Phone-first reading for older citizens (适老化), in real Chromium at 390×844 as a phone
 * (isMobile, touch), on every page kind, at the default text size and at 特大: the header, sideways scrolling, search and long documents (tests/phone-details.test.ts and tests/read-aloud.test.ts have the rest).
 */
const { openContext, visit } = phoneSite();

describe.each(modes)('on a phone at $name', ({ size, h1Within }) => {
  it.each(pageKinds)('$name: a one-row header, the document first, no sideways scrolling, 44 px targets, no layout shift', async ({ path, ready, document: isDocument }) => {
    const context = await openContext({ 'reader-text-size': size });
    const page = await context.newPage();
    // every layout shift from the first paint on, as Lighthouse counts them
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await visit(page, path, ready);

    // the header: the name, 搜索 and 菜单 in one row of at most 64 px; the rest waits behind 菜单
    const header = await page.evaluate(() => {
      const inner = document.querySelector('.site-header__inner')!;
      const shown = [...inner.children].filter((child) => (child as HTMLElement).checkVisibility());
      const boxes = shown.map((child) => child.getBoundingClientRect());
      const name = document.querySelector<HTMLElement>('.site-name')!;
      return {
        height: document.querySelector('.site-header')!.getBoundingClientRect().height,
        shown: shown.map((child) => child.className),
        oneRow: Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
        nameWhole: name.scrollWidth <= name.clientWidth + 1,
      };
    });
    expect(header.shown).toEqual(['site-name', 'site-header__toggles']);
    expect(header.oneRow, 'name and buttons share one row').toBe(true);
    expect(header.nameWhole, 'the site name is not cut off').toBe(true);
    expect(header.height).toBeLessThanOrEqual(64);

    if (isDocument) {
      const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top);
      expect(top / 844, `<h1> starts at ${top.toFixed(0)} px of 844`).toBeLessThan(h1Within);
    }
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await page.locator('input[type=search]').count(), 'one search box on the page').toBe(1);

    let measured = await expectTapTargets(page, '.site-header, .breadcrumb, main form[role=search], .search-toolbar, .pagination, .toc, .document-series', 'closed header');
    await page.tap('[data-header-toggle="menu"]');
    expect(await page.locator('[data-header-toggle="menu"]').getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('.site-nav')).toBe(true);
    expect(await page.isVisible('.reader-controls [data-reader-size="xlarge"]')).toBe(true);
    measured += await expectTapTargets(page, '.site-nav, .reader-controls', 'menu');
    expect(await scrollWidth(page), 'no sideways scrolling with the menu open').toBeLessThanOrEqual(390);
    if (await page.locator('[data-header-toggle="search"]').count()) {
      await page.tap('[data-header-toggle="search"]');
      expect(await page.isVisible('.site-nav'), 'one panel at a time').toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      measured += await expectTapTargets(page, '#site-search', 'header search');
    }
    expect(measured).toBeGreaterThan(8);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'cumulative layout shift').toBeLessThan(0.01);
    await context.close();
  });
});

describe('no sideways scrolling', () => {
  it.each(textSizes)('at 320 px wide with %s text, on every page kind, menu closed and open', async (size) => {
    const context = await openContext({ 'reader-text-size': size }, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const { path, ready } of pageKinds) {
      await visit(page, path, ready);
      expect(await scrollWidth(page), `${path}, ${size}`).toBeLessThanOrEqual(320);
      await page.tap('[data-header-toggle="menu"]');
      expect(await scrollWidth(page), `${path}, ${size}, menu open`).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it.each(['medium', 'xlarge'])('at 200%% zoom on a desktop (1280 px seen as 640 CSS px) with %s text, on every page kind', async (size) => {
    const context = await openContext({ 'reader-text-size': size }, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const { path, ready } of pageKinds) {
      await visit(page, path, ready);
      expect(await scrollWidth(page), `${path}, ${size}`).toBeLessThanOrEqual(640);
    }
    await context.close();
  });
});

describe('search on a phone', () => {
  const firstResult = (page: Page) =>
    page.evaluate(() => {
      const first = document.querySelector('#search-results li h2')!.getBoundingClientRect();
      const status = document.querySelector('#search-status')!.getBoundingClientRect();
      return { top: first.top, bottom: first.bottom, statusTop: status.top, focused: document.activeElement?.id };
    });
  const answered = (page: Page) => page.waitForFunction(() => /共找到 \d+ 条/.test(document.querySelector('#search-status')?.textContent ?? '') && document.querySelector('#search-results li'));

  it('shows the first result on the first screen after searching from the home page, at the default size', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, '/');
    await page.fill('#site-search-query', '文明城市');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-query', 'Enter')]);
    await answered(page);
    const shown = await firstResult(page);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(844);
    await context.close();
  });

  it.each(modes)('after a search on the page ($name), brings the count into view with the first result, and gives it focus so it is read out', async ({ size }) => {
    const context = await openContext({ 'reader-text-size': size });
    const page = await context.newPage();
    await visit(page, '/search/');
    await page.tap('[data-header-search]');
    expect(await page.evaluate(() => document.activeElement?.id), 'the header’s 搜索 goes to the page’s own box').toBe('search-query');
    await page.fill('#search-query', '总结');
    await page.press('#search-query', 'Enter');
    await answered(page);
    await page.waitForFunction(() => document.activeElement?.id === 'search-status');
    const shown = await firstResult(page);
    expect(shown.statusTop).toBeGreaterThanOrEqual(0);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    if (size === 'medium') expect(shown.bottom).toBeLessThanOrEqual(844);
    else expect(shown.top).toBeLessThan(844);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    await context.close();
  });

  it('keeps the filters behind one “筛选（n）” button that opens a sheet and counts what is on', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, '/search/?q=%E6%96%87%E6%98%8E%E5%9F%8E%E5%B8%82', '.search-result');
    expect(await page.isVisible('#search-filters'), 'filters wait behind the button').toBe(false);
    const button = page.locator('.search-filters-open');
    expect((await button.textContent())?.trim()).toBe('筛选（0）');
    // the results come before any filter on the screen
    const order = await page.evaluate(() => [document.querySelector('.search-filters-open')!, document.querySelector('#search-results li')!].map((element) => element.getBoundingClientRect().top));
    expect(order[0]).toBeLessThan(order[1]!);

    await button.tap();
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-filters')!.matches(':modal'))).toBe(true);
    expect(await expectTapTargets(page, '#search-filters', 'filter sheet')).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.tap('label.search-filter:has(input[value="要闻"])');
    await page.waitForURL(/kind=/);
    await page.tap('.search-filters-close');
    expect(await page.isVisible('#search-filters')).toBe(false);
    expect((await button.textContent())?.trim()).toBe('筛选（1）');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-filters-open');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
    expect(await page.locator('#search-results li h2 a').getAttribute('href')).toMatch(/^\/documents\/news\//);
    // after a reload the count still says what is on
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(async () => (await button.textContent())?.trim()).toBe('筛选（1）');
    await context.close();
  });
});

describe('reading a long document', () => {
  it('numbers its contents once, keeps the title out of the breadcrumb, and puts no mark after headings', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, report);
    const toc = await page.evaluate(() => ({
      markers: [...document.querySelectorAll('.toc li')].map((item) => getComputedStyle(item).listStyleType),
      first: document.querySelector('.toc li a')!.textContent,
    }));
    expect(new Set(toc.markers)).toEqual(new Set(['none']));
    expect(toc.first).toBe('一、过去五年的工作回顾');
    const crumbs = await page.locator('.breadcrumb li').allTextContents();
    expect(crumbs).toEqual(['首页', '政务公开', '工作报告']);
    expect(await page.locator('.breadcrumb a').last().getAttribute('href')).toBe('/kinds/report/');
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('.document-body h2, .document-body h3')].map((heading) => ({
        text: (heading as HTMLElement).innerText,
        after: getComputedStyle(heading.querySelector('a')!, '::after').content,
      })),
    );
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) {
      expect(heading.text).not.toMatch(/#\s*$/);
      expect(['none', 'normal']).toContain(heading.after);
    }
    await context.close();
  });

  it.each(modes)('keeps 目录 and 返回顶部 one tap away once the reader has scrolled ($name)', async ({ size }) => {
    const context = await openContext({ 'reader-text-size': size });
    const page = await context.newPage();
    await visit(page, report);
    expect(await page.isVisible('.reading-shortcuts a[href="#toc-title"]'), 'not over the title at the top').toBe(false);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => page.isVisible('.reading-shortcuts a[href="#toc-title"]')).toBe(true);
    await expectTapTargets(page, '.reading-shortcuts', 'shortcuts');
    await page.tap('.reading-shortcuts a[href="#toc-title"]');
    await expect.poll(() => page.locator('#toc-title').evaluate((title) => title.getBoundingClientRect().top)).toBeLessThan(100);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.tap('.reading-shortcuts a[href="#top"]');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await context.close();
  });

  it('gives note markers and their way back a 44×44 px tap area that no neighbour covers', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, report);
    const links = await page.locator('.note-ref a, .note-back').count();
    expect(links).toBeGreaterThan(30);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const link of document.querySelectorAll<HTMLElement>('.note-ref a, .note-back')) {
        link.scrollIntoView({ block: 'center' });
        const box = link.getBoundingClientRect();
        if (box.width < 43.5 || box.height < 43.5) found.push(`${link.id || link.getAttribute('href')}: ${box.width}×${box.height}`);
        // a tap anywhere in the box lands on the link: its corners and edges are not under the next line or a word
        for (const [x, y] of [[box.left + 3, box.top + 3], [box.right - 3, box.top + 3], [box.left + 3, box.bottom - 3], [box.right - 3, box.bottom - 3], [box.left + box.width / 2, box.top + box.height / 2]] as const) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !link.contains(hit)) found.push(`${link.id || link.getAttribute('href')} at ${Math.round(x)},${Math.round(y)}: ${hit?.tagName} ${hit?.className}`);
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
    // and a tap on a marker still reaches its note
    await page.locator('#note-ref-1-1').scrollIntoViewIfNeeded();
    await page.tap('#note-ref-1-1');
    await page.waitForURL(/#note-1$/);
    await context.close();
  });

  it('lists related documents chosen at build time, saying why each is there', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, report);
    const related = page.locator('.related-documents li:has(a[href="/documents/plan/xihu-street-urban-upgrade-plan-2020/"])');
    expect(await related.count()).toBe(1);
    expect(await related.locator('.meta').last().textContent()).toContain('都提到“马路本色”');
    await context.close();
  });
});

