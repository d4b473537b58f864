import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteInBrowser } from './site-browser.ts';

/**
 * Phone-first reading for older citizens (适老化) is checked in real Chromium at 390×844 as a phone (isMobile,
 * touch), on every page kind, at the default text size and at 特大. What the phone test files share: the phone, the
 * pages they read, the reader settings, and opening a page with those settings in localStorage.
 */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
export const report = '/documents/report/xihu-government-work-report-2021/';
export const disclosure = '/documents/disclosure/xihu-urban-construction-bureau-ideas-debate-2020/';
export const term = '/glossary/si-men-ba-zhou-shi-san-po/';
export const textSizes = ['small', 'medium', 'large', 'xlarge'] as const;
export const modes = [
  { name: 'default size', size: 'medium', h1Within: 0.3 },
  { name: '特大', size: 'xlarge', h1Within: 0.6 },
] as const;

/** For a test file: the built site in Chromium, and pages opened on it as a phone with reader settings. */
export function phoneSite() {
  const site = siteInBrowser();
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
  return { site, openContext, visit };
}

/** Controls (links, buttons, fields, labelled checkboxes) shown inside the selectors, with their size. */
export function targets(page: Page, selectors: string) {
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

export async function expectTapTargets(page: Page, selectors: string, label: string): Promise<number> {
  const found = await targets(page, selectors);
  const small = found.filter((target) => target.width < 44 - 0.5 || target.height < 44 - 0.5).map((target) => `${target.what} ${target.width.toFixed(1)}×${target.height.toFixed(1)}`);
  expect(small, `${label}: tap targets under 44×44 CSS px`).toEqual([]);
  return found.length;
}

export const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
