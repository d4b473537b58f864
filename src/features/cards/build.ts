import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardKey } from './cache.ts';
import { cardJobFromPage, type CardJob } from './from-page.ts';
import type { CardContent } from './layout.ts';
import { siteCardUrl } from '../../core/urls.ts';
import { renderInParallel } from './pool.ts';
import { rendererVersion } from './render.ts';

export interface BuildCardsOptions {
  distDir: string;
  cacheDir: string;
  /** the card of pages that have none of their own (home, lists) */
  siteCard: CardContent;
  threads?: number;
  /** drop cached cards this build no longer uses (off for benchmarks sharing a cache) */
  prune?: boolean;
}

export interface BuildCardsResult {
  cards: number;
  rendered: number;
  cached: number;
  milliseconds: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, encoding: 'utf8' });
  return names.filter((name) => name.endsWith('.html') && !name.startsWith('_astro') && !name.startsWith('pagefind')).map((name) => join(dir, name));
}

/** Every card the built site asks for, once each, plus the site card. */
export async function collectCardJobs(distDir: string, siteCard: CardContent): Promise<CardJob[]> {
  const jobs = new Map<string, CardJob>([[siteCardUrl, { path: siteCardUrl, content: siteCard }]]);
  for (const file of await htmlFiles(distDir)) {
    const job = cardJobFromPage(await readFile(file, 'utf8'));
    if (job) jobs.set(job.path, job);
  }
  return [...jobs.values()];
}

export interface MaterialiseOptions {
  cacheDir: string;
  /** the folder the card paths are relative to (the built site) */
  outDir: string;
  threads?: number | undefined;
  prune?: boolean | undefined;
}

/**
 * Puts each card in place: cards whose content hash is in the cache are copied, the
 * rest are rendered in parallel into the cache first.
 */
export async function materialiseCards(jobs: readonly CardJob[], options: MaterialiseOptions): Promise<BuildCardsResult> {
  const started = performance.now();
  await mkdir(options.cacheDir, { recursive: true });
  const versions = rendererVersion();
  const keyed = jobs.map((job) => {
    const key = cardKey(job.content, versions);
    return { ...job, key, cacheFile: join(options.cacheDir, `${key}.png`) };
  });
  const missing = new Map(keyed.filter((job) => !existsSync(job.cacheFile)).map((job) => [job.key, job]));
  await renderInParallel([...missing.values()].map((job) => ({ content: job.content, file: job.cacheFile })), options.threads);
  for (const job of keyed) {
    const target = join(options.outDir, job.path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(job.cacheFile, target);
  }
  if (options.prune) {
    const used = new Set(keyed.map((job) => `${job.key}.png`));
    for (const name of await readdir(options.cacheDir)) {
      if (name.endsWith('.png') && !used.has(name)) await rm(join(options.cacheDir, name));
    }
  }
  return { cards: keyed.length, rendered: missing.size, cached: keyed.length - missing.size, milliseconds: performance.now() - started };
}

/** Makes every share card a built site asks for, into the site's cards/ folder. */
export async function buildCards(options: BuildCardsOptions): Promise<BuildCardsResult> {
  const started = performance.now();
  const jobs = await collectCardJobs(options.distDir, options.siteCard);
  const result = await materialiseCards(jobs, { cacheDir: options.cacheDir, outDir: options.distDir, threads: options.threads, prune: options.prune });
  return { ...result, milliseconds: performance.now() - started };
}
