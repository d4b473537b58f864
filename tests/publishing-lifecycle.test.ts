import { buildPages } from './support/content-fixture.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The bundled documents are all valid, so the lifecycle is tested on a fixture built
 * for real into its own folder: a repealed plan superseded by its revision (with a
 * minor and a major change note) and an expired notice that nothing replaced.
 */
const fixture = resolve('tests/fixtures/lifecycle');
let out: string;
const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const oldPlan = 'documents/plan/urban-renewal-measures-2020';
const newPlan = 'documents/plan/urban-renewal-measures-2023';
const notice = 'documents/news/notice-expired';

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'lifecycle-site-'));
  const result = buildPages(fixture, out);
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a document that is no longer in force', () => {
  it('carries a banner saying since when and why it was repealed, linking to what replaced it', () => {
    const html = page(oldPlan);
    const banner = html.querySelector('.validity-banner');
    expect(banner).not.toBeNull();
    expect(banner!.querySelector('h2')!.text.trim()).toBe('本文件已废止');
    expect(banner!.text).toContain('自 2023年1月1日 起废止');
    expect(banner!.querySelector('time')!.getAttribute('datetime')).toBe('2023-01-01');
    expect(banner!.text).toContain('已被《示例区城市更新实施办法（2023年修订）》替代');
    const link = banner!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`/${newPlan}/`);
    expect(link.text).toContain('示例区城市更新实施办法（2023年修订）');
    expect(existsSync(join(out, newPlan, 'index.html'))).toBe(true);
    // the banner comes before the text, right under the title and dates
    const article = html.querySelector('article')!.toString();
    expect(article.indexOf('validity-banner')).toBeLessThan(article.indexOf('document-body'));
    // the status with the day it changed, beside the date and in the table
    expect(html.querySelector('.document-dates .validity-status')!.text.trim()).toBe('废止（2023-01-01 起）');
    expect(html.querySelectorAll('table.metadata-table td').some((td) => td.text.trim() === '废止（2023-01-01 起）')).toBe(true);
  });

  it('says so in its JSON-LD', () => {
    const ld = JSON.parse(page(oldPlan).querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({ creativeWorkStatus: 'Obsolete', expires: '2023-01-01' });
  });

  it('links the replacement back to the document it replaced, which carries no banner itself', () => {
    const html = page(newPlan);
    expect(html.querySelector('.validity-banner')).toBeNull();
    expect(html.querySelector('.document-dates .validity-status')!.text.trim()).toBe('有效');
    expect(html.querySelector('.document-replaces a')!.getAttribute('href')).toBe(`/${oldPlan}/`);
  });

  it('marks an expired notice without pointing anywhere when nothing replaced it', () => {
    const banner = page(notice).querySelector('.validity-banner')!;
    expect(banner.querySelector('h2')!.text.trim()).toBe('本文件已失效');
    expect(banner.text).toContain('自 2021年2月18日 起失效');
    expect(banner.text).toContain('通知所述期限已过');
    expect(banner.querySelector('a')).toBeNull();
    // the page is Traditional; the banner is site text in Simplified
    expect(page(notice).querySelector('html')!.getAttribute('lang')).toBe('zh-Hant');
    expect(banner.getAttribute('lang')).toBe('zh-Hans');
  });
});

describe('change notes', () => {
  it('lists changes newest first, marks the major one, and shows the latest beside the publication date', () => {
    const html = page(oldPlan);
    const items = html.querySelectorAll('.change-notes li');
    expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).toEqual(['2021-03-15', '2020-06-01']);
    expect(items[0]!.querySelector('.tag--major')?.text).toBe('重大修订');
    expect(items[1]!.querySelector('.tag--major')).toBeNull();
    expect(html.querySelector('.document-dates')!.text).toContain('最近更新：2021-03-15');
  });

  it('puts major changes and the repeal in the feeds, and leaves minor corrections out', () => {
    for (const path of ['feeds/documents.xml', 'feeds/plan.xml']) {
      const text = readFileSync(join(out, path), 'utf8');
      expect(SyntaxValidator.validate(text)).toBe(true);
      const entries = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(text).feed.entry as {
        link: { '@href': string };
        updated: string;
        published: string;
        summary: string;
        content: { '#text': string };
      }[];
      const old = entries.find((entry) => entry.link['@href'].endsWith(`/${oldPlan}/`))!;
      expect(old.published).toBe('2020-03-02T00:00:00+08:00');
      expect(old.updated).toBe('2023-01-01T00:00:00+08:00');
      expect(old.content['#text']).toContain('本文件已废止');
      expect(old.content['#text']).toContain('将适用范围扩大到全区老旧小区');
      expect(old.content['#text']).not.toContain('更正附件一表格');
      const revised = entries.find((entry) => entry.link['@href'].endsWith(`/${newPlan}/`))!;
      expect(revised.updated).toBe('2023-05-10T00:00:00+08:00');
      expect(revised.summary).toContain('补充历史文化街区的保护要求');
    }
  });
});
