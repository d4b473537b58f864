/**
 * A query over the parts of the index (parts.ts), newest part first. The first part is searched on its own, so its
 * results can be shown while the older parts load; then the older parts are merged into the same Pagefind instance
 * and searched one by one, each kept to its own pages by the part filter. Results stay in the order of their parts,
 * each part in its own order (relevance or date), so what is on screen never moves as older parts come in.
 */
import { namedKinds } from '../contract.ts';
import { partFilter, type SearchPart, type SearchParts } from '../parts.ts';
import type { QueryToken } from '../tokens.ts';
import { searchAll, searchWord, type Found, type Pagefind, type SearchOptions } from './query.ts';

export interface PartedIndex {
  pagefind: Pagefind;
  parts: SearchParts;
  /** merges every part after the first into the instance (once; later calls wait for the same work) */
  mergeOlder(): Promise<void>;
  /** whether the older parts are merged: a search must then be kept to its part by the part filter */
  merged(): boolean;
}

/**
 * Opens the parts: the first is the instance's own index, the others are merged when a search first needs them. Each
 * part's pages carry the part filter as Pagefind's mergeFilter, held in memory: keeping a search to a part fetches
 * nothing (the first part's is set by partFilterOptions before Pagefind starts).
 */
export function partedIndex(pagefind: Pagefind, parts: SearchParts): PartedIndex {
  let merging: Promise<void> | undefined;
  return {
    pagefind,
    parts,
    mergeOlder: () => (merging ??= Promise.all(parts.slice(1).map((part) => pagefind.mergeIndex(part.path, { mergeFilter: { [partFilter]: part.id } }))).then(() => undefined)),
    // until then the first part is the only index: searched without the filter, its first results need no filter chunk
    merged: () => merging !== undefined,
  };
}

/** Options for Pagefind before it starts: the first part's pages carry its part filter, as the merged parts' do. */
export function partFilterOptions(parts: SearchParts): { mergeFilter: Record<string, string> } {
  return { mergeFilter: { [partFilter]: parts[0]!.id } };
}

/** The options with the search kept to one part of the index (needed once other parts are merged into it). */
function inPart(options: SearchOptions, part: SearchPart): SearchOptions {
  return { ...options, filters: { ...options.filters, [partFilter]: part.id } };
}

export interface PartsOrder {
  sort: 'relevance' | 'date';
  /** the page of the term or organisation the query names: first, when sorting by relevance */
  namedUrl?: string | undefined;
}

/**
 * Every part's results in order. After each part but the last, `progress` gets the results so far (the array keeps
 * growing) and how many parts are done. Returns null when `isCurrent` says a newer query has taken over.
 */
export async function searchInParts(
  index: PartedIndex,
  plans: QueryToken[][],
  options: SearchOptions,
  order: PartsOrder,
  progress: (soFar: Found[], partsDone: number) => Promise<void> | void,
  isCurrent: () => boolean,
): Promise<Found[] | null> {
  const { pagefind, parts } = index;
  const results: Found[] = [];
  // sorted by date, term and organisation pages (which have no date) come after every document
  let named: Found[] = [];
  for (const [place, part] of parts.entries()) {
    if (place === 1) await index.mergeOlder();
    const scoped = (wanted: SearchOptions) => (index.merged() ? inPart(wanted, part) : wanted);
    let found = await searchAll(pagefind, plans, scoped(options), part);
    if (!isCurrent()) return null;
    // term and organisation pages are all in the first part: only they are read to find the named one
    if (place === 0 && (order.sort === 'date' || order.namedUrl)) {
      const namedPages = [...(await searchWord(pagefind, plans[0]!, scoped({ filters: { ...options.filters, kind: { any: [...namedKinds] } } }), part)).values()];
      if (order.sort === 'date') {
        const ids = new Set(namedPages.map((page) => page.result.id));
        named = found.filter((page) => ids.has(page.result.id));
        found = found.filter((page) => !ids.has(page.result.id));
      } else {
        found = await namedFirst(found, namedPages, order.namedUrl!);
      }
      if (!isCurrent()) return null;
    }
    results.push(...found);
    if (place < parts.length - 1) await progress(results, place + 1);
    if (!isCurrent()) return null;
  }
  return [...results, ...named];
}

/**
 * Puts the named page first. Named pages are read five at a time until it is found: a long name (西湖区城建局)
 * shares its words with many other named pages, which may rank above its own.
 */
async function namedFirst(found: Found[], namedPages: Found[], url: string): Promise<Found[]> {
  let term: { id: string } | undefined;
  for (let start = 0; !term && start < namedPages.length; start += 5) {
    const candidates = await Promise.all(namedPages.slice(start, start + 5).map(async (page) => ({ id: page.result.id, data: await page.result.data() })));
    term = candidates.find((entry) => entry.data.url === url);
  }
  const first = term && found.find((page) => page.result.id === term.id);
  return first ? [first, ...found.filter((page) => page !== first)] : found;
}

/** Where a part's documents begin, as a reader says it (2024年3月以来, 2020年以来). */
export function sinceLabel(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  if (!year) return '';
  return number ? `${year}年${number}月以来` : `${year}年以来`;
}
