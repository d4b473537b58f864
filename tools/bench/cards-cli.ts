/**
 * Benchmark of the share-card step: milliseconds per card, cold (empty cache) on one
 * thread and on every core, then cached (hash look-up and copy only).
 * Usage: npm run bench:cards [-- --copies N]   (needs a built site in dist/: npm run build)
 * Each copy adds every card again with a changed title, so the figure rests on more cards.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../command-line.ts';
import { collectCardJobs, materialiseCards } from '../../src/features/cards/build.ts';
import type { CardJob } from '../../src/features/cards/from-page.ts';
import { siteCard } from '../../src/features/cards/site-card.ts';

const usage = `用法：npm run bench:cards [-- --copies 2] [--dist dist]
测量分享卡片每张的毫秒数：空缓存单线程、空缓存多线程、有缓存。需要先 npm run build。

  --copies <整数>    每张卡片再改标题复制几份，默认 2
  --dist <目录>      构建结果，默认 dist
  --help             显示本说明`;
const { values } = parseCommandLine(usage, { options: { copies: { type: 'string', default: '2' }, dist: { type: 'string', default: 'dist' } } });
const distDir = resolve(values.dist);
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`没有找到已构建的网站（${values.dist}/index.html）：请先运行 npm run build。`);
  process.exit(1);
}

const real = await collectCardJobs(distDir, siteCard);
const copies = Math.max(1, Number(values.copies));
const jobs: CardJob[] = Array.from({ length: copies }, (_, copy) =>
  real.map((job) => (copy === 0 ? job : { path: job.path.replace(/\.png$/, `-${copy}.png`), content: { ...job.content, title: `${job.content.title}（第${copy + 1}稿）` } })),
).flat();

const work = mkdtempSync(join(tmpdir(), 'bench-cards-'));
const perCard = (ms: number) => (ms / jobs.length).toFixed(1);
try {
  const threads = availableParallelism();
  const oneThread = await materialiseCards(jobs, { cacheDir: join(work, 'cache-1'), outDir: join(work, 'out-1'), threads: 1 });
  const cold = await materialiseCards(jobs, { cacheDir: join(work, 'cache'), outDir: join(work, 'out'), threads });
  const cached = await materialiseCards(jobs, { cacheDir: join(work, 'cache'), outDir: join(work, 'out-2'), threads });
  if (cached.rendered !== 0) throw new Error(`缓存未命中 ${cached.rendered} 张`);
  console.log(`share cards: ${jobs.length} (${real.length} from ${values.dist}, ×${copies})`);
  console.log(`cold, 1 thread:       ${perCard(oneThread.milliseconds)} ms/card  (${(oneThread.milliseconds / 1000).toFixed(1)} s)`);
  console.log(`cold, ${threads} threads:      ${perCard(cold.milliseconds)} ms/card  (${(cold.milliseconds / 1000).toFixed(1)} s)`);
  console.log(`cached, ${threads} threads:    ${perCard(cached.milliseconds)} ms/card  (${cached.milliseconds.toFixed(0)} ms)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
