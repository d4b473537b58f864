import type { Page } from 'playwright-core';

/** Waits for the search page to finish and returns the result links in order. */
export async function searchResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return /共找到|没有找到|请输入/.test(status);
  });
  // results render right after the count; wait until as many as shown (or ten) are there
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    const count = Number(/共找到 (\d+) 条/.exec(status)?.[1] ?? 0);
    return document.querySelectorAll('#search-results li').length >= Math.min(count, 10);
  });
  return page.$$eval('#search-results li h2 a', (links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
}

/** Types a query into the header search box of the page it is on, as a reader would. */
export async function searchFromHeader(page: Page, query: string): Promise<string[]> {
  await page.fill('#site-search-query', query);
  await Promise.all([page.waitForURL(/\/search\/\?/), page.press('#site-search-query', 'Enter')]);
  return searchResults(page);
}

/** Every result of the search on the page (pressing 显示更多结果 until all are shown), once each excerpt is in. */
export async function allSearchResults(page: Page): Promise<string[]> {
  await searchResults(page);
  const count = Number(/共找到 (\d+) 条/.exec((await page.textContent('#search-status')) ?? '')?.[1] ?? 0);
  while ((await page.locator('#search-results li').count()) < count) {
    const shown = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, shown);
  }
  // excerpts come from the piece of each page that holds the match, just after the result itself
  await page.waitForFunction(() => [...document.querySelectorAll('#search-results li')].every((item) => (item as HTMLElement).dataset.excerpt === 'ready'));
  return page.$$eval('#search-results li h2 a', (links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
}
