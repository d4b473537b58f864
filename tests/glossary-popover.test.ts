import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './support/site-browser.ts';

/** The glossary popover in real Chromium: hover, keyboard, phone tap, Escape, screen readers, no JavaScript. */
const reportPath = '/documents/report/xihu-government-work-report-2021/';
const termSelector = '.document-body a.term-link[data-term="si-men-ba-zhou-shi-san-po"]';
const definition = '明代南昌形成“七门九洲十八坡”格局,其中西湖境内有“四门八洲十三坡”。';

const site = siteInBrowser();

// the first use, in the body (the note of 名词解释 links it too)
const termOf = (page: Page) => page.locator(termSelector).first();
const tipOf = (page: Page) => termOf(page).locator('xpath=following-sibling::span[@role="tooltip"]');

describe('glossary popover', () => {
  it('shows the definition on hover, keeps it while the pointer moves onto it, and hides it on Escape', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${site.server.origin}${reportPath}`);
    const tip = tipOf(page);
    await expect(tip.isVisible()).resolves.toBe(false);
    await termOf(page).hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toBe(definition);
    // the pointer can travel onto the definition without it vanishing (WCAG 1.4.13)
    await tip.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    // it never makes the page scroll sideways
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1200);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.mouse.move(0, 0);
    await termOf(page).hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('shows the definition when the term gets keyboard focus, and is announced as the link’s description', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${reportPath}`);
    const tip = tipOf(page);
    // Tab until the term has focus, as a keyboard user would
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((selector) => document.activeElement === document.querySelector(selector), termSelector)) break;
    }
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), termSelector)).toBe(true);
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);

    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: termSelector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const link = nodes.find((node) => node.role?.value === 'link')!;
    expect(link.name?.value).toBe('四门八洲十三坡');
    expect(link.description?.value).toBe(definition);
    await page.close();
  });

  it('on a phone, the first tap shows the definition at the foot of the screen and the second opens the term page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${reportPath}`);
    const tip = tipOf(page);
    await termOf(page).tap();
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe(reportPath);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // tapping elsewhere closes it
    await page.locator('h1').tap();
    await expect(tip.isVisible()).resolves.toBe(false);
    await termOf(page).tap();
    await termOf(page).tap();
    await page.waitForURL(`${site.server.origin}/glossary/si-men-ba-zhou-shi-san-po/`);
    await context.close();
  });

  it('without JavaScript the term is a plain link to its page and the definition stays hidden until hover', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${reportPath}`);
    await expect(tipOf(page).isVisible()).resolves.toBe(false);
    await termOf(page).hover();
    await expect(tipOf(page).isVisible()).resolves.toBe(true);
    await termOf(page).click();
    await page.waitForURL(`${site.server.origin}/glossary/si-men-ba-zhou-shi-san-po/`);
    expect(await page.locator('h1').textContent()).toBe('四门八洲十三坡');
    await context.close();
  });
});
