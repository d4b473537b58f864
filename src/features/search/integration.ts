import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterPages, type AfterPagesStep } from '../../core/build-step.ts';
import { searchFiles } from './contract.ts';
import { WorkerPool } from '../../core/worker-pool.ts';
import type { SearchIndexResult } from './build-index.ts';
import type { IndexRequest } from './index-worker.ts';
import { partSizeFrom } from './parts.ts';

/**
 * The search index as part of `astro build`: each built page's record (our own tokens, cached by the page's HTML)
 * handed to Pagefind, which indexes in a process of its own, beside the share cards. The records are read on a
 * thread of their own (index-worker.ts), as the cards are drawn on theirs.
 */
export const searchIndexStep: AfterPagesStep<SearchIndexResult> = {
  name: 'search-index',
  failure: '搜索索引生成失败',
  writes: searchFiles.pagefindScript,
  run: async ({ distDir, cacheDir }) => {
    const thread = new WorkerPool<IndexRequest, SearchIndexResult>(new URL('./index-worker.ts', import.meta.url), { name: '搜索索引线程', size: 1 });
    try {
      return await thread.run({ siteDir: distDir, cacheDir: join(cacheDir, 'search'), partSize: partSizeFrom(process.env.SEARCH_PART_SIZE) });
    } finally {
      await thread.close();
    }
  },
  report: (result) =>
    `[search-index] ${result.pages} 个页面（${result.terms} 个名词和机构）已编入索引，分 ${result.parts} 部分（${result.partsReused} 部分未变，沿用上次构建）`,
};

export function searchIndex(): AstroIntegration {
  return afterPages(searchIndexStep);
}
