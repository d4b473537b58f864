import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental build: a hash of everything the
 * page shows that is not its template (Astro hashes the templates itself). A
 * page whose key and templates are unchanged is copied from the last build
 * instead of being rendered again, so the key must cover all of its data.
 */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** Paginated list pages: each page's key is its own slice of the list and its neighbours' URLs. */
export function withPageCacheKeys<T extends { props: unknown }>(paths: T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(path.props) }));
}
