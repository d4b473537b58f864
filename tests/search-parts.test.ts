import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../src/core/files.ts';
import { searchFiles } from '../src/features/search/contract.ts';
import type { SearchParts } from '../src/features/search/parts.ts';
import { allSearchResults } from './support/search.ts';
import { distDir, readBuilt } from './support/site.ts';
import { siteInBrowser } from './support/site-browser.ts';

/**
 * The test site's search index is in parts (tests/global-setup.ts: two records a part), as a large site's is: each
 * page in exactly one part, the older parts carrying their index alone, and the search page showing the newest
 * part's results while it searches the older ones, without moving what it has shown.
 */
const site = siteInBrowser();
const parts = JSON.parse(readBuilt(searchFiles.parts.slice(1))) as SearchParts;
const searchable = filesUnder(distDir, /^(documents|glossary|organisations)\/.+\/index\.html$/).filter((name) => readBuilt(name).includes('data-search="'));

describe('the search index in parts', () => {
  it('holds every indexed page in exactly one part, newest first', () => {
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((sum, part) => sum + part.pages, 0)).toBe(searchable.length);
    expect(parts[0]!.path).toBe(searchFiles.pagefind);
    for (const [place, part] of parts.entries()) {
      const folder = join(distDir, part.path);
      expect(readdirSync(folder).some((name) => name.endsWith('.pf_meta')), part.path).toBe(true);
      expect(existsSync(join(folder, searchFiles.indexRangesInPart)), part.path).toBe(true);
      // only the first part carries Pagefind's script and WebAssembly: the others are merged into its instance
      expect(existsSync(join(folder, 'pagefind.js')), part.path).toBe(place === 0);
      expect(readdirSync(folder).some((name) => name.startsWith('wasm.')), part.path).toBe(place === 0);
      if (place > 0) expect(part.newest <= parts[place - 1]!.oldest, `${part.path} is older than the part before it`).toBe(true);
    }
  });

  it('shows the newest part’s results first, then adds the older parts’ below them', async () => {
    const page = await site.browser.newPage();
    try {
      // every state the status goes through, with the results on screen at that moment
      await page.addInitScript(() => {
        const seen: { state: string; shown: string[] }[] = [];
        (window as unknown as { seen: typeof seen }).seen = seen;
        new MutationObserver(() => {
          const status = document.querySelector<HTMLElement>('#search-status');
          const state = status?.dataset.state ?? '';
          const shown = [...document.querySelectorAll('#search-results li h2 a')].map((link) => link.getAttribute('href')!);
          const last = seen.at(-1);
          if (!last || last.state !== state || last.shown.length !== shown.length) seen.push({ state, shown });
        }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      });
      await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('西湖区')}`);
      const all = await allSearchResults(page);
      const seen = await page.evaluate(() => (window as unknown as { seen: { state: string; shown: string[] }[] }).seen);
      const partial = seen.filter((entry) => entry.state === 'partial' && entry.shown.length > 0);
      expect(partial.length, JSON.stringify(seen.map((entry) => entry.state))).toBeGreaterThan(0);
      expect(seen.findIndex((entry) => entry.state === 'partial')).toBeLessThan(seen.findIndex((entry) => entry.state === 'done'));
      // what was shown before the older parts came in stays where it was
      for (const entry of partial) expect(all.slice(0, entry.shown.length)).toEqual(entry.shown);
      expect(await page.textContent('#search-status')).toMatch(/^共找到 \d+ 条结果。$/);
    } finally {
      await page.close();
    }
  });

  it('keeps each part to its own pages once the parts are merged: a second query on the page finds what a first one does', async () => {
    const page = await site.browser.newPage();
    try {
      const first = async (query: string) => {
        await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
        return allSearchResults(page);
      };
      const alone = await first('文明');
      expect(alone.length).toBeGreaterThan(1);
      await first('西湖区');
      // the parts are merged now; the same page searches again
      await page.fill('#search-query', '文明');
      await page.press('#search-query', 'Enter');
      await page.waitForFunction(() => !/西湖区/.test(new URL(location.href).searchParams.get('q') ?? ''));
      expect(await allSearchResults(page)).toEqual(alone);
    } finally {
      await page.close();
    }
  });
});
