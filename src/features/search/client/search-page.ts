/**
 * The search page, on Pagefind's JavaScript API. Queries are cut into the same tokens
 * as the index (src/features/search/tokens.ts) and every word must match: a word is found
 * exactly where its tokens stand one after another, so a page that shares only a
 * character or a fragment is not a result, and a single character finds every page
 * that has it.
 */
import { foldText, parseFolding, queryTokens, queryWords, readsAsTraditional } from '../tokens.ts';
import type { Folding, PhraseFolder } from '../../../core/chinese/fold-table.ts';
import { escapeHtml } from '../../../core/escape.ts';
import { chunkPath, type TextChunk } from '../text-chunks.ts';
import { searchFiles, type TermNames } from '../contract.ts';
import { excerptFromChunk } from './excerpt.ts';
import type { Found, Pagefind, PagefindResultData, SearchOptions } from './query.ts';
import { partedIndex, partFilterOptions, searchInParts, sinceLabel, type PartedIndex } from './parts-search.ts';
import type { SearchParts } from '../parts.ts';
import { filterNames, paramsFromState, stateFromParams, type FilterName, type SearchState } from './state.ts';

const pageSize = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const searching = document.querySelector<HTMLElement>('#search-progress')!;

let dependencies: Promise<{ index: PartedIndex; folding: Folding; names: TermNames }> | undefined;
function load() {
  dependencies ??= (async () => {
    const pagefindUrl: string = searchFiles.pagefindScript;
    const [pagefind, folding, names, parts] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>,
      fetch(searchFiles.folding).then((response) => response.text()).then(parseFolding),
      fetch(searchFiles.termNames).then((response) => response.json() as Promise<TermNames>),
      fetch(searchFiles.parts).then((response) => response.json() as Promise<SearchParts>),
    ]);
    await pagefind.options(partFilterOptions(parts));
    await pagefind.init();
    return { index: partedIndex(pagefind, parts), folding, names };
  })().catch((error: unknown) => {
    // a failed load (the network dropped) is tried again by the next search, not remembered
    dependencies = undefined;
    throw error;
  });
  return dependencies;
}

/**
 * OpenCC's phrase conversion, loaded only for a Traditional query with a character that is Traditional in some
 * words and Simplified in others (隨著): the index folded such characters in Traditional pages by their phrase.
 */
let phraseConverter: Promise<PhraseFolder> | undefined;
let phrasesLoaded: PhraseFolder | undefined;
async function phrasesFor(query: string, folding: Folding): Promise<PhraseFolder | undefined> {
  if (![...query].some((char) => folding.ambiguous.has(char)) || !readsAsTraditional(query, folding)) return undefined;
  phraseConverter ??= import('opencc-js/t2cn').then(({ Converter }) => {
    phrasesLoaded = Converter({ from: 'tw', to: 'cn' });
    return phrasesLoaded;
  });
  return phraseConverter;
}

/**
 * The filter index is needed only for the counts beside the filters, and it grows with the site (about 110 KB at
 * 10,000 documents): it loads after the first results are shown, and the counts follow.
 */
let facets: Promise<Map<string, Set<string>>> | undefined;
function loadFacets(pagefind: Pagefind): Promise<Map<string, Set<string>>> {
  // which pages carry each filter value: counts for any query are then the overlap with its results
  facets ??= pagefind.filters().then(async (all) => {
    const sets = new Map<string, Set<string>>();
    const pairs = Object.entries(all)
      .filter(([name]) => (filterNames as readonly string[]).includes(name))
      .flatMap(([name, values]) => Object.keys(values).map((value) => [name, value] as const));
    await Promise.all(
      pairs.map(async ([name, value]) => {
        const search = await pagefind.search(null, { filters: { [name]: value } });
        sets.set(`${name}=${value}`, new Set(search.results.map((result) => result.id)));
      }),
    );
    return sets;
  });
  return facets;
}

function showState(state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    input.checked = state.filters[input.name as FilterName]?.includes(input.value) ?? false;
  }
}

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

let generation = 0;

