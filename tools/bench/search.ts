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
import { searchFiles } from '../../src/features/search/contract.ts';
import { searchUrl } from '../../src/core/urls.ts';

export interface SearchCost {
  query: string;
  files: number;
  storedBytes: number;
  wireBytes: number;
  /** from pressing Enter to every part searched and the first page of results on screen */
  milliseconds: number;
  /** from pressing Enter to the first results on screen (the newest part's, when the index is in parts) */
  firstMilliseconds: number;
  /** bytes on the wire until then */
  firstBytes: number;
  /** until every shown result has its excerpt (fetched from the page's text just after the result appears) */
  excerptMilliseconds: number;
  results: number;
  /** each file fetched, with its bytes on the wire */
  fetched: { path: string; bytes: number }[];
}

/** Set in the page: when Enter was pressed and when the first results were drawn (performance.now()). */
interface FirstResultsMarks {
  enter?: number;
  drawn?: number;
}

/** A first query typed into the real search page, everything fetched after Enter counted. */
export async function measureSearchPage(browser: Browser, origin: string, siteDir: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // the search page loads the engine while the reader types (search-page.ts): what it fetched before Enter for the
  // search (Pagefind's script, WebAssembly and first part, the folding data) counts in the query's bytes, the page's
  // own files do not
  const requests: { path: string; at: number }[] = [];
  let beforeEnter = true;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && (!beforeEnter || isSearchFile(url.pathname))) requests.push({ path: url.pathname, at: Date.now() });
  });
  await page.goto(`${origin}${searchUrl}`, { waitUntil: 'networkidle' });
  beforeEnter = false;
  await page.fill('#search-query', query);
  // first results (a result on screen, or the search done with none) are timed in the page, from the Enter key's
  // event to the frame that draws them: asking from outside would add the time the question takes to get in
  await page.evaluate(() => {
    const marks: FirstResultsMarks = {};
    Object.assign(window, { firstResultsMarks: marks });
    const status = document.querySelector<HTMLElement>('#search-status')!;
    document.querySelector('#search-query')!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') marks.enter ??= event.timeStamp;
    });
    const observer = new MutationObserver(() => {
      if (document.querySelector('#search-results li') === null && status.dataset.state !== 'done') return;
      observer.disconnect();
      requestAnimationFrame(() => (marks.drawn = performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  const started = Date.now();
  await page.press('#search-query', 'Enter');
  const marks = await (
    await page.waitForFunction(() => {
      const { enter, drawn } = (window as unknown as { firstResultsMarks: FirstResultsMarks }).firstResultsMarks;
      return enter !== undefined && drawn !== undefined && { enter, drawn, origin: performance.timeOrigin };
    })
  ).jsonValue();
  if (!marks) throw new Error('首批结果的时间没有记下');
  const firstMilliseconds = Math.round(marks.drawn - marks.enter);
  const firstAt = marks.origin + marks.drawn;
  await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-status')?.dataset.state === 'done');
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
  let firstBytes = 0;
  const fetched: SearchCost['fetched'] = [];
  const seen = new Set<string>();
  for (const { path, at } of requests) {
    if (seen.has(path)) continue;
    seen.add(path);
    const wire = transferSize(siteDir, path);
    storedBytes += statSync(join(siteDir, decodeURIComponent(path))).size;
    wireBytes += wire;
    if (at <= firstAt) firstBytes += wire;
    fetched.push({ path, bytes: wire });
  }
  return { query, files: seen.size, storedBytes, wireBytes, milliseconds, firstMilliseconds, firstBytes, excerptMilliseconds, results, fetched };
}

/** A file the search fetches: Pagefind's bundle and the search data beside the search page (not the page itself). */
function isSearchFile(path: string): boolean {
  return path.startsWith(searchFiles.pagefind) || (path.startsWith(searchUrl) && path !== searchUrl);
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
