import { parse } from 'node-html-parser';
import type { CardContent, CardLanguage } from './layout.ts';
import { cardsUrl, siteCardUrl } from '../../core/urls.ts';

/**
 * A card shows what its page says about itself: the card step reads the official meta
 * tags of each built page (SiteName, ColumnName, ArticleTitle, Author, PubDate) and the
 * page's language, so card and page cannot disagree.
 */
/**
 * A page's word for its card's footer line beyond publisher and date (附解读 on a document with a 解读): the page writes
 * this meta tag, the card step reads it.
 */
export const cardNoteMetaName = 'CardNote';
/** The meta tag a 图解 page gives each figure its card shows: content="指标｜原文数字". */
export const cardFigureMeta = 'card:figure';

export interface CardJob {
  /** site path of the PNG, e.g. /cards/report/x.png */
  path: string;
  content: CardContent;
}

/** Only the head is parsed: a long document's body is most of the file. */
function headOf(html: string): string {
  const end = html.indexOf('</head>');
  return end === -1 ? html : html.slice(0, end + '</head>'.length);
}

export function cardJobFromPage(html: string): CardJob | null {
  const head = parse(headOf(html));
  const meta = (name: string) => head.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';
  const image = head.querySelector('meta[property="og:image"]')?.getAttribute('content');
  if (!image) return null;
  const path = new URL(image).pathname;
  if (!path.startsWith(cardsUrl) || path === siteCardUrl) return null;
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  const content: CardContent = {
    siteName: meta('SiteName'),
    domain: meta('SiteDomain'),
    kind: meta('ColumnName'),
    title: meta('ArticleTitle'),
    publisher: meta('Author'),
    date: meta('PubDate').slice(0, 10),
    // a page whose source gives no day says its date in words (约2011年): the card says the same
    ...(meta('PubDateText') ? { dateText: meta('PubDateText') } : {}),
    ...(meta(cardNoteMetaName) ? { note: meta(cardNoteMetaName) } : {}),
    language: (lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans') satisfies CardLanguage,
  };
  // a 图解 names a few of its figures for its card: 指标｜原文数字
  const figures = head.querySelectorAll(`meta[name="${cardFigureMeta}"]`).flatMap((tag) => {
    const [measure = '', text = ''] = (tag.getAttribute('content') ?? '').split('｜');
    return measure.trim() && text.trim() ? [{ measure: measure.trim(), text: text.trim() }] : [];
  });
  if (figures.length > 0) content.figures = figures;
  const missing = (['siteName', 'kind', 'title'] as const).filter((field) => !content[field]);
  if (missing.length > 0) throw new Error(`页面声明了分享卡片 ${path}，但缺少 ${missing.join('、')} 所需的 meta 标签`);
  return { path, content };
}
