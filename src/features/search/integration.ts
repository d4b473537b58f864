import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type SearchIndexResult } from './build-index.ts';

/**
 * The search index as part of `astro build` (as Starlight runs Pagefind): the step starts as soon as the pages are
 * written (`astro:build:generated`) and the build waits for it before it finishes (`astro:build:done`), so it runs
 * beside the other steps that read the built pages (the share cards). Pagefind indexes in a process of its own.
 * Nothing in `astro dev`; nothing either when SITE_PAGES_ONLY=1 asks for the pages alone (tests of pages).
 */
export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let running: Promise<SearchIndexResult> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        // beside the content folder's other caches (astro.config.mjs: cacheDir)
        cacheDir = fileURLToPath(new URL('search-records/', config.cacheDir));
      },
      'astro:build:generated': ({ dir }) => {
        if (process.env.SITE_PAGES_ONLY === '1') return;
        running = buildSearchIndex(fileURLToPath(dir), { cacheDir: cacheDir! });
        // awaited when the build is done; a failure before then is reported there, not as an unhandled rejection
        running.catch(() => undefined);
      },
      'astro:build:done': async () => {
        if (!running) return;
        const result = await running.catch((error: unknown) => {
          throw new Error(`搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`);
        });
        console.log(`[search-index] ${result.pages} 个页面（${result.terms} 个名词）已编入索引`);
        console.log(`[build] search-index: ${(result.milliseconds / 1000).toFixed(1)}s`);
      },
    },
  };
}