async function run(state: SearchState): Promise<void> {
  const current = ++generation;
  const isCurrent = () => current === generation;
  list.replaceChildren();
  more.hidden = true;
  searching.hidden = true;
  const words = queryWords(state.query);
  if (words.length === 0) {
    say('done', '请输入要查找的词语。');
    updateCounts(null);
    return;
  }
  say('searching', '正在搜索…');
  updateCounts(null);
  const { index, folding, names } = await load();
  const phrases = await phrasesFor(state.query, folding);
  const selected = filterNames.filter((name) => state.filters[name].length);
  const filters = Object.fromEntries(selected.map((name) => [name, { any: state.filters[name] }]));
  const options: SearchOptions = { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
  const plans = words.map((word) => queryTokens(word, folding, phrases)).filter((plan) => plan.length > 0);
  if (plans.length === 0) {
    say('done', '没有找到结果：请输入中文词语、字母或数字。');
    updateCounts(null);
    return;
  }
  // a query that names a glossary term or an organisation puts its page first
  const namedUrl = state.sort === 'relevance' ? names[foldText(state.query.replace(/["“”\s]/g, ''), folding)] : undefined;
  const view: ResultsView = { results: [], shown: 0, current, folding, rendering: Promise.resolve() };
  const dateOrder = state.sort === 'date' ? '，按日期从新到旧排列（只知大约年份的排在该年最后，日期不详的文档和名词解释排在最后）' : '';
  // once the newer parts give a whole first page, it is shown while the older parts are searched: the older parts'
  // results go below it, the count above it keeps its shape (已找到 → 共找到), and the note of the search still running
  // is under the list, so nothing on screen moves when they come in
  const progress = async (soFar: Found[], partsDone: number) => {
    if (soFar.length < pageSize && view.shown === 0) return;
    say('partial', `已找到 ${soFar.length} 条结果${dateOrder}。`);
    searching.textContent = `以上是${sinceLabel(index.parts[partsDone - 1]!.oldest)}的文件中的结果，正在查找更早的文件…`;
    view.results = soFar;
    await showUpTo(view, Math.max(view.shown, pageSize));
    searching.hidden = view.current !== generation;
  };
  const results = await searchInParts(index, plans, options, { sort: state.sort, namedUrl }, progress, isCurrent);
  if (!results || !isCurrent()) return;
  const filtered = selected.length > 0;
  searching.hidden = true;
  say(
    'done',
    results.length
      ? `共找到 ${results.length} 条结果${dateOrder}。`
      : filtered
        ? `在所选的筛选条件下，没有找到包含“${state.query}”的页面。请减少筛选条件。`
        : `没有找到包含“${state.query}”的页面。请检查用字。`,
  );
  view.results = results;
  // counts wait for the filter index, so the first results are not held up by it
  await showUpTo(view, Math.max(view.shown, pageSize));
  // the counts are those of the query with the other groups' selections: the query is searched again without
  // filters (its index chunks are loaded already) when some are selected
  const [sets, unfiltered] = await Promise.all([
    loadFacets(index.pagefind),
    filtered ? searchInParts(index, plans, {}, { sort: 'relevance' }, () => undefined, isCurrent) : Promise.resolve(results),
  ]);
  if (!unfiltered || !isCurrent()) return;
  updateCounts(countsFor(new Set(unfiltered.map((found) => found.result.id)), sets, state));
}

/** The status line, and whether the search is still running (data-state: searching, partial, done). */
function say(state: 'searching' | 'partial' | 'done', text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

/** For each filter value: how many results the query would have with it, keeping the other groups' selections. */
function countsFor(ids: Set<string>, sets: Map<string, Set<string>>, state: SearchState): Map<string, number> {
  const inGroup = (id: string, name: FilterName) => state.filters[name].some((value) => sets.get(`${name}=${value}`)?.has(id));
  const counts = new Map<string, number>();
  for (const name of filterNames) {
    const base = [...ids].filter((id) => filterNames.every((other) => other === name || state.filters[other].length === 0 || inGroup(id, other)));
    for (const [key, set] of sets) if (key.startsWith(`${name}=`)) counts.set(key, base.filter((id) => set.has(id)).length);
  }
  return counts;
}

/** How long the results wait for their excerpts before they are shown without them (they then follow). */
const excerptWait = 1500;

/** The results of one query and how many of them are on screen; rendering is one step after another. */
interface ResultsView {
  results: Found[];
  shown: number;
  current: number;
  folding: Folding;
  rendering: Promise<void>;
}

/** Shows the results up to `count` (those not yet shown), after whatever is being shown now. */
function showUpTo(view: ResultsView, count: number): Promise<void> {
  view.rendering = view.rendering.then(async () => {
    if (view.current !== generation) return;
    const page = view.results.slice(view.shown, count);
    if (page.length > 0) await showResults(view, page);
    if (view.current !== generation) return;
    more.hidden = view.shown >= view.results.length;
    more.onclick = () => {
      more.hidden = true;
      void showUpTo(view, view.shown + pageSize);
    };
  });
  return view.rendering;
}

async function showResults(view: ResultsView, page: Found[]): Promise<void> {
  const { current, folding } = view;
  const items = await Promise.all(page.map(async (found) => ({ found, data: await found.result.data() })));
  if (current !== generation) return;
  const built: HTMLElement[] = [];
  const excerpts: Promise<void>[] = [];
  for (const { found, data } of items) {
    const item = document.createElement('li');
    item.className = 'search-result';
    const details = [data.meta.kind, data.meta.date, data.meta.publisher].filter(Boolean).map((text) => escapeHtml(text!)).join('　');
    const lang = escapeHtml(data.meta.lang ?? 'zh-Hans');
    item.innerHTML =
      `<h2 class="search-result__title"><a href="${escapeHtml(data.url)}" lang="${lang}">${escapeHtml(data.meta.title ?? data.url)}</a></h2>` +
      `<p class="search-result__meta">${details}</p>` +
      `<p class="search-result__excerpt" lang="${lang}"></p>`;
    built.push(item);
    excerpts.push(showExcerpt(item, data, found, folding));
  }
  // results go in once their excerpts are (or after a moment at most): an excerpt filled in under a result already
  // shown would push every result below it down the screen under the reader's finger
  await Promise.race([Promise.allSettled(excerpts), new Promise((resolve) => setTimeout(resolve, excerptWait))]);
  if (current !== generation) return;
  list.append(...built);
  view.shown += page.length;
}

/**
 * Fills in a result's excerpt and the section its link leads to, from the piece of the page that holds the match.
 * Without it (the piece could not be fetched, or no longer matches the index) the result shows no excerpt rather
 * than a wrong one; data-excerpt says which (ready / none).
 */
async function showExcerpt(item: HTMLElement, data: PagefindResultData, found: Found, folding: Folding): Promise<void> {
  try {
    const first = Math.min(...found.occurrences.map((occurrence) => occurrence.at));
    const response = await fetch(chunkPath(data.url, first));
    if (!response.ok) return;
    const chunk = (await response.json()) as TextChunk;
    const excerpt = excerptFromChunk(chunk, found.occurrences, { folding, traditional: data.meta.lang === 'zh-Hant', phrases: phrasesLoaded });
    if (!excerpt) return;
    item.querySelector('.search-result__excerpt')!.innerHTML = excerpt.html;
    if (excerpt.anchor) item.querySelector('h2 a')!.setAttribute('href', `${data.url}#${encodeURIComponent(excerpt.anchor)}`);
    item.dataset.excerpt = 'ready';
  } finally {
    item.dataset.excerpt ??= 'none';
  }
}

function updateCounts(counts: Map<string, number> | null): void {
  for (const label of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const count = counts?.get(label.dataset.countFor!);
    label.textContent = counts === null ? '' : `（${count ?? 0}）`;
  }
}

function go(state: SearchState, push: boolean): void {
  const url = `${location.pathname}?${paramsFromState(state).toString()}`;
  if (push) history.pushState(null, '', url);
  showState(state);
  document.title = state.query ? `搜索：${state.query} - ${document.title.split(' - ').pop()}` : document.title;
  void run(state).catch((error: unknown) => {
    say('done', '搜索暂时无法使用，请稍后再试，或按类型、按发布机构浏览。');
    console.error(error);
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(readForm(), true);
});
// filters and order apply at once: the form is short enough to keep in view
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type=checkbox], select')) go(readForm(), true);
});
window.addEventListener('popstate', () => go(stateFromParams(new URLSearchParams(location.search)), false));

document.documentElement.classList.add('search-ready');
go(stateFromParams(new URLSearchParams(location.search)), false);
// the reader came to this page to search: the engine, its first part and the folding data load while the words are
// typed (when the box is touched, or once the page is idle), so Enter waits only for the query's own index chunks;
// a reader who has asked the browser to save data fetches them only once the box is touched
const warmUp = () => void load().catch(() => undefined);
form.addEventListener('focusin', warmUp, { once: true });
const savesData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
if (!savesData) {
  if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 2000 });
  else setTimeout(warmUp, 500);
}
