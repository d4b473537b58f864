/**
 * The search index in parts. Pagefind's indexer holds the whole index in memory (about 0.8 MB a page with our tokens)
 * and rewrites all of it when one page changes, so a large site's index is cut into parts by date, newest first:
 * each part is built by a Pagefind process of its own, one after another, and a part whose pages have not changed is
 * reused whole. Old years never change on a government site, so a new or edited document rebuilds the newest part.
 * The search page searches the newest part first and shows its results, then merges the older parts into the same
 * Pagefind instance (its mergeIndex: one WebAssembly module for all) and searches them part by part, so the results
 * stay in the order of their parts: newest part first, each part in its own order (relevance or date).
 * Shared by the index step and the search page; no Node code here.
 */
import { searchFiles } from './contract.ts';

/** One part of the index, as the search page reads it from searchFiles.parts. */
export interface SearchPart {
  /** the value of the part filter the search page gives this part's pages (Pagefind's mergeFilter), to keep a search to it */
  id: string;
  /** the folder of its Pagefind bundle: the first part's is Pagefind's own folder, where pagefind.js is */
  path: string;
  pages: number;
  /** the first and last month of its documents' dates as their sort keys have them (2024-03; 0000-00 for no date) */
  newest: string;
  oldest: string;
}

/** What searchFiles.parts holds: the parts, newest first. */
export type SearchParts = SearchPart[];

/** The filter that keeps a search to one part. */
export const partFilter = 'part';

/** Records per part unless SEARCH_PART_SIZE says otherwise: Pagefind's memory for one part stays under 1 GiB. */
export const defaultPartSize = 1000;

/** The folder of the part at this place (0 is the newest). */
export function partPath(place: number): string {
  return place === 0 ? searchFiles.pagefind : `${searchFiles.pagefind}parts/${place}/`;
}

/** A record as the plan sees it: its sort key (by date, newest last in a plain sort) and whether it is a named page. */
export interface PlannedRecord {
  sort: string;
  named: boolean;
}

/** The month a sort key falls in; documents without a date sort as 0000-00-00 and so fall last. */
export const monthOf = (sort: string) => (/^\d{4}-\d{2}/.test(sort) ? sort.slice(0, 7) : '0000-00');

/**
 * Which part each record goes in (its place, 0 the newest), for records in any order. Whole months fill a part from
 * the oldest on, until the next month would take it past `size` (a month larger than `size` is a part of its own), so
 * the parts of past years stay as they are while documents are added: only the newest part grows, and a new part
 * starts when it is full. Term and organisation pages go in the newest part, whose results are shown first. A page's
 * part depends only on how many records each month holds, so editing a document changes no part but its own.
 */
export function planParts(records: readonly PlannedRecord[], size: number): { places: number[]; parts: SearchPart[] } {
  const perMonth = new Map<string, number>();
  for (const record of records) if (!record.named) perMonth.set(monthOf(record.sort), (perMonth.get(monthOf(record.sort)) ?? 0) + 1);
  const oldestFirst: { pages: number; newest: string; oldest: string }[] = [];
  const groupOfMonth = new Map<string, number>();
  for (const month of [...perMonth.keys()].sort()) {
    const count = perMonth.get(month)!;
    let group = oldestFirst.at(-1);
    if (!group || group.pages + count > size) {
      group = { pages: 0, newest: month, oldest: month };
      oldestFirst.push(group);
    }
    group.pages += count;
    group.newest = month;
    groupOfMonth.set(month, oldestFirst.length - 1);
  }
  if (oldestFirst.length === 0) oldestFirst.push({ pages: 0, newest: '0000-00', oldest: '0000-00' });
  oldestFirst.at(-1)!.pages += records.filter((record) => record.named).length;
  const last = oldestFirst.length - 1;
  // a part is named by its oldest month, which stays its own as newer parts are added; its folder by its place
  const parts = oldestFirst.reverse().map((group, place) => ({ id: group.oldest, path: partPath(place), ...group }));
  const places = records.map((record) => (record.named ? 0 : last - groupOfMonth.get(monthOf(record.sort))!));
  return { places, parts };
}

/** The part size the build uses: SEARCH_PART_SIZE when it is a whole number of at least 1. */
export function partSizeFrom(value: string | undefined): number {
  if (value === undefined || value === '') return defaultPartSize;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`SEARCH_PART_SIZE 应为正整数（每部分的页面数），收到“${value}”`);
  return size;
}
