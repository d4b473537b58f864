import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterPages, type AfterPagesStep } from '../../core/build-step.ts';
import { siteCardUrl } from '../../core/urls.ts';
import { buildCards, type BuildCardsResult } from './build.ts';
import { siteCard } from './site-card.ts';

/**
 * Share cards as part of `astro build`: every card the built pages ask for (their og:image), drawn from the pages'
 * own meta tags on worker threads, beside the search index. Cards are cached by what they show, beside the content
 * folder's other caches; a build of another content folder (a fixture, a generated corpus) keeps and prunes its own.
 */
export const cardsStep: AfterPagesStep<BuildCardsResult> = {
  name: 'cards',
  failure: '分享卡片生成失败',
  writes: siteCardUrl,
  run: ({ distDir, cacheDir }) => buildCards({ distDir, cacheDir: join(cacheDir, 'cards'), siteCard, prune: true }),
  report: (result) => `[cards] ${result.cards} 张分享卡片：新生成 ${result.rendered} 张，缓存 ${result.cached} 张，用时 ${(result.milliseconds / 1000).toFixed(1)}s`,
};

export function shareCards(): AstroIntegration {
  return afterPages(cardsStep);
}
