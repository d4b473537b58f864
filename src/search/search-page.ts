/**
 * The search page, on Pagefind's JavaScript API. Queries are cut into the same tokens
 * as the index (src/lib/search/tokens.ts), searched as exact phrases, and every word
 * must match: a page that shares only a character or a fragment is not a result.
 */
import { foldText, parseFoldTable, phraseFor, queryWords, type FoldTable } from '../lib/search/tokens.ts';
import { excerptHtml, sectionAt } from './excerpt.ts';
import { filterNames, paramsFromState, stateFromParams, type SearchState } from './state.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

const pageSize = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let dependencies: Promise<{ pagefind: Pagefind; table: FoldTable; names: Record<string, string> }> | undefined;
function load() {
  dependencies ??= (async () => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const [pagefind, table, names] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>,
      fetch('/search/fold.txt').then((response) => response.text()).then(parseFoldTable),
      fetch('/search/terms.json').then((response) => response.json() as Promise<Record<string, string>>),
    ]);
    await pagefind.init();
    return { pagefind, table, names };
  })();
  return dependencies;
}

/**
 * The filter index is needed only for the counts beside the filters, and it grows with the site (about 110 KB at
 * 10,000 documents): it loads after the first results are shown, and the counts follow.
 */
let filterIndex: Promise<void> | undefined;
let filterIndexLoaded = false;
function loadFilterIndex(pagefind: Pagefind): Promise<void> {
  filterIndex ??= pagefind.filters().then(() => {
    filterIndexLoaded = true;
  });
  return filterIndex;
}

function showState(state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    input.checked = state.filters[input.name as (typeof filterNames)[number]]?.includes(input.value) ?? false;
  }
}

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

let generation = 0;

async function run(state: SearchState): Promise<void> {
  const current = ++generation;
  list.replaceChildren();
  more.hidden = true;
  const words = queryWords(state.query);
  if (words.length === 0) {
    status.textContent = '请输入要查找的词语。';
    updateCounts({});
    return;
  }
  status.textContent = '正在搜索…';
  const { pagefind, table, names } = await load();
  const filters = Object.fromEntries(
    filterNames.filter((name) => state.filters[name].length).map((name) => [name, { any: state.filters[name] }]),
  );
  const options = { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
  const phrases = words.map((word) => phraseFor(word, table)).filter((phrase): phrase is string => phrase !== null);
  if (phrases.length === 0) {
    status.textContent = '没有找到结果：请输入中文词语、字母或数字。';
    return;
  }
  const searches = await Promise.all(phrases.map((phrase) => pagefind.search(phrase, options)));
  if (current !== generation) return;
  // every word must be in the page
  const [primary, ...others] = searches;
  const required = others.map((search) => new Set(search.results.map((result) => result.id)));
  let results = primary!.results.filter((result) => required.every((ids) => ids.has(result.id)));

  // a query that names a glossary term puts the term's page first
  const termUrl = names[foldText(state.query.replace(/["“”\s]/g, ''), table)];
  if (termUrl && state.sort === 'relevance') {
    // only term pages are read to find it, not every result
    const terms = await pagefind.search(phrases[0]!, { filters: { ...filters, kind: { any: ['名词解释'] } } });
    const candidates = await Promise.all(terms.results.slice(0, 5).map(async (result) => ({ id: result.id, data: await result.data() })));
    const term = candidates.find((entry) => entry.data.url === termUrl);
    const first = term && results.find((result) => result.id === term.id);
    if (first) results = [first, ...results.filter((result) => result !== first)];
  }
  if (current !== generation) return;
  status.textContent = results.length
    ? `共找到 ${results.length} 条结果${state.sort === 'date' ? '，按日期从新到旧排列' : ''}。`
    : `没有找到包含“${state.query}”的页面。请检查用字，或减少筛选条件。`;
  // counts are shown only for a one-word query, and only whole: before the filter index is in, they would be partial
  updateCounts(others.length || !filterIndexLoaded ? {} : primary!.filters);
  await showResults(results, 0, current);
  if (others.length || filterIndexLoaded) return;
  await loadFilterIndex(pagefind);
  if (current !== generation) return;
  // the same search again now gives the counts: its index chunks are already loaded
  const counted = await pagefind.search(phrases[0]!, options);
  if (current === generation) updateCounts(counted.filters);
}

async function showResults(results: PagefindResult[], from: number, current: number): Promise<void> {
  const page = results.slice(from, from + pageSize);
  const items = await Promise.all(page.map((result) => result.data()));
  if (current !== generation) return;
  for (const data of items) {
    const anchor = sectionAt(data.meta.sections, data.locations[0]);
    const href = anchor ? `${data.url}#${encodeURIComponent(anchor)}` : data.url;
    const item = document.createElement('li');
    item.className = 'search-result';
    const details = [data.meta.kind, data.meta.date, data.meta.publisher].filter(Boolean).map((text) => escapeHtml(text!)).join('　');
    item.innerHTML =
      `<h2 class="search-result__title"><a href="${escapeHtml(href)}" lang="${escapeHtml(data.meta.lang ?? 'zh-Hans')}">${escapeHtml(data.meta.title ?? data.url)}</a></h2>` +
      `<p class="search-result__meta">${details}</p>` +
      `<p class="search-result__excerpt">${excerptHtml(data.content, data.locations)}</p>`;
    list.append(item);
  }
  const shown = from + page.length;
  more.hidden = shown >= results.length;
  more.onclick = () => {
    more.hidden = true;
    void showResults(results, shown, current);
  };
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const label of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const [name, value] = label.dataset.countFor!.split('=') as [string, string];
    const count = counts[name]?.[value];
    label.textContent = count === undefined ? '' : `（${count}）`;
  }
}

function go(state: SearchState, push: boolean): void {
  const url = `${location.pathname}?${paramsFromState(state).toString()}`;
  if (push) history.pushState(null, '', url);
  showState(state);
  document.title = state.query ? `搜索：${state.query} - ${document.title.split(' - ').pop()}` : document.title;
  void run(state).catch((error: unknown) => {
    status.textContent = '搜索暂时无法使用，请稍后再试，或按类型、按发布机构浏览。';
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
