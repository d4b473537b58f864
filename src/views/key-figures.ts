import { documentDateChinese, exactDay } from '../core/dates.ts';
import { kindLabels } from '../core/kinds.ts';
import { documentUrl, figuresCardUrl, figuresUrl } from '../core/urls.ts';
import type { Catalogue, DocumentEntry } from '../content/catalogue.ts';
import { publisherName } from '../content/publishers.ts';
import type { ArticleMeta, ColumnMeta } from '../features/meta/official.ts';
import { chartsOf, type Chart } from '../features/figures/charts.ts';
import { documentPartTrail } from './document-page.ts';
import { pageCacheKey } from './page-cache-key.ts';
import type { KeyFigure } from '../features/figures/extract.ts';

/**
 * What the 图解 shows of a document's key figures: a card per figure (its words, what it measures, its period and
 * comparison where the text gives them, and the sentence it came from, linked to its place in the text) and the
 * charts with the data table beside each. Plain data; the pages render it.
 */

/** The 栏目 the 图解 pages belong to, for the official meta tags. */
export const figuresColumn: ColumnMeta = { name: '图解', description: '文件中关键数据的图解：数字照原文，每个数字链接到原文中的句子', keywords: ['图解', '关键数据'], type: '政策解读' };

/** What the page says where the text gives no period: it does not say one. */
export const unstatedPeriodText = '原文未写明';

export interface FigureCard {
  id: string;
  measure: string;
  /** the document's words for the number */
  text: string;
  period?: string | undefined;
  comparison?: string | undefined;
  /** the sentence, split around the marked words so the page can mark them */
  before: string;
  after: string;
  /** the figure in the document's text */
  href: string;
  /** the top heading it sits under, as a reader finds it in the text */
  where: string;
}

export interface ChartView extends Chart {
  /** per row: where the figure is in the text, for the data table */
  hrefs: string[];
}

export interface FigurePageView {
  documentId: string;
  href: string;
  cards: FigureCard[];
  charts: ChartView[];
}

const figureHref = (documentId: string, figure: KeyFigure) => `${documentUrl(documentId)}#${encodeURIComponent(figure.anchor)}`;

export function figureCards(documentId: string, figures: readonly KeyFigure[]): FigureCard[] {
  return figures.map((figure) => ({
    id: `figure-${figure.position}`,
    measure: figure.measure,
    text: figure.text,
    ...(figure.period ? { period: figure.period } : {}),
    ...(figure.comparison ? { comparison: figure.comparison } : {}),
    before: figure.sentence.slice(0, figure.sentenceOffset),
    after: figure.sentence.slice(figure.sentenceOffset + figure.text.length),
    href: figureHref(documentId, figure),
    where: figure.section[0]?.text ?? '',
  }));
}

export function figurePageView(documentId: string, figures: readonly KeyFigure[]): FigurePageView {
  return {
    documentId,
    href: figuresUrl(documentId),
    cards: figureCards(documentId, figures),
    charts: chartsOf(figures).map((chart) => ({ ...chart, hrefs: chart.rows.map((row) => figureHref(documentId, row.figure)) })),
  };
}

/** A 图解 page: what it is of, its cards and charts, and what its meta tags and share card say. */
export interface FiguresPage {
  title: string;
  description: string;
  language: DocumentEntry['data']['language'];
  documentTitle: string;
  documentHref: string;
  view: FigurePageView;
  breadcrumb: { label: string; href?: string }[];
  card: string;
  /** the figures the share card shows */
  cardFigures: { measure: string; text: string }[];
  article: ArticleMeta;
}

/** A 图解 page for every document with key figures, keyed by all it shows. */
export function figureRoutes({ documents, organisations }: Pick<Catalogue, 'documents' | 'organisations'>, figuresOf: ReadonlyMap<string, { figures: readonly KeyFigure[] }>) {
  return documents.flatMap((entry) => {
    const figures = figuresOf.get(entry.id)?.figures ?? [];
    if (figures.length === 0) return [];
    const { data } = entry;
    const view = figurePageView(entry.id, figures);
    const title = `《${data.title}》图解`;
    const day = exactDay(data.date);
    const page: FiguresPage = {
      title,
      description: `${data.title}中的 ${view.cards.length} 个关键数据：数字照原文写法，每个数字附有原句并链接到原文中的位置。`,
      language: data.language,
      documentTitle: data.title,
      documentHref: documentUrl(entry.id),
      view,
      breadcrumb: documentPartTrail(entry, '图解'),
      card: figuresCardUrl(entry.id),
      cardFigures: cardFigures(figures),
      article: { title, date: day, time: day ? data.time : undefined, dateText: documentDateChinese(data.date), contentSource: data.source.name, author: data.publisher ? publisherName(organisations, entry) : undefined, keywords: ['图解', '关键数据', kindLabels[data.kind]] },
    };
    return [{ params: { id: entry.id }, props: { page }, cacheKey: pageCacheKey(page) }];
  });
}

/** The few figures a share card has room for: the first four, as the text gives them. */
export function cardFigures(figures: readonly KeyFigure[]): { measure: string; text: string }[] {
  return figures.slice(0, 4).map((figure) => ({ measure: figure.measure, text: figure.text }));
}
