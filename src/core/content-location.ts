import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { slug } from 'github-slugger';

/**
 * Where content lives. CONTENT_DIR points a build, a check or a test at another
 * content folder (a generated corpus, a test fixture) without touching the bundled content.
 */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/** A content entry's id as Astro's glob loader makes it: each path segment slugged, without the extension. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.(mdx?|ya?ml)$/, '')
    .split(/[\\/]/)
    .map((segment) => slug(segment))
    .join('/');
}

/**
 * Astro's cache folder for the content folder being built. Each folder keeps its
 * own, so building a fixture or a generated corpus never disturbs the cache of
 * the bundled content (and the other way round).
 */
export function contentCacheDir(contentDir = process.env.CONTENT_DIR): string {
  if (!contentDir) return './node_modules/.astro';
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return `./node_modules/.astro/content-${key}`;
}
