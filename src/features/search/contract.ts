import { glossaryLabel, organisationKindLabel } from '../../core/kinds.ts';
import { documentsUrl, glossaryUrl, organisationsUrl, searchUrl } from '../../core/urls.ts';

/**
 * What the pages and the index step agree on, typed and imported by both sides: the attributes a page writes for
 * its record (the index step reads them back, records.ts), and the files the index step writes for the search
 * page to fetch (fold.txt, terms.json, the pieces of page text). Nothing here is repeated as a string elsewhere.
 */

/** A document page's facts for search: its filters, its date as shown, and its place in a sort by date. */
export interface DocumentSearchFacts {
  page: 'document';
  /** the kind's name (信息公开, 工作报告 …) */
  kind: string;
  publisher: string;
  /** the date as the page shows it (2021-10-12 09:14, 约2011年, 日期不详) */
  date: string;
  /** newest first; a date known only roughly sorts after the known days of its year, an unknown one last */
  sort: string;
  /** the year filed under, or 日期不详 */
  year: string;
  validity: string;
  /** 主题分类, where the document has one */
  topic?: string | undefined;
}

/**
 * A glossary term's page, or an organisation's first page (its tasks and documents): the names that put it first
 * when a query is one of them.
 */
export interface NamedSearchFacts {
  page: 'term' | 'organisation';
  names: readonly string[];
}

export type SearchFacts = DocumentSearchFacts | NamedSearchFacts;

/** The kind a term page is filed under, as a filter and in a result: the glossary's own name. */
export const termKind = glossaryLabel;
/** The kind an organisation's page is filed under. */
export const organisationKind = organisationKindLabel;
/** The kinds of the pages a query that is one of their names puts first. */
export const namedKinds = [termKind, organisationKind] as const;
/** The kind each named page is filed under, as a filter and in a result. */
export const namedKindOf = { term: termKind, organisation: organisationKind } as const;

/** The sections of the site whose pages the index step reads (a page is indexed when it carries the attributes below). */
export const indexedSections = [documentsUrl, glossaryUrl, organisationsUrl] as const;

const namesSeparator = '|';

/** The attributes of an indexed page's <article>: spread them onto it (`<article {...searchAttributes(facts)}>`). */
export function searchAttributes(facts: SearchFacts): Record<string, string> {
  if (facts.page !== 'document') {
    return { 'data-search': facts.page, 'data-search-kind': namedKindOf[facts.page], 'data-search-names': facts.names.join(namesSeparator) };
  }
  return {
    'data-search': 'document',
    'data-search-kind': facts.kind,
    'data-search-publisher': facts.publisher,
    'data-search-date': facts.date,
    'data-search-sort': facts.sort,
    'data-search-year': facts.year,
    'data-search-validity': facts.validity,
    'data-search-topic': facts.topic ?? '',
  };
}

/** The element of a built page that holds its record, for the index step. */
export const searchArticleSelector = 'article[data-search]';

/** The facts back from an article's attributes; null when the element is no indexed page. */
export function readSearchAttributes(attribute: (name: string) => string | undefined): SearchFacts | null {
  const value = (name: string) => attribute(name)?.trim() ?? '';
  const page = value('data-search');
  if (page === 'term' || page === 'organisation') return { page, names: value('data-search-names').split(namesSeparator).filter(Boolean) };
  if (page !== 'document') return null;
  return {
    page,
    kind: value('data-search-kind'),
    publisher: value('data-search-publisher'),
    date: value('data-search-date'),
    sort: value('data-search-sort'),
    year: value('data-search-year'),
    validity: value('data-search-validity'),
    ...(value('data-search-topic') ? { topic: value('data-search-topic') } : {}),
  };
}

/**
 * Marks on elements inside an indexed page: `searchIgnored` leaves out the site's own words about the document
 * (labels such as 发布日期：, notices, navigation), `searchedLast` indexes a part after the document's text (the
 * metadata table, the summary, the title), so an excerpt shows the document's own words where it has them.
 */
export const ignoredAttribute = 'data-search-ignore';
export const lastAttribute = 'data-search-last';
export const searchIgnored = { [ignoredAttribute]: '' } as const;
export const searchedLast = { [lastAttribute]: '' } as const;

/** Files the index step writes beside the pages, and the search page fetches. */
export const searchFiles = {
  /** Pagefind's bundle: its script and its index */
  pagefind: '/pagefind/',
  pagefindScript: '/pagefind/pagefind.js',
  /** the folding data queries are cut with (tokens.ts: serialiseFolding / parseFolding) */
  folding: `${searchUrl}fold.txt`,
  /** glossary names (folded) → the term page: a query that names a term lists its page first */
  termNames: `${searchUrl}terms.json`,
  /** the pieces of each page's own text, for excerpts (text-chunks.ts) */
  text: `${searchUrl}text`,
  /** the parts of the index, newest first (parts.ts: SearchParts) */
  parts: `${searchUrl}parts.json`,
  /** in each part's folder: its chunks' first and last words, so a one-character query loads every chunk it reaches (index-ranges.ts) */
  indexRangesInPart: 'index-ranges.json',
} as const;

/** What terms.json holds. */
export type TermNames = Record<string, string>;
