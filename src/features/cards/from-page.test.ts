import { describe, expect, it } from 'vitest';
import { speechCard } from './card.test-support.ts';
import { cardJobFromPage } from './from-page.ts';

const page = (lang: string, image: string, extra = '') => `<!doctype html><html lang="${lang}"><head>
<meta name="SiteName" content="西湖区人民政府 政务公开"><meta name="SiteDomain" content="www.xihu-gov.example">
<meta name="ColumnName" content="讲话"><meta name="ArticleTitle" content="區委書記在城建專題會講話">
<meta name="PubDate" content="2022-07-17 07:01"><meta name="Author" content="中共西湖区委员会">
<meta property="og:image" content="${image}">${extra}</head><body><p>正文</p></body></html>`;

describe('card content from a built page', () => {
  it('reads the card from the official meta tags and the page language', () => {
    expect(cardJobFromPage(page('zh-Hant', 'https://www.xihu-gov.example/cards/speech/a.png'))).toEqual({
      path: '/cards/speech/a.png',
      content: speechCard,
    });
  });

  it('skips pages that use the site card or have no image', () => {
    expect(cardJobFromPage(page('zh-Hans', 'https://www.xihu-gov.example/cards/site.png'))).toBeNull();
    expect(cardJobFromPage('<html lang="zh-Hans"><head><title>x</title></head></html>')).toBeNull();
  });

  it('names what is missing when a page asks for a card it cannot fill', () => {
    const html = page('zh-Hans', 'https://x/cards/a.png').replace(/<meta name="ArticleTitle"[^>]*>/, '');
    expect(() => cardJobFromPage(html)).toThrow(/\/cards\/a\.png.*title/);
  });
});

describe('a 图解 card', () => {
  it('reads the figures the page names for its card, in order, as the page writes them', () => {
    const extra = '<meta name="card:figure" content="财政总收入｜突破100亿元"><meta name="card:figure" content="地区生产总值｜逼近600亿元"><meta name="card:figure" content="｜">';
    const job = cardJobFromPage(page('zh-Hans', 'https://www.xihu-gov.example/cards/figures/report/a.png', extra))!;
    expect(job.path).toBe('/cards/figures/report/a.png');
    expect(job.content.figures).toEqual([
      { measure: '财政总收入', text: '突破100亿元' },
      { measure: '地区生产总值', text: '逼近600亿元' },
    ]);
  });
});
