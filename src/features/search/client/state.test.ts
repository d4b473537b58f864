import { describe, expect, it } from 'vitest';
import { paramsFromState, stateFromParams } from './state.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const params = new URLSearchParams('q=文明城市&kind=要闻&kind=实施方案&year=2020&sort=date');
    const state = stateFromParams(params);
    expect(state).toMatchObject({ query: '文明城市', sort: 'date' });
    expect(state.filters.kind).toEqual(['要闻', '实施方案']);
    expect(paramsFromState(state).toString()).toBe(params.toString());
  });
  it('defaults to relevance and no filters', () => {
    const state = stateFromParams(new URLSearchParams(''));
    expect(state.sort).toBe('relevance');
    expect(Object.values(state.filters).flat()).toEqual([]);
  });
});
