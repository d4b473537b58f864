import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../tools/browser/browser.ts';
import { contentDocuments, contentTerms } from './support/content.ts';
import { distDir } from './support/site.ts';
import { serveStatic, type StaticServer } from '../tools/browser/static-server.ts';

/** 适老化 reader controls and small-screen layout, in a real browser on the built site. */
const report = contentDocuments().find((doc) => doc.data.kind === 'report')!;
// the term with the longest name is the likeliest to overflow a phone screen
const longestTerm = [...contentTerms()].sort((a, b) => b.data.term.length - a.data.term.length)[0]!;
const screenshots = join(tmpdir(), 'reader-controls-screenshots');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const settings = (page: Page) =>
  page.evaluate(() => ({
    size: document.documentElement.getAttribute('data-text-size'),
    contrast: document.documentElement.getAttribute('data-contrast'),
    fontSize: getComputedStyle(document.documentElement).fontSize,
    background: getComputedStyle(document.body).backgroundColor,
    largePressed: document.querySelector('[data-reader-size="large"]')?.getAttribute('aria-pressed'),
    contrastPressed: document.querySelector('[data-reader-contrast]')?.getAttribute('aria-pressed'),
  }));

describe('text size and contrast', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => context.close());

  it('reaches the controls with Tab and changes them with Enter and Space', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const before = await settings(page);
    expect(before).toMatchObject({ size: 'medium', contrast: 'normal', largePressed: 'false', contrastPressed: 'false' });

    // tab through the page from the top until the 大 button has focus
    let reached = false;
    for (let step = 0; step < 30 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-reader-size') === 'large');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('特大');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reader-contrast'))).toBe(true);
    await page.keyboard.press('Space');

    const after = await settings(page);
    expect(after).toMatchObject({ size: 'large', contrast: 'high', largePressed: 'true', contrastPressed: 'true', background: 'rgb(0, 0, 0)' });
    expect(parseFloat(after.fontSize)).toBeCloseTo(parseFloat(before.fontSize) * 1.25, 1);
    await page.close();
  });

  it('keeps both after a reload and on other pages', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.reload();
    expect(await settings(page)).toMatchObject({ size: 'large', contrast: 'high', largePressed: 'true', contrastPressed: 'true', background: 'rgb(0, 0, 0)' });
    await page.goto(`${server.origin}/documents/${report.id}/`);
    expect(await settings(page)).toMatchObject({ size: 'large', contrast: 'high' });
    await page.close();
  });

  it('applies the saved settings before the page body exists, so nothing flashes', async () => {
    const page = await context.newPage();
    // record the settings at the moment <body> is first inserted: before any paint of content
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        const root = document.documentElement;
        (window as unknown as { atBody: unknown }).atBody = { size: root.getAttribute('data-text-size'), contrast: root.getAttribute('data-contrast') };
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.origin}/glossary/${longestTerm.id}/`);
    expect(await page.evaluate(() => (window as unknown as { atBody: unknown }).atBody)).toEqual({ size: 'large', contrast: 'high' });
    await page.close();
  });

  it('goes back to the defaults with 中 and a second press of 高对比度', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.click('[data-reader-size="medium"]');
    await page.click('[data-reader-contrast]');
    await page.reload();
    expect(await settings(page)).toMatchObject({ size: 'medium', contrast: 'normal', largePressed: 'false', contrastPressed: 'false', background: 'rgb(255, 255, 255)' });
    await page.close();
  });
});

describe('small screens and zoom', () => {
  const pages = [
    { name: 'home', path: '/' },
    { name: 'report', path: `/documents/${report.id}/` },
    { name: 'term', path: `/glossary/${longestTerm.id}/` },
    { name: 'search', path: '/search/?q=总结' },
  ];

  for (const size of ['medium', 'xlarge'] as const) {
    it(`has no sideways scrolling at 320 px wide with ${size} text (home, long document, term, search)`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      await context.addInitScript((chosen) => localStorage.setItem('reader-text-size', chosen), size);
      const page = await context.newPage();
      for (const { name, path } of pages) {
        await page.goto(`${server.origin}${path}`);
        await page.screenshot({ path: join(screenshots, `320-${size}-${name}.png`), fullPage: true });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} at 320 px, ${size}`).toBeLessThanOrEqual(320);
      }
      await context.close();
    });
  }

  it('reflows at 200% zoom (a 1280 px window seen as 640 CSS px)', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const { path } of pages) {
      await page.goto(`${server.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(640);
    }
    await context.close();
  });

  it('shows the QR code on wide screens only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/documents/${report.id}/`);
    expect(await page.isVisible('figure.qr-code svg')).toBe(true);
    expect(await page.textContent('figure.qr-code figcaption')).toBe('手机扫码浏览');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.isVisible('figure.qr-code')).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  it('prints an A4 document with its metadata and address, without navigation or controls', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/documents/${report.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.reader-controls', '.site-footer', 'figure.qr-code', '.breadcrumb']) {
      expect(await page.isVisible(selector), selector).toBe(false);
    }
    expect(await page.isVisible('table.metadata-table')).toBe(true);
    expect(await page.isVisible('h1')).toBe(true);
    expect(await page.textContent('.print-url')).toContain(`https://www.xihu-gov.example/documents/${report.id}/`);
    expect(await page.isVisible('.print-url')).toBe(true);

    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    expect(box).not.toBeNull();
    // A4 is 595 × 842 points
    expect(Math.abs(Number(box![1]) - 595.3)).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - 841.9)).toBeLessThan(2);
    await context.close();
  });
});
