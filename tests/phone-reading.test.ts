import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { speechChunkLength } from '../src/lib/reader/sentences.ts';
import { site as siteConfig } from '../src/site.config.ts';
import { axeViolations } from './support/axe.ts';
import { contentTerms } from './support/content.ts';
import { pageKinds } from './support/page-kinds.ts';
import { siteInBrowser } from './support/site-browser.ts';
import { distDir } from './support/site.ts';
import { measurePage } from '../scripts/bench/browser-measure.ts';
import { speechStandIn, type Spoken } from './support/speech-stand-in.ts';

/**
 * Phone-first reading for older citizens (适老化), in real Chromium at 390×844 as a phone
 * (isMobile, touch), on every page kind, at the default text size and at 特大.
 */
const site = siteInBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const report = '/documents/report/xihu-government-work-report-2021/';
const disclosure = '/documents/disclosure/xihu-urban-construction-bureau-ideas-debate-2020/';
const term = '/glossary/si-men-ba-zhou-shi-san-po/';
const textSizes = ['small', 'medium', 'large', 'xlarge'] as const;
const modes = [
  { name: 'default size', size: 'medium', h1Within: 0.3 },
  { name: '特大', size: 'xlarge', h1Within: 0.6 },
] as const;

async function openContext(settings: Record<string, string>, options: object = phone, script?: string): Promise<BrowserContext> {
  const context = await site.browser.newContext(options);
  await context.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, settings);
  if (script) await context.addInitScript({ content: script });
  return context;
}

async function visit(page: Page, path: string, ready?: string): Promise<void> {
  await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
  if (ready) await page.waitForSelector(ready);
}

/** Controls (links, buttons, fields, labelled checkboxes) shown inside the selectors, with their size. */
function targets(page: Page, selectors: string) {
  return page.evaluate((within) => {
    const found: { what: string; width: number; height: number }[] = [];
    for (const container of document.querySelectorAll(within)) {
      for (const element of container.querySelectorAll<HTMLElement>('a[href], button, input:not([type=checkbox]), select, label.search-filter')) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        const box = element.getBoundingClientRect();
        found.push({ what: `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 20)}”`, width: box.width, height: box.height });
      }
    }
    return found;
  }, selectors);
}

