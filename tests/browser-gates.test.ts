import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { pageKinds } from './support/page-kinds.ts';
import { siteInBrowser } from './support/site-browser.ts';

/** Accessibility, privacy and CSP gates on one page of every kind, in real Chromium. */
const site = siteInBrowser();

interface Watch {
  requests: string[];
  violations: string[];
  errors: string[];
}

/** Records every request the page makes, every CSP violation and every script error. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage();
  const watch: Watch = { requests: [], violations: [], errors: [] };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) watch.errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, watch };
}

describe.each([
  { mode: 'default settings', settings: {} },
  { mode: '特大 text and high contrast', settings: { 'reader-text-size': 'xlarge', 'reader-contrast': 'high' } },
])('every page kind, $mode', ({ settings }) => {
  it.each(pageKinds)('$name: no axe violation (WCAG 2.1 AA), no request to another origin, no CSP violation, no script error', async ({ path, ready }) => {
    const context = await site.browser.newContext();
    await context.addInitScript((values) => {
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, settings);
    const { page, watch } = await watchedPage(context);
    await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
    if (ready) await page.waitForSelector(ready);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.requests.filter((url) => new URL(url).origin !== site.server.origin)).toEqual([]);
    expect(watch.violations).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('the gates themselves', () => {
  it('catch what they are there to catch: an image without text, a request to another origin', async () => {
    const context = await site.browser.newContext();
    const { page, watch } = await watchedPage(context);
    await page.goto(`${site.server.origin}/404.html`);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://cdn.example.invalid/logo.png';
      document.querySelector('main')!.append(image);
    });
    await page.waitForTimeout(200);
    expect((await axeViolations(page)).some((violation) => violation.startsWith('image-alt'))).toBe(true);
    expect(watch.requests.some((url) => url.startsWith('https://cdn.example.invalid/'))).toBe(true);
    await context.close();
  });
});

/** Which element has focus, and whether it shows it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      id: element.id,
      className: element.className,
      text: (element.textContent ?? '').trim().slice(0, 40),
      inResult: Boolean(element.closest('.search-result')),
      // visible focus: an outline or a focus ring drawn with box-shadow, on a box with a size
      visible: ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none') && box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab until an element matching the test has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, test: (element: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (!element) continue;
    expect(element.visible, `focus visible on ${element.tag} ${element.href ?? element.id} “${element.text}”`).toBe(true);
    if (test(element)) return element;
  }
  throw new Error('did not reach the element by Tab');
}

describe('by keyboard alone', () => {
  it('walks home → list → document → term → search, with a skip link first and focus always visible', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/`);
    // the first Tab stop is the skip link, shown when focused, and it moves focus into the main content
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, (element) => element.href === '/kinds/report/');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.origin}/kinds/report/`);

    await tabTo(page, (element) => element.href === '/documents/report/xihu-government-work-report-2021/');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.origin}/documents/report/xihu-government-work-report-2021/`);

    const term = await tabTo(page, (element) => String(element.className).includes('term-link'));
    // the definition shows while the term has focus
    expect(await page.evaluate(() => {
      const tip = document.activeElement?.nextElementSibling;
      return tip ? getComputedStyle(tip).display : 'none';
    })).toBe('block');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.origin}${term.href}`);

    await tabTo(page, (element) => element.id === 'site-search-query');
    await page.keyboard.type('雪亮工程');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('.search-result');
    const result = await tabTo(page, (element) => element.inResult);
    expect(result.href).toBe('/glossary/xue-liang-gong-cheng/');
    await page.close();
  });
});

describe('hostile input', () => {
  const hostile = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', "javascript:window.__pwned=1", '{{constructor.constructor("window.__pwned=1")()}}', '<svg onload=window.__pwned=1>总结'];

  it.each(hostile)('search shows %s as text, runs nothing, injects nothing', async (query) => {
    const context = await site.browser.newContext();
    const { page, watch } = await watchedPage(context);
    let dialog = false;
    page.on('dialog', async (shown) => {
      dialog = true;
      await shown.dismiss();
    });
    // by URL
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').trim().length > 0);
    // and typed into the header box of another page
    await page.goto(`${site.server.origin}/`);
    await page.fill('#site-search-query', query);
    await page.press('#site-search-query', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').trim().length > 0);
    expect(await page.inputValue('#search-query')).toBe(query);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img[src="x"], main script:not([src]):not([type]), main svg[onload]').count()).toBe(0);
    expect(dialog).toBe(false);
    expect(watch.violations).toEqual([]);
    await context.close();
  });
});
