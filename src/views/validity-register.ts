import { undatedYear } from '../lib/documents.ts';
import type { ValidityStatus } from '../features/validity/status.ts';

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

export function registerUrl(filter?: { publisher?: string; year?: string }): string {
  if (filter?.publisher) return `/validity/publisher/${filter.publisher}/`;
  if (filter?.year) return `/validity/year/${filter.year}/`;
  return '/validity/';
}

/** The publishers and years a reader can narrow the list to, with how many documents each has. */
export function registerFilters(rows: readonly RegisterRow[]): { publishers: RegisterFilter[]; years: RegisterFilter[] } {
  const publishers = new Map<string, RegisterFilter>();
  const years = new Map<string, RegisterFilter>();
  for (const row of rows) {
    const key = row.publisherId ?? unknownPublisherKey;
    const publisher = publishers.get(key) ?? { key, label: row.publisherName, href: registerUrl({ publisher: key }), count: 0 };
    publisher.count += 1;
    publishers.set(key, publisher);
    const year = years.get(row.year) ?? { key: row.year, label: row.year === undatedYear ? '日期不详' : `${row.year}年`, href: registerUrl({ year: row.year }), count: 0 };
    year.count += 1;
    years.set(row.year, year);
  }
  return {
    // the most documents first; documents that name no publisher last
    publishers: [...publishers.values()].sort((a, b) => Number(a.key === unknownPublisherKey) - Number(b.key === unknownPublisherKey) || b.count - a.count || a.label.localeCompare(b.label, 'zh-Hans-CN')),
    years: [...years.values()].sort((a, b) => (a.key === undatedYear ? 1 : b.key === undatedYear ? -1 : b.key.localeCompare(a.key))),
  };
}
