import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText, parseFolding } from '../src/features/search/tokens.ts';
import { allSearchResults } from './support/search.ts';
import { distDir, readBuilt } from './support/site.ts';
import { siteInBrowser } from './support/site-browser.ts';
import { filesUnder } from '../src/core/files.ts';

/**
 * The search checked against the built pages themselves: for each query, the pages it finds
 * are exactly the pages whose visible text contains the query (a brute-force substring count,
 * Traditional folded to Simplified as the search promises), and every excerpt it shows is the
 * page's own text. The visible text counted is the article's, without the site's own words
 * about the page (labels such as 发布日期：, the 转载说明 notice, a term's list of documents
 * using it), which are marked data-search-ignore: a search for 湖 must not find the speech
 * because its notice names 西湖区.
 */
const site = siteInBrowser();
const folding = parseFolding(readBuilt('search/fold.txt'));
const fold = (text: string) => foldText(text, folding);
const squeeze = (text: string) => text.replace(/\s+/g, '');
const pathOf = (href: string) => decodeURI(href.split('#')[0]!);

/** The pages the index holds: every document and term page, and each organisation's first page. */
const searchable = filesUnder(distDir, /^(documents|glossary|organisations)\/.+\/index\.html$/)
  .filter((name) => readBuilt(name).includes('data-search="'))
  .map((name) => `/${name.replace(/index\.html$/, '')}`)
  .sort();

interface PageText {
  lang: string;
  /** all the article's visible text */
  visible: string;
  /** the same without the site's labels and notices (the parts marked data-search-ignore) */
  searched: string;
}
const texts = new Map<string, PageText>();

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
  return allSearchResults(page);
}

describe('search finds exactly the pages that contain the query', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    expect(searchable.length).toBeGreaterThan(30);
    for (const path of searchable) {
      await page.goto(`${site.server.origin}${path}`);
      texts.set(path, await page.evaluate(() => {
        const article = document.querySelector<HTMLElement>('article[data-search]')!;
        const visible = article.innerText;
        const ignored = [...article.querySelectorAll<HTMLElement>('[data-search-ignore]')];
        for (const element of ignored) element.style.display = 'none';
        const searched = article.innerText;
        for (const element of ignored) element.style.display = '';
        return { lang: document.documentElement.lang, visible, searched };
      }));
    }
  });
  afterAll(async () => page?.close());

  const containing = (query: string, part: 'visible' | 'searched') =>
    [...texts].filter(([, text]) => fold(text[part]).includes(fold(query))).map(([path]) => path).sort();

  it.each(['2020年', '公厕30座', '18岁', 'D级', '马', '湖', '年', '會', '乾', '5', 'A'])('%s: every page whose visible text has it, and no other', async (query) => {
    const expected = containing(query, 'searched');
    // only the site's own words can add pages: the document's text is all in
    const visible = containing(query, 'visible');
    for (const path of expected) expect(visible).toContain(path);
    const found = (await search(page, query)).map(pathOf).sort();
    expect(found).toEqual(expected);
    if (expected.length === 0) expect(await page.textContent('#search-status')).toContain('没有找到');
    else expect(await page.textContent('#search-status')).toContain(`共找到 ${expected.length} 条结果`);
  });

  it('finds the six pages with 马 and says so, never “没有找到” for text that is there', async () => {
    expect(containing('马', 'visible')).toEqual(containing('马', 'searched'));
    expect(containing('马', 'visible')).toHaveLength(6);
    await search(page, '马');
    expect(await page.textContent('#search-status')).toContain('共找到 6 条结果');
  });

  it('keeps 显著 and 显着 apart: a Simplified page’s 显著 is not found by 显着', async () => {
    expect(await search(page, '显着')).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('没有找到');
    const found = (await search(page, '显著')).map(pathOf).sort();
    expect(found).toEqual(containing('显著', 'searched'));
    expect(found.length).toBeGreaterThan(0);
  });

  it('reads a Traditional query’s ambiguous characters by their phrase, as the Traditional page was indexed', async () => {
    const speech = '/documents/speech/district-party-secretary-urban-construction-speech/';
    expect(texts.get(speech)!.searched).toContain('面臨著');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    // 面臨著 loads OpenCC's converter (著 is 着 here), 面临着 needs none: both find the speech, and 显着 still nothing
    expect((await search(page, '面臨著')).map(pathOf)).toContain(speech);
    expect((await search(page, '面临着')).map(pathOf)).toContain(speech);
    expect(await search(page, '显着')).toEqual([]);
    expect(violations).toEqual([]);
  });

  it.each(['马', '湖', '2020年', '总结', '總結', '全运会', '文明城市', '公厕30座', '3.6亿元', 'A25010', '我们怎么干', '文明 城市', '“淘遍江西”网络直播'])(
    '%s: each excerpt is the page’s own text in its own script, with the words marked',
    async (query) => {
      const found = await search(page, query);
      expect(found.length).toBeGreaterThan(0);
      const items = await page.$$eval('#search-results li', (list) =>
        list.map((item) => {
          const excerpt = item.querySelector('.search-result__excerpt')!;
          return { href: item.querySelector('h2 a')!.getAttribute('href')!, lang: excerpt.getAttribute('lang'), text: excerpt.textContent ?? '', marks: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent ?? '') };
        }),
      );
      for (const item of items) {
        const text = texts.get(pathOf(item.href))!;
        expect(item.lang, item.href).toBe(text.lang);
        expect(item.text, item.href).not.toContain('内容概述');
        expect(item.marks.length, `${item.href}: ${item.text}`).toBeGreaterThan(0);
        // modulo whitespace and the … marks where text is left out
        for (const piece of item.text.split('…').map(squeeze).filter(Boolean)) expect(squeeze(text.visible), `${item.href}: ${item.text}`).toContain(piece);
        for (const mark of item.marks) expect(fold(squeeze(query.replace(/[“”"]/g, ''))), `${item.href}: ${mark}`).toContain(fold(squeeze(mark)));
      }
    },
  );
});
