import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { cardJobFromPage } from '../src/lib/cards/from-page.ts';
import type { TextRepair } from '../src/lib/importer/repairs.ts';
import { distDir, readBuilt } from './support/site.ts';
import { siteInBrowser } from './support/site-browser.ts';
import { searchResults } from './support/search.ts';

/** The bundled site shows 解读 and versions on its real content, inventing nothing. */
const policy = 'documents/disclosure/xihu-urban-construction-bureau-ideas-debate-2020';
const reading = 'documents/interpretation/xihu-urban-construction-bureau-ideas-debate-2020-interpretation';
const speech = 'documents/speech/district-party-secretary-urban-construction-speech';
const page = (path: string) => parse(readBuilt(`${path}/index.html`));
const file = (path: string) => readFileSync(join('content', `${path}.mdx`), 'utf8');
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
const frontMatterOf = (text: string) => yaml.load(text.slice(4, text.indexOf('\n---\n', 4)), { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;

/** Punctuation written full width, inner quotes as outer: how a quotation may differ from the source and no more. */
const normalise = (text: string) =>
  text.replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）').replace(/‘/g, '“').replace(/’/g, '”').replace(/\s+/g, '');

/** The outermost “…” quotations of a text. */
function quotations(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (text[at] === '“') {
      if (depth === 0) start = at + 1;
      depth += 1;
    } else if (text[at] === '”' && depth > 0) {
      depth -= 1;
      if (depth === 0) found.push(text.slice(start, at));
    }
  }
  return found;
}

describe('the bundled 解读 of the bureau’s plan', () => {
  const source = file(policy.replace('documents/', 'documents/'));
  const own = file(reading);

  it('quotes only what the plan itself says: every quotation is in the plan’s text', () => {
    const quoted = quotations(bodyOf(own));
    expect(quoted.length).toBeGreaterThan(30);
    const plan = normalise(source);
    for (const quote of quoted) expect(plan, quote).toContain(normalise(quote));
    // and no number or date that the plan does not have
    for (const figure of bodyOf(own).match(/\d+/g) ?? []) expect(source, figure).toContain(figure);
  });

  it('says it was compiled from the original text, not issued by the publisher, in its data and on its page', () => {
    const data = frontMatterOf(own);
    expect(data).toMatchObject({ kind: 'interpretation', interpretedBy: '本站根据原文整理', interprets: [policy.replace('documents/', '')] });
    expect(data['publisher']).toBeUndefined();
    const html = page(reading);
    const box = html.querySelector('.interpreted-documents')!;
    expect(box.text).toContain('本解读由本站根据所解读文件的原文整理，不是发布机构发布的政策解读');
    expect(box.querySelector('a')!.getAttribute('href')).toBe(`/${policy}/`);
    expect(box.text).toContain('西湖区城建局');
    expect(box.text).toContain('有效性：有效');
    expect(html.querySelector('h1')!.text).toContain('根据原文整理');
    const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.publisher).toBeUndefined();
    expect(ld.author).toBeUndefined();
    expect(ld.additionalProperty).toContainEqual({ '@type': 'PropertyValue', name: '整理', value: '本站根据原文整理', description: '根据所解读文件的原文整理，不是发布机构发布的解读' });
    // nothing on the page names the bureau as its author
    expect(html.querySelector('meta[name="Author"]')?.getAttribute('content')).toBe('本站根据原文整理');
  });

  it('has 背景, 主要内容 and 关键词, the keywords linked to the plan’s own glossary terms', () => {
    const html = page(reading);
    expect(html.querySelectorAll('.document-body h2').map((h2) => h2.text.trim())).toEqual(['背景', '主要内容', '关键词']);
    const keywords = html.querySelectorAll('.document-body h2').at(-1)!.nextElementSibling!;
    const terms = keywords.querySelectorAll('a.term-link').map((link) => link.getAttribute('href'));
    expect(terms).toEqual(['/glossary/shi-ge-yi/', '/glossary/si-liang-ba-zhu/']);
    for (const term of ['shi-ge-yi', 'si-liang-ba-zhu']) expect(frontMatterOf(readFileSync(join('content', 'glossary', `${term}.mdx`), 'utf8'))['sourceDocument']).toBe(policy.replace('documents/', ''));
  });

  it('is linked from the plan near its top, and the plan’s share card says 附解读', () => {
    const html = page(policy);
    const section = html.querySelector('.policy-interpretations')!;
    expect(section.querySelector('h2')!.text).toBe('政策解读');
    expect(section.querySelector('a')!.getAttribute('href')).toBe(`/${reading}/`);
    expect(section.text).toContain('本站根据原文整理');
    const article = html.querySelector('article')!.toString();
    expect(article.indexOf('policy-interpretations')).toBeLessThan(article.indexOf('metadata-table'));
    expect(cardJobFromPage(readBuilt(`${policy}/index.html`))!.content).toMatchObject({ note: '附解读', publisher: '西湖区城建局' });
  });

  it('is listed by kind, with the filter value 解读', () => {
    expect(page('kinds/interpretation').querySelectorAll('.document-list a').map((a) => a.getAttribute('href'))).toEqual([`/${reading}/`]);
    expect(page(reading).querySelector('article')!.getAttribute('data-search-kind')).toBe('解读');
  });
});

