import { describe, expect, it } from 'vitest';
import { pageCacheKey, withPageCacheKeys } from './page-cache-key.ts';

describe('page cache keys', () => {
  it('change with any part of the data and only then', () => {
    const key = pageCacheKey({ digest: 'a', publisher: '区城建局' }, [{ id: 'x', title: '标题' }]);
    expect(pageCacheKey({ digest: 'a', publisher: '区城建局' }, [{ id: 'x', title: '标题' }])).toBe(key);
    expect(pageCacheKey({ digest: 'b', publisher: '区城建局' }, [{ id: 'x', title: '标题' }])).not.toBe(key);
    expect(pageCacheKey({ digest: 'a', publisher: '区城建局' }, [{ id: 'x', title: '新标题' }])).not.toBe(key);
  });

  it('give each page of a list its own key from what it shows', () => {
    const pages = withPageCacheKeys([
      { params: { page: undefined }, props: { page: { data: [{ id: 'a' }], url: { next: '/2/' } } } },
      { params: { page: '2' }, props: { page: { data: [{ id: 'b' }], url: { prev: '/' } } } },
    ]);
    expect(pages[0]!.cacheKey).not.toBe(pages[1]!.cacheKey);
    expect(pages[0]!.params).toEqual({ page: undefined });
  });
});
