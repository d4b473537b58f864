import { documentDateSortKey, type DocumentDate } from '../core/dates.ts';
import type { DocumentKind } from '../core/kinds.ts';

/** The few fields lists need; pages map collection entries onto this. */
export interface ListedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  date: DocumentDate;
  time?: string | undefined;
}

/**
 * Newest first; same day falls back to time then title so the order is stable across builds. A date known only
 * to its year or month comes after the known days of that year or month, and an unknown date last.
 */
export function newestFirst<T extends ListedDocument>(documents: readonly T[]): T[] {
  return [...documents].sort(
    (a, b) =>
      documentDateSortKey(b.date).localeCompare(documentDateSortKey(a.date)) ||
      (b.time ?? '').localeCompare(a.time ?? '') ||
      a.title.localeCompare(b.title, 'zh-Hans-CN') ||
      a.id.localeCompare(b.id),
  );
}

export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Documents longer than this many headings get a table of contents. */
export const tableOfContentsThreshold = 3;
