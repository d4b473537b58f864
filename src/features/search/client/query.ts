/**
 * Asking Pagefind for a query's words, as the index step spelled them (tokens.ts): the pages where a word's tokens
 * stand one after another, and the pages that have every word. What Pagefind's browser API offers is typed here as
 * far as the search page uses it.
 */
import { sequenceStarts, sparseTokens, type QueryToken } from '../tokens.ts';
import { searchFiles } from '../contract.ts';
import { preloadWordsFor, type IndexRanges } from '../index-ranges.ts';
import type { SearchPart } from '../parts.ts';
import type { Occurrence } from './excerpt.ts';
import type { FilterName } from './state.ts';

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  /** where the matched words stand on the page (token positions); empty for a match in metadata only */
  words: number[];
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export type FilterSelection = Partial<Record<FilterName | string, { any: string[] } | string>>;
export interface SearchOptions {
  filters?: FilterSelection;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  preload(term: string): Promise<void>;
  /** Pagefind's options; mergeFilter gives every page of the index a filter value held in memory, never fetched */
  options(options: { mergeFilter?: Record<string, string> }): Promise<void>;
  /** adds another index (an older part) to this one, on the same WebAssembly module */
  mergeIndex(path: string, options?: { mergeFilter?: Record<string, string> }): Promise<void>;
}

export interface Found {
  result: PagefindResult;
  /** where each word of the query stands first on the page */
  occurrences: Occurrence[];
}

/** Each part's chunk ranges, fetched the first time a prefix is searched in it. */
const indexRanges = new Map<string, Promise<IndexRanges>>();

/** Loads every chunk of the part holding a word that starts with the prefix: Pagefind alone may load only the first. */
async function preloadPrefix(pagefind: Pagefind, prefix: string, part: SearchPart): Promise<void> {
  let ranges = indexRanges.get(part.path);
  if (!ranges) {
    ranges = fetch(`${part.path}${searchFiles.indexRangesInPart}`).then((response) => (response.ok ? (response.json() as Promise<IndexRanges>) : []));
    indexRanges.set(part.path, ranges);
  }
  await Promise.all(preloadWordsFor(prefix, await ranges).map((word) => pagefind.preload(word)));
}

/**
 * One word in one part of the index (options keep the search to it: parts-search.ts), the pages where its tokens stand one
 * after another, in the order of the search that ranks them.
 */
export async function searchWord(pagefind: Pagefind, tokens: readonly QueryToken[], options: SearchOptions, part: SearchPart): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  const onPage = (result: PagefindResult) => result.words.length > 0;
  const asked = sparseTokens(tokens);
  if (!tokens.some((token) => token.prefix) && asked.length === tokens.length) {
    // every token exact and needed: Pagefind's phrase search finds them in a row (its first place on each page)
    const search = await pagefind.search(`"${tokens.map((token) => token.code).join(' ')}"`, options);
    for (const result of search.results.filter(onPage)) found.set(result.id, { result, occurrences: [{ at: Math.min(...result.words), tokens }] });
    return found;
  }
  // a prefix (the last character, which may continue on the page), or pairs left out of a long word, rule out a
  // phrase search: each token asked for is searched alone (a search that is not a phrase matches the beginning of
  // tokens; the spelling makes every token other than a character's own letters match only itself) and their
  // positions must stand at their places in the word
  const { filters } = options;
  const searched = asked.map((place) => tokens[place]!);
  await Promise.all(searched.filter((token) => token.prefix).map((token) => preloadPrefix(pagefind, token.code, part)));
  const searches = await Promise.all(searched.map((token, k) => pagefind.search(token.code, k === 0 ? options : { ...(filters ? { filters } : {}) })));
  const positions = searches.map((search) => new Map(search.results.filter(onPage).map((result) => [result.id, result.words])));
  for (const result of searches[0]!.results.filter(onPage)) {
    const starts = sequenceStarts(positions.map((byPage) => byPage.get(result.id) ?? []), asked);
    if (starts.length) found.set(result.id, { result, occurrences: [{ at: starts[0]!, tokens }] });
  }
  return found;
}

/** Every word of the query in one part of the index: the pages that have them all, ranked by the first word's search. */
export async function searchAll(pagefind: Pagefind, plans: QueryToken[][], options: SearchOptions, part: SearchPart): Promise<Found[]> {
  const perWord = await Promise.all(plans.map((plan) => searchWord(pagefind, plan, options, part)));
  const [first, ...others] = perWord;
  return [...first!.values()]
    .filter((found) => others.every((word) => word.has(found.result.id)))
    .map((found) => ({ result: found.result, occurrences: [...found.occurrences, ...others.flatMap((word) => word.get(found.result.id)!.occurrences)] }));
}
