/**
 * The page meta tags the 政府网站发展指引 (国办发〔2017〕47号) page-design appendix asks for:
 * site level on every page, column level per 栏目, article level on articles.
 */

export interface MetaTag {
  name: string;
  content: string;
}

export interface SiteMeta {
  name: string;
  domain: string;
  idCode: string;
}

export interface ColumnMeta {
  name: string;
  description: string;
  keywords: readonly string[];
  type: string;
}

export interface ArticleMeta {
  title: string;
  /** YYYY-MM-DD, only when the source gives the day */
  date?: string | undefined;
  /** HH:MM where the source gives it */
  time?: string | undefined;
  /** the date in words (2021年10月12日, 约2011年, 日期不详): what a share card shows */
  dateText?: string | undefined;
  /** 来源 */
  contentSource: string;
  /** 发布机构, who stands behind the text; absent when the source does not say */
  author?: string | undefined;
  keywords: readonly string[];
}

export interface PageMeta {
  description: string;
  /** absolute URLs */
  url: string;
  image: string;
}

/** The appendix writes dates as YYYY-MM-DD HH:MM; a source without a time of day gets 00:00. */
export function pubDate(date: string, time?: string): string {
  return `${date} ${time ?? '00:00'}`;
}

/** Keywords joined the way these tags are read (comma-separated), empty ones and repeats dropped. */
export function keywordList(keywords: readonly (string | undefined)[]): string {
  return [...new Set(keywords.map((word) => word?.trim()).filter((word): word is string => Boolean(word)))].join(',');
}

export function officialMetaTags(site: SiteMeta, column: ColumnMeta, page: PageMeta, article?: ArticleMeta): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'SiteName', content: site.name },
    { name: 'SiteDomain', content: site.domain },
    { name: 'SiteIDCode', content: site.idCode },
    { name: 'ColumnName', content: column.name },
    { name: 'ColumnDescription', content: column.description },
    { name: 'ColumnKeywords', content: keywordList(column.keywords) },
    { name: 'ColumnType', content: column.type },
  ];
  if (article) {
    tags.push(
      { name: 'ArticleTitle', content: article.title },
      // PubDate only for a day the source gives; a date known roughly or not at all is said in words
      { name: 'PubDate', content: article.date ? pubDate(article.date, article.time) : '' },
      { name: 'PubDateText', content: article.date ? '' : (article.dateText ?? '') },
      { name: 'ContentSource', content: article.contentSource },
      { name: 'Keywords', content: keywordList(article.keywords) },
      { name: 'Author', content: article.author ?? '' },
    );
  }
  // Description doubles as the standard description tag: meta names are case-insensitive
  tags.push({ name: 'Description', content: page.description }, { name: 'Image', content: page.image }, { name: 'Url', content: page.url });
  return tags.filter((tag) => tag.content !== '');
}