async function expectTapTargets(page: Page, selectors: string, label: string): Promise<number> {
  const found = await targets(page, selectors);
  const small = found.filter((target) => target.width < 44 - 0.5 || target.height < 44 - 0.5).map((target) => `${target.what} ${target.width.toFixed(1)}×${target.height.toFixed(1)}`);
  expect(small, `${label}: tap targets under 44×44 CSS px`).toEqual([]);
  return found.length;
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

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

describe('the metadata table at 320 px', () => {
  it.each(textSizes)('with %s text: each label over its value, and no 索引号 group or date broken', async (size) => {
    const context = await openContext({ 'reader-text-size': size }, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await visit(page, disclosure);
    const layout = await page.evaluate(() => {
      const table = document.querySelector<HTMLElement>('.metadata-table')!;
      const lines = (node: Node, from: number, to: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      const broken: string[] = [];
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // dates, and the groups of an 索引号 (each a text node between <wbr>s)
        for (const match of (node.nodeValue ?? '').matchAll(/\d{4}-\d{2}-\d{2}|[A-Z]?\d{4,}-?/g)) {
          if (lines(node, match.index, match.index + match[0].length) > 1) broken.push(match[0]);
        }
      }
      const pairs = [...table.querySelectorAll('tr')].map((row) => {
        const [label, value] = [row.querySelector('th')!, row.querySelector('td')!].map((cell) => cell.getBoundingClientRect());
        return label!.bottom <= value!.top + 1;
      });
      return { broken, labelOver: pairs.every(Boolean), overflow: table.scrollWidth - table.clientWidth, index: table.querySelector('tr td')!.textContent };
    });
    expect(layout.index).toBe('A25010-7593-9696-1648-2717-4699');
    expect(layout.broken).toEqual([]);
    expect(layout.labelOver).toBe(true);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('手机扫码浏览', () => {
  it('is no stray line on a phone, in the document or in print', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, disclosure);
    const shown = () => page.evaluate(() => document.body.innerText.includes('手机扫码浏览'));
    expect(await shown()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  it.each([
    { size: 'medium', contrast: 'normal' },
    { size: 'small', contrast: 'high' },
    { size: 'large', contrast: 'normal' },
    { size: 'xlarge', contrast: 'high' },
  ])('is black on white with the site’s name and the page’s address at the top ($size text, $contrast contrast)', async ({ size, contrast }) => {
    const context = await openContext({ 'reader-text-size': size, 'reader-contrast': contrast }, { viewport: { width: 800, height: 1100 } });
    const page = await context.newPage();
    await visit(page, report);
    await page.emulateMedia({ media: 'print' });
    const top = await page.evaluate(() => ({
      first: (document.querySelector('main')!.innerText.split('\n').find((line) => line.trim()) ?? '').trim(),
      header: document.querySelector<HTMLElement>('.print-header')!.innerText,
      headerTop: document.querySelector('.print-header')!.getBoundingClientRect().top,
      h1Top: document.querySelector('h1')!.getBoundingClientRect().top,
    }));
    expect(top.first).toBe(siteConfig.name);
    expect(top.header).toContain(`https://${siteConfig.domain}${report}`);
    expect(top.headerTop).toBeLessThan(top.h1Top);
    // what the printer would put on paper with “background graphics” on: mostly white, nowhere a black page
    const image = sharp(await page.screenshot({ fullPage: false }));
    const { channels } = await image.stats();
    const mean = channels.slice(0, 3).reduce((sum, channel) => sum + channel.mean, 0) / 3;
    expect(mean, 'average brightness of the printed page (0–255)').toBeGreaterThan(215);
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
    let dark = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! + data[i + 1]! + data[i + 2]! < 150) dark++;
    expect(dark / (info.width * info.height), 'share of dark pixels').toBeLessThan(0.15);
    await context.close();
  });
});

describe('a glossary term', () => {
  it('on a desktop, shows its popover above the term’s line, so the next line stays in view', async () => {
    const context = await openContext({}, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await visit(page, report);
    const link = page.locator('.document-body a.term-link[data-term="si-men-ba-zhou-shi-san-po"]').first();
    await link.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await link.hover();
    const tip = link.locator('xpath=following-sibling::span[@role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const [termBox, tipBox] = await Promise.all([link.evaluate((element) => element.getClientRects()[0]!.toJSON() as DOMRect), tip.boundingBox()]);
    expect(tipBox!.y + tipBox!.height, 'the popover ends above the term').toBeLessThanOrEqual(termBox.top + 1);
    expect(tipBox!.x).toBeGreaterThanOrEqual(0);
    expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(1280);
    await context.close();
  });

  it('page sets its answer out one sentence to a line, in the definition’s own words', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, term);
    const sentences = await page.locator('.term-definition .sentence').evaluateAll((spans) => spans.map((span) => ({ text: span.textContent, top: span.getBoundingClientRect().top })));
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    expect(new Set(sentences.map((sentence) => sentence.top)).size, 'each sentence starts a line').toBe(sentences.length);
    const source = readFileSync(contentTerms().find((entry) => entry.id === 'si-men-ba-zhou-shi-san-po')!.file, 'utf8').split('\n---\n')[1]!.trim();
    expect(await page.locator('.term-definition').evaluate((element) => element.textContent!.trim())).toBe(source);
    await context.close();
  });
});

describe('朗读 (read aloud)', () => {
  // Headless Chromium has no voices: these tests run the page's code against a scripted stand-in for
  // window.speechSynthesis (tests/support/speech-stand-in.ts), injected before the page's own scripts.
  const local = { name: '婷婷', lang: 'zh-CN', localService: true };
  const online = { name: 'Online 普通话', lang: 'zh-CN', localService: false };
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: { spoken: Spoken[] } }).speechStandIn.spoken);
  const finish = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: { finish(): void } }).speechStandIn.finish());

  it('is not offered where the browser has no Chinese voice of its own on the device', async () => {
    for (const script of [undefined, speechStandIn([online, { name: 'Samantha', lang: 'en-US', localService: true }])]) {
      const context = await openContext({}, phone, script);
      const page = await context.newPage();
      await visit(page, report);
      await page.tap('[data-header-toggle="menu"]');
      expect(await page.locator('[data-read-aloud]').evaluateAll((buttons) => buttons.filter((button) => !(button as HTMLElement).hidden).length)).toBe(0);
      await context.close();
    }
  });

  it('reads from the title, sentence by sentence, with the device’s own voice, and sends nothing anywhere', async () => {
    const context = await openContext({}, phone, speechStandIn([online, local]));
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await visit(page, report);
    await page.tap('[data-header-toggle="menu"]');
    await page.tap('.reader-controls [data-read-aloud]');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect(await page.isVisible('.site-nav'), 'the menu closes').toBe(false);
    for (let i = 0; i < 12; i++) await finish(page);
    const said = await spoken(page);
    expect(said[0]).toEqual({ text: '西湖区人民政府工作报告（2021年）', lang: 'zh-CN', voice: '婷婷' });
    expect(said[1]!.text).toBe('发布日期：2021-10-12 有效性：未标注');
    for (const piece of said) {
      expect(piece.voice).toBe('婷婷');
      expect(piece.text.length).toBeLessThanOrEqual(speechChunkLength);
    }
    // the metadata table and the contents are not read; the summary and the text are, in order
    expect(said.some((piece) => piece.text.includes('索引号'))).toBe(false);
    const summary = said.findIndex((piece) => piece.text === '内容概述');
    expect(summary).toBeGreaterThan(1);
    expect(said[summary + 1]!.text.startsWith('2021年10月12日')).toBe(true);
    // the block being read is marked and in view
    const marked = await page.evaluate(() => {
      const element = document.querySelector('.is-reading');
      return element && { text: element.textContent, top: element.getBoundingClientRect().top };
    });
    expect(marked).not.toBeNull();
    expect(said[said.length - 1]!.text.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== site.server.origin)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads from where the reader is, and pauses, resumes and stops', async () => {
    const context = await openContext({ 'reader-contrast': 'high' }, phone, speechStandIn([local]));
    const page = await context.newPage();
    await visit(page, report);
    const heading = page.locator('h2#二今后五年的展望');
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const start = page.locator('.reading-shortcuts [data-read-aloud]');
    await expect.poll(() => start.isVisible()).toBe(true);
    await start.tap();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]!.text).toBe('二、今后五年的展望');
    expect(await page.isVisible('.read-aloud-bar')).toBe(true);
    expect(await expectTapTargets(page, '.read-aloud-bar', 'read-aloud bar')).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await finish(page);
    const second = (await spoken(page))[1]!.text;

    await page.tap('.read-aloud-bar button:has-text("暂停")');
    await finish(page); // nothing is being spoken: nothing follows
    expect((await spoken(page)).length).toBe(2);
    await page.tap('.read-aloud-bar button:has-text("继续")');
    await expect.poll(async () => (await spoken(page)).length).toBe(3);
    expect((await spoken(page))[2]!.text, 'resumes with the sentence it paused in').toBe(second);

    await page.tap('.read-aloud-bar button:has-text("从标题读")');
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('西湖区人民政府工作报告（2021年）');

    await page.tap('.read-aloud-bar button:has-text("停止")');
    expect(await page.isVisible('.read-aloud-bar')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus goes back to the page').toBe('main');
    expect(await page.locator('.is-reading').count()).toBe(0);
    const count = (await spoken(page)).length;
    await finish(page);
    expect((await spoken(page)).length).toBe(count);
    await context.close();
  });

  it('reads a Traditional page with a Taiwan voice when the device has one', async () => {
    const context = await openContext({}, phone, speechStandIn([local, { name: '美佳', lang: 'zh-TW', localService: true }]));
    const page = await context.newPage();
    await visit(page, '/documents/speech/district-party-secretary-urban-construction-speech/');
    await page.tap('[data-header-toggle="menu"]');
    await page.tap('.reader-controls [data-read-aloud]');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]).toMatchObject({ voice: '美佳', lang: 'zh-TW' });
    await context.close();
  });
});

