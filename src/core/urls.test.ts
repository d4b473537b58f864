import { describe, expect, it } from 'vitest';
import { absoluteUrl, site } from '../site.config.ts';
import { documentCardUrl, documentFileUrl, documentUrl, kindFeedUrl, kindUrl, organisationUrl, searchQueryUrl, termCardUrl, termUrl, undatedYear, yearUrl } from './urls.ts';

describe('the site’s addresses', () => {
  it('gives every page its folder address from its id, ending in /', () => {
    expect(documentUrl('report/xihu-2021')).toBe('/documents/report/xihu-2021/');
    expect(termUrl('si-men-ba-zhou-shi-san-po')).toBe('/glossary/si-men-ba-zhou-shi-san-po/');
    expect(organisationUrl('xihu-government')).toBe('/organisations/xihu-government/');
    expect(kindUrl('plan')).toBe('/kinds/plan/');
    expect(yearUrl('2021')).toBe('/years/2021/');
    expect(yearUrl(undatedYear)).toBe('/years/undated/');
  });

  it('puts cards, feeds and a document’s files beside the pages they belong to', () => {
    expect(documentCardUrl('report/xihu-2021')).toBe('/cards/report/xihu-2021.png');
    expect(termCardUrl('a')).toBe('/cards/glossary/a.png');
    expect(kindFeedUrl('news')).toBe('/feeds/news.xml');
    expect(documentFileUrl('plan/a', 'attachment-1.xlsx')).toBe('/files/plan/a/attachment-1.xlsx');
  });

  it('keeps a query whole in the search page’s address, and names the canonical domain', () => {
    expect(searchQueryUrl('老旧小区 改造&x')).toBe('/search/?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA%20%E6%94%B9%E9%80%A0%26x');
    expect(absoluteUrl('/documents/')).toBe(`https://${site.domain}/documents/`);
  });
});
