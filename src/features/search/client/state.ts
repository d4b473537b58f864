/** What a search is: query, filters and order. It lives in the URL so a result list can be shared. */
export const filterNames = ['kind', 'publisher', 'year', 'validity', 'topic'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
  sort: 'relevance' | 'date';
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.getAll(name).filter(Boolean)])) as SearchState['filters'];
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of filterNames) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}
