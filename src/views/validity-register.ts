import { documentDateSortKey, documentDateText, documentYear } from '../core/dates.ts';
import { documentUrl, undatedYear, validityPublisherUrl, validityYearUrl } from '../core/urls.ts';
import type { Catalogue } from '../content/catalogue.ts';
import { publisherName } from '../content/publishers.ts';
import type { PolicyIndex } from '../features/validity/policy-index.ts';
import type { ValidityStatus } from '../features/validity/status.ts';
import type { DocumentTimeline } from './document-timeline.ts';

/**
 * The public list of documents by validity (规范性文件 style): 现行有效, 已失效, 已废止, and those whose validity no one
 * states, each row with the date and reason of its change and the document that replaced it. Filtered by publisher
 * and by year on pages of their own, so it works as plain HTML.
 */

export interface RegisterRow {
  id: string;
  title: string;
  href: string;
  lang: string;
  documentNumber?: string | undefined;
  /** absent when the source names no publisher */
  publisherId?: string | undefined;
  publisherName: string;
  dateText: string;
  /** the year of its date, or `undated` */
  year: string;
  sortKey: string;
  status: ValidityStatus;
  replacement?: { title: string; href: string; lang: string } | undefined;
}

/** Every document but the 解读 (they follow their documents), as the list of documents by validity shows them. */
export function registerRows({ documents, organisations }: Pick<Catalogue, 'documents' | 'organisations'>, policies: PolicyIndex, timelines: ReadonlyMap<string, DocumentTimeline>): RegisterRow[] {
  return documents
    .filter((doc) => doc.data.kind !== 'interpretation')
    .map((doc) => ({
      id: doc.id,
      title: doc.data.title,
      href: documentUrl(doc.id),
      lang: doc.data.language,
      documentNumber: doc.data.documentNumber,
      publisherId: doc.data.publisher?.id,
      publisherName: publisherName(organisations, doc),
      dateText: documentDateText(doc.data.date),
      year: documentYear(doc.data.date) ?? undatedYear,
      sortKey: documentDateSortKey(doc.data.date),
      status: policies.statusOf(doc.id),
      replacement: timelines.get(doc.id)!.replacement,
    }));
}

export interface RegisterGroup {
  status: string;
  label: string;
  rows: RegisterRow[];
}

export const registerLabels: Record<string, string> = { 有效: '现行有效', 失效: '已失效', 废止: '已废止', 未标注: '未标注有效性' };

/** The rows in four groups, newest first in each; an empty group stays, saying so. */
export function registerGroups(rows: readonly RegisterRow[]): RegisterGroup[] {
  return Object.entries(registerLabels).map(([status, label]) => ({
    status,
    label,
    rows: rows.filter((row) => row.status.status === status).sort((a, b) => b.sortKey.localeCompare(a.sortKey) || a.title.localeCompare(b.title, 'zh-Hans-CN')),
  }));
}

/** The address part of a publisher's filter page: its organisation id, or `unknown` for documents that name none. */
export const unknownPublisherKey = 'unknown';

export interface RegisterFilter {
  key: string;
  label: string;
  href: string;
  count: number;
}


/** The publishers and years a reader can narrow the list to, with how many documents each has. */
export function registerFilters(rows: readonly RegisterRow[]): { publishers: RegisterFilter[]; years: RegisterFilter[] } {
  const publishers = new Map<string, RegisterFilter>();
  const years = new Map<string, RegisterFilter>();
  for (const row of rows) {
    const key = row.publisherId ?? unknownPublisherKey;
    const publisher = publishers.get(key) ?? { key, label: row.publisherName, href: validityPublisherUrl(key), count: 0 };
    publisher.count += 1;
    publishers.set(key, publisher);
    const year = years.get(row.year) ?? { key: row.year, label: row.year === undatedYear ? '日期不详' : `${row.year}年`, href: validityYearUrl(row.year), count: 0 };
    year.count += 1;
    years.set(row.year, year);
  }
  return {
    // the most documents first; documents that name no publisher last
    publishers: [...publishers.values()].sort((a, b) => Number(a.key === unknownPublisherKey) - Number(b.key === unknownPublisherKey) || b.count - a.count || a.label.localeCompare(b.label, 'zh-Hans-CN')),
    years: [...years.values()].sort((a, b) => (a.key === undatedYear ? 1 : b.key === undatedYear ? -1 : b.key.localeCompare(a.key))),
  };
}

/** One page of the list for each publisher, or for each year, with the rows it lists and the filters around it. */
export function registerFilterRoutes(rows: readonly RegisterRow[], day: string, by: 'publisher' | 'year') {
  const filters = registerFilters(rows);
  const keyOf = (row: RegisterRow) => (by === 'publisher' ? (row.publisherId ?? unknownPublisherKey) : row.year);
  return (by === 'publisher' ? filters.publishers : filters.years).map((filter) => ({
    params: { [by]: filter.key },
    props: { rows: rows.filter((row) => keyOf(row) === filter.key), filters, current: { kind: by, key: filter.key, label: filter.label }, day },
  }));
}