describe('the speech’s repair as two versions', () => {
  const data = frontMatterOf(file(speech)) as { source: { repairs: TextRepair[]; repostedOn: string }; changes: { date: string; note: string }[] };
  const versionPath = `${speech}/versions/2022-07-17`;
  const changePath = `${speech}/changes/2026-11-22`;

  it('keeps the text as imported, with the damaged characters, at its own address, dated as the record supports', () => {
    expect(data.source.repostedOn).toBe('2022-07-17');
    const html = page(versionPath);
    const banner = html.querySelector('.version-banner')!;
    expect(banner.querySelector('h2')!.text).toBe('这是2022年7月17日版本，不是现行版本');
    expect(banner.querySelector(`a[href="/${speech}/"]`)).not.toBeNull();
    expect(banner.text).toContain('来源网页注明的上传时间是 2022-07-17');
    const body = html.querySelector('.document-body')!.text;
    for (const repair of data.source.repairs) expect(body).toContain(repair.damaged);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('zh-Hant');
  });

  it('lists both versions on the speech’s page, the repaired one current, with their dates and notes', () => {
    const items = page(speech).querySelectorAll('.version-list li');
    expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).toEqual(['2026-11-22', '2022-07-17']);
    expect(items[0]!.getAttribute('data-current')).toBe('true');
    expect(items[0]!.text).toContain('更正了原文转码造成的乱码 7 处。');
    expect(items[1]!.text).toContain('按来源原样导入的文字');
  });

  it('has a 修订对照 that shows exactly the seven repairs, with the change note', () => {
    const html = page(changePath);
    expect(html.querySelector('.version-compare__notes')!.text).toContain('2026-11-22：更正了原文转码造成的乱码 7 处。');
    expect(html.querySelector('.version-compare__count strong')!.text).toBe('7');
    const strip = (text: string) => text.replace(/［(删除|新增)：|］/g, '');
    // each place that changed: its deletion and the insertion right after it
    const places = html.querySelectorAll('.version-compare__text del').map((del) => ({ deleted: strip(del.text), inserted: strip(del.nextElementSibling?.tagName === 'INS' ? del.nextElementSibling.text : '') }));
    expect(places).toHaveLength(7);
    expect(html.querySelectorAll('.version-compare__text ins')).toHaveLength(7);
    const unmatched = [...data.source.repairs];
    for (const place of places) {
      const index = unmatched.findIndex((repair) => repair.damaged.includes(place.deleted) && repair.restored.includes(place.inserted) && repair.damaged.replace(place.deleted, place.inserted) === repair.restored);
      expect(index, JSON.stringify(place)).toBeGreaterThanOrEqual(0);
      unmatched.splice(index, 1);
    }
    expect(unmatched).toEqual([]);
  });

  it('announces the new version in the feeds with its change note', () => {
    for (const feed of ['feeds/documents.xml', 'feeds/speech.xml']) {
      const entries = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(readFileSync(join(distDir, feed), 'utf8')).feed.entry as { link: { '@href': string }; summary: string; updated: string }[];
      const entry = entries.find((item) => item.link['@href'].endsWith(`/${changePath}/`))!;
      expect(entry.summary).toBe('新版本（2026-11-22）：更正了原文转码造成的乱码 7 处。');
      expect(entry.updated).toBe('2026-11-22T00:00:00+08:00');
    }
  });
});

describe('in the browser', () => {
  const site = siteInBrowser();

  it('finds the 解读 with the search filter 解读', async () => {
    const view = await site.browser.newPage();
    await view.goto(`${site.server.origin}/search/?q=${encodeURIComponent('十个一')}&kind=${encodeURIComponent('解读')}`);
    // a result links to the section where the words are
    expect((await searchResults(view)).map((href) => href.split('#')[0])).toEqual([`/${reading}/`]);
    await view.close();
  });

  it('marks the 修订对照’s deletions and insertions by more than colour', async () => {
    const view = await site.browser.newPage();
    await view.goto(`${site.server.origin}/${speech}/changes/2026-11-22/`);
    const style = (selector: string) => view.$eval(selector, (element) => getComputedStyle(element).textDecorationLine);
    expect(await style('.version-compare__text del')).toBe('line-through');
    expect(await style('.version-compare__text ins')).toBe('underline');
    // the words a screen reader says are in the accessibility tree
    const snapshot = await view.locator('.version-compare__paragraphs').ariaSnapshot();
    expect(snapshot).toContain('［删除：');
    expect(snapshot).toContain('［新增：');
    await view.close();
  });
});
