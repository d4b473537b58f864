import { documentYear, unknownDateText } from '../core/dates.ts';
import { documentKinds, kindLabels, validityFilterValues, type DocumentKind } from '../core/kinds.ts';
import { kindUrl, undatedYear, yearUrl } from '../core/urls.ts';
import type { Catalogue, OrganisationEntry } from '../content/catalogue.ts';
import { groupBy, newestFirst } from '../content/documents.ts';
import { namedKinds, type NamedSearchFacts } from '../features/search/contract.ts';
import { organisationTaskCountText, type Ledger } from '../features/tasks/ledger.ts';
import { organisationTaskView, type OrganisationTaskView } from './task-ledger.ts';
import { organisationCountText, type DocumentListing, type OrganisationDocuments } from './listings.ts';

/**
 * The lists of documents as plain data: the home page's latest of each kind, the index of 政务公开 by kind and
 * year, each year's and each organisation's list, and the search page's filters. The pages render them.
 */

/** The year a document is listed under: its year, even one known only roughly (约2011年), or `undated`. */
export const yearOfListing = (doc: DocumentListing): string => documentYear(doc.date) ?? undatedYear;

/** A kind with its newest documents, its list's address and how many it has. */
export interface KindSummary {
  kind: DocumentKind;
  label: string;
  href: string;
  count: number;
  latest: DocumentListing[];
}

export function kindSummaries(listings: readonly DocumentListing[], latest = 3): KindSummary[] {
  const byKind = groupBy(listings, (doc) => doc.kind);
  return documentKinds.map((kind) => {
    const documents = byKind.get(kind) ?? [];
    return { kind, label: kindLabels[kind], href: kindUrl(kind), count: documents.length, latest: documents.slice(0, latest) };
  });
}

/** The years that have documents, newest first, and how many are undated (listed last, apart). */
export function yearSummaries(listings: readonly DocumentListing[]): { years: { year: string; label: string; href: string; count: number }[]; undated: number; someInexact: boolean } {
  const byYear = groupBy(listings, yearOfListing);
  const years = [...byYear.keys()].filter((year) => year !== undatedYear).sort().reverse();
  return {
    years: years.map((year) => ({ year, label: `${year}年`, href: yearUrl(year), count: byYear.get(year)!.length })),
    undated: byYear.get(undatedYear)?.length ?? 0,
    someInexact: listings.some((doc) => doc.date.precision === 'month' || doc.date.precision === 'year'),
  };
}

/** A year's list: its heading and what it says of itself. */
export function yearListTitle(year: string): { title: string; intro?: string | undefined } {
  return year === undatedYear ? { title: '日期不详的文档', intro: '原文未注明日期、也无从推断的文档。' } : { title: `${year}年发布的文档` };
}

/** An organisation's own list: what it published and what names it, newest first, its tasks, and the counts in words. */
export interface OrganisationList {
  org: OrganisationEntry;
  intro: string;
  documents: DocumentListing[];
  /** 发布 2 篇，文中提及 1 篇 */
  countText: string;
  /** the same, and its tasks: 发布 2 篇，牵头任务 1 项 */
  summary: string;
  /** how many it published: an organisation that publishes nothing here is one the documents name */
  published: number;
  /** ids listed because they name the organisation, not because it published them */
  mentioning: string[];
  /** the tasks it leads or is responsible for */
  tasks: OrganisationTaskView;
  /** what its first page is found by in search: its names */
  search: NamedSearchFacts;
}

export function organisationLists({ organisations }: Pick<Catalogue, 'organisations'>, byOrganisation: ReadonlyMap<string, OrganisationDocuments>, ledger: Ledger): OrganisationList[] {
  return [...organisations.values()]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-Hans-CN'))
    .map((org) => {
      const counts = byOrganisation.get(org.id) ?? { published: [], mentioning: [] };
      const tasks = ledger.byOrganisation.get(org.id);
      const countText = organisationCountText(counts);
      return {
        org,
        // 其他 says nothing a reader needs: the description says what the documents say of the organisation
        intro: [org.data.type === '其他' ? undefined : org.data.type, org.data.description].filter(Boolean).join('。'),
        documents: newestFirst([...counts.published, ...counts.mentioning]),
        countText,
        summary: [countText, organisationTaskCountText(tasks)].filter(Boolean).join('，'),
        published: counts.published.length,
        mentioning: counts.mentioning.map((doc) => doc.id),
        tasks: organisationTaskView(tasks, { pageOf: org.id }),
        search: { page: 'organisation', names: [org.data.name, org.data.shortName].filter((name): name is string => Boolean(name)) },
      };
    });
}

/** A group of the search page's filters: the values the index carries for it (src/features/search/build-index.ts). */
export interface FilterGroup {
  name: 'kind' | 'publisher' | 'year' | 'validity' | 'topic';
  legend: string;
  values: string[];
}

const unique = (values: readonly string[]) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));

export function searchFilterGroups(listings: readonly DocumentListing[], { documents }: Pick<Catalogue, 'documents'>): FilterGroup[] {
  const groups: FilterGroup[] = [
    { name: 'kind', legend: '类型', values: [...documentKinds.map((kind) => kindLabels[kind]), ...namedKinds] },
    { name: 'publisher', legend: '发布机构', values: unique(listings.map((doc) => doc.publisherName)) },
    // a year known only roughly is filed under that year; an unknown date under 日期不详, last
    { name: 'year', legend: '年份', values: [...unique(listings.map((doc) => documentYear(doc.date) ?? '')).reverse(), ...(listings.some((doc) => !documentYear(doc.date)) ? [unknownDateText] : [])] },
    { name: 'validity', legend: '有效性', values: [...validityFilterValues] },
    { name: 'topic', legend: '主题分类', values: unique(documents.map((doc) => doc.data.topic ?? '')) },
  ];
  return groups.filter((group) => group.values.length > 0);
}
