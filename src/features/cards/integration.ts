import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCards, type BuildCardsResult } from './build.ts';
import { siteCard } from './site-card.ts';

/**
 * Share cards as part of `astro build`: every card the built pages ask for (their og:image), drawn from the pages'
 * own meta tags. The step starts as soon as the pages are written (`astro:build:generated`), draws on worker threads
 * beside the other steps that read the pages (the search index), and the build waits for it before it finishes
 * (`astro:build:done`). Cards are cached by what they show, beside the content folder's other caches.
 * Nothing in `astro dev`; nothing either when SITE_PAGES_ONLY=1 asks for the pages alone (tests of pages).
 */
export function shareCards(): AstroIntegration {
  let cacheDir: string | undefined;
  let running: Promise<BuildCardsResult> | undefined;
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('cards/', config.cacheDir));
      },
      'astro:build:generated': ({ dir }) => {
        if (process.env.SITE_PAGES_ONLY === '1') return;
        // a build of another content folder (a fixture, a generated corpus) keeps and prunes its own cards, not these
        running = buildCards({ distDir: fileURLToPath(dir), cacheDir: cacheDir!, siteCard, prune: true });
        running.catch(() => undefined);
      },
      'astro:build:done': async () => {
        if (!running) return;
        const result = await running.catch((error: unknown) => {
          throw new Error(`分享卡片生成失败：${error instanceof Error ? error.message : String(error)}`);
        });
        console.log(`[cards] ${result.cards} 张分享卡片：新生成 ${result.rendered} 张，缓存 ${result.cached} 张，用时 ${(result.milliseconds / 1000).toFixed(1)}s`);
        console.log(`[build] cards: ${(result.milliseconds / 1000).toFixed(1)}s`);
      },
    },
  };
}
