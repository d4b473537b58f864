import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterPages } from '../../core/build-step.ts';
import { buildSearchIndex } from './build-index.ts';

/**
 * The search index as part of `astro build`: each built page's record (our own tokens, cached by the page's HTML)
 * handed to Pagefind, which indexes in a process of its own, beside the share cards.
 */
export function searchIndex(): AstroIntegration {
  return afterPages({
    name: 'search-index',
    failure: '搜索索引生成失败',
    run: ({ distDir, cacheDir }) => buildSearchIndex(distDir, { cacheDir: join(cacheDir, 'search-records') }),
    report: (result) => `[search-index] ${result.pages} 个页面（${result.terms} 个名词和机构）已编入索引`,
  });
}
