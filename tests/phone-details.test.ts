import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../src/core/files.ts';
import { site as siteConfig } from '../src/site.config.ts';
import { measurePage } from '../tools/bench/browser-measure.ts';
import { axeViolations } from './support/axe.ts';
import { contentTerms } from './support/content.ts';
import { pageKinds } from './support/page-kinds.ts';
import { disclosure, phone, phoneSite, report, scrollWidth, term, textSizes } from './support/phone.ts';
import { distDir } from './support/site.ts';

/**
 * Phone-first reading for older citizens (适老化), in real Chromium at 390×844 as a phone
 * (isMobile, touch), on every page kind, at the default text size and at 特大: the metadata table, QR code, print, glossary terms, the header by keyboard, page weight and axe in every mode.
 */
const { site, openContext, visit } = phoneSite();

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
    const source = bodyOf(readFileSync(contentTerms().find((entry) => entry.id === 'si-men-ba-zhou-shi-san-po')!.file, 'utf8')).trim();
    expect(await page.locator('.term-definition').evaluate((element) => element.textContent!.trim())).toBe(source);
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
