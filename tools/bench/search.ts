/**
 * npm run bench:search [-- --docs 1000,10000] [--query 文明城市,马] [--runs 3]
 * Prints, in Chromium on localhost, what a reader's first search costs: bytes fetched
 * (as stored, and gzipped as a web server would send text) and milliseconds from
 * pressing Enter to the results on screen, for the bundled site and for generated
 * corpora (pages and search index only: cards play no part in search). The default
 * queries run from one character to seven, since single characters and two-character
 * words are what older readers type most and must cost no more than longer words.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateCorpus } from '../corpus/gen-corpus.ts';
import { transferSize } from './browser-measure.ts';

export interface SearchCost {
  query: string;
  files: number;
  storedBytes: number;
  wireBytes: number;
  milliseconds: number;
  /** until every shown result has its excerpt (fetched from the page's text just after the result appears) */
  excerptMilliseconds: number;
  results: number;
  /** each file fetched, with its bytes on the wire */
  fetched: { path: string; bytes: number }[];
}

/** A first query typed into the real search page, everything fetched after Enter counted. */
export async function measureSearchPage(browser: Browser, origin: string, siteDir: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  });
  await page.fill('#search-query', query);
  const started = Date.now();
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() => /共找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  await page.waitForFunction(() => {
    const count = Number(/共找到 (\d+) 条/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? 0);
    return document.querySelectorAll('#search-results li').length >= Math.min(count, 10);
  });
  const milliseconds = Date.now() - started;
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('#search-results li')].every((item) => item.dataset.excerpt !== undefined));
  const excerptMilliseconds = Date.now() - started;
  const results = Number(/共找到 (\d+) 条/.exec((await page.textContent('#search-status')) ?? '')?.[1] ?? 0);
  await context.close();
  let storedBytes = 0;
  let wireBytes = 0;
  const files = [...new Set(paths)];
  const fetched: SearchCost['fetched'] = [];
  for (const path of files) {
    const wire = transferSize(siteDir, path);
    storedBytes += statSync(join(siteDir, decodeURIComponent(path))).size;
    wireBytes += wire;
    fetched.push({ path, bytes: wire });
  }
  return { query, files: files.length, storedBytes, wireBytes, milliseconds, excerptMilliseconds, results, fetched };
}

/** One and two characters (a common one, a rarer one, Traditional), a character next to digits, and longer words. */
export const defaultQueries = ['马', '湖', '總結', '文明', '2020年', '文明城市', '四门八洲十三坡'];

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败`);
}

/** Builds a generated corpus (pages, cards and the search index: `astro build`) into a throwaway folder. */
export function buildCorpusSite(docs: number): string {
  const root = join(tmpdir(), `search-bench-${docs}`);
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  const siteDir = join(root, 'site');
  generateCorpus({ docs, seed: 1, out: content, content: 'content', quiet: true });
  run('astro', ['build', '--force', '--outDir', siteDir], { CONTENT_DIR: content });
  return siteDir;
}
