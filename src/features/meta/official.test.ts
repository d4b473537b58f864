import { describe, expect, it } from 'vitest';
import { keywordList, officialMetaTags, pubDate } from './official.ts';

const site = { name: '西湖区人民政府 政务公开', domain: 'www.xihu-gov.example', idCode: '3601030001' };
const column = { name: '工作报告', description: '政府工作报告', keywords: ['政府工作报告'], type: '工作报告' };
const page = { description: '报告概述', url: 'https://www.xihu-gov.example/documents/report/a/', image: 'https://www.xihu-gov.example/cards/report/a.png' };

describe('official page meta tags', () => {
  it('writes PubDate as YYYY-MM-DD HH:MM, midnight when the source has no time', () => {
    expect(pubDate('2020-11-19', '09:14')).toBe('2020-11-19 09:14');
    expect(pubDate('2021-10-12')).toBe('2021-10-12 00:00');
  });

  it('joins keywords with commas, without blanks or repeats', () => {
    expect(keywordList(['工作报告', undefined, ' ', '西湖区', '工作报告'])).toBe('工作报告,西湖区');
  });

  it('has site and column tags on every page, article tags only on articles', () => {
    const listPage = officialMetaTags(site, column, page).map((tag) => tag.name);
    expect(listPage).toEqual(['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType', 'Description', 'Image', 'Url']);
    const article = officialMetaTags(site, column, page, {
      title: '西湖区人民政府工作报告（2021年）',
      date: '2021-10-12',
      contentSource: '西湖区人民政府',
      author: '西湖区人民政府',
      keywords: ['工作报告', '政府工作报告'],
    });
    const byName = Object.fromEntries(article.map((tag) => [tag.name, tag.content]));
    expect(byName).toMatchObject({
      SiteIDCode: '3601030001',
      ArticleTitle: '西湖区人民政府工作报告（2021年）',
      PubDate: '2021-10-12 00:00',
      ContentSource: '西湖区人民政府',
      Keywords: '工作报告,政府工作报告',
      Author: '西湖区人民政府',
      Url: page.url,
      Image: page.image,
    });
  });

  it('writes PubDate only for a day the source gives, and an unknown or rough date in words', () => {
    const tags = officialMetaTags(site, column, page, { title: '方案', dateText: '约2020年', contentSource: '来源', keywords: [] });
    const byName = Object.fromEntries(tags.map((tag) => [tag.name, tag.content]));
    expect(byName).not.toHaveProperty('PubDate');
    expect(byName).not.toHaveProperty('Author');
    expect(byName['PubDateText']).toBe('约2020年');
  });

  it('leaves out a tag with nothing to say rather than writing it empty', () => {
    const tags = officialMetaTags(site, { ...column, keywords: [] }, page);
    expect(tags.find((tag) => tag.name === 'ColumnKeywords')).toBeUndefined();
  });
});
