/**
 * Build step: the share card (1200×630 PNG) of every document, term and the site,
 * read from the built pages' meta tags. Usage: tsx scripts/build-cards.ts [distDir]
 * Cards are cached beside the content folder's other caches, by a hash of what they show: a build of another
 * content folder (a fixture, a generated corpus) keeps and prunes its own cards, not these.
 */
import { resolve } from 'node:path';
import { buildCards } from '../src/lib/cards/build.ts';
import { contentCacheDir } from '../src/core/content-location.ts';
import { siteCard } from '../src/lib/cards/site-card.ts';
import { answerHelp } from './cli.ts';

answerHelp(`用法：tsx scripts/build-cards.ts [构建目录]
构建步骤：按构建好的页面的 meta 标签，为每个文档、名词和网站生成 1200×630 的分享卡片（默认 dist/）。`);

const distDir = resolve(process.argv[2] ?? 'dist');
const result = await buildCards({ distDir, cacheDir: resolve(contentCacheDir(), 'cards'), siteCard, prune: true });
console.log(`[cards] ${result.cards} 张分享卡片：新生成 ${result.rendered} 张，缓存 ${result.cached} 张，用时 ${(result.milliseconds / 1000).toFixed(1)}s`);