describe('the header by keyboard and without JavaScript', () => {
  it('opens the menu with Enter and closes it with Escape, giving focus back', async () => {
    const context = await openContext({});
    const page = await context.newPage();
    await visit(page, term);
    for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.getAttribute('data-header-toggle'))) !== 'menu'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-nav')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('首页');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.site-nav')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-header-toggle'))).toBe('menu');
    await context.close();
  });

  it('without JavaScript, a phone shows the whole navigation and the search box, as before', async () => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, report);
    expect(await page.isVisible('.site-header__toggles')).toBe(false);
    expect(await page.isVisible('.site-nav a[href="/glossary/"]')).toBe(true);
    expect(await page.isVisible('#site-search-query')).toBe(true);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

describe('page weight', () => {
  it.each(pageKinds.filter((kind) => kind.document))('$name: at most its own gzipped text + 15 KB, as npm run bench measures it', async ({ path }) => {
    const weight = await measurePage(site.browser, site.server.origin, distDir, path);
    expect(weight.totalBytes - weight.textBytes, `${path}: ${weight.fetched.map((file) => `${file.path} ${file.bytes}`).join(', ')}`).toBeLessThanOrEqual(15 * 1024);
    expect(weight.blockingScripts).toEqual([]);
  });
});

describe('axe in every reader mode', () => {
  const combinations = textSizes.flatMap((size) => (['normal', 'high'] as const).map((contrast) => ({ size, contrast })));
  it.each(combinations)('$size text, $contrast contrast: home, the report, a term and search, on a phone with the menu open', async ({ size, contrast }) => {
    const context = await openContext({ 'reader-text-size': size, 'reader-contrast': contrast });
    const page = await context.newPage();
    for (const path of ['/', report, term, '/search/?q=%E6%80%BB%E7%BB%93']) {
      await visit(page, path, path.startsWith('/search/') ? '.search-result' : undefined);
      expect(await axeViolations(page), path).toEqual([]);
      await page.tap('[data-header-toggle="menu"]');
      expect(await axeViolations(page), `${path}, menu open`).toEqual([]);
    }
    await context.close();
  });
});
