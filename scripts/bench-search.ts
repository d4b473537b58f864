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
import { parseCommandLine } from './cli.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { generateCorpus } from './gen-corpus.ts';
import { transferSize } from './bench/browser-measure.ts';

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
function buildCorpusSite(docs: number): string {
  const root = join(tmpdir(), `search-bench-${docs}`);
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  const siteDir = join(root, 'site');
  generateCorpus({ docs, seed: 1, out: content, content: 'content', quiet: true });
  run('astro', ['build', '--force', '--outDir', siteDir], { CONTENT_DIR: content });
  return siteDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = `用法：npm run bench:search [-- --docs 1000,10000] [--query 马,文明城市] [--runs 3] [--site dist]
在本机 Chromium 中测量读者第一次搜索的代价：下载的字节数（原样和 gzip 后）与从按下回车到出结果的毫秒数，
对自带网站和生成的语料各测一次。

  --docs <列表>      生成语料的规模，逗号分隔，默认 1000
  --query <词>       搜索词，逗号分隔，默认 ${defaultQueries.join(',')}
  --runs <次数>      每个搜索词测几次（取中位数），默认 3
  --site <目录>      自带网站的构建结果，默认 dist
  --help             显示本说明`;
  const { values } = parseCommandLine(usage, { options: { docs: { type: 'string', default: '1000' }, query: { type: 'string', default: defaultQueries.join(',') }, runs: { type: 'string', default: '3' }, site: { type: 'string', default: 'dist' } } });
  const queries = values.query!.split(',').filter(Boolean);
  const sizes = values.docs!.split(',').filter(Boolean).map(Number);
  const sites: [string, string][] = [['bundled', values.site!], ...sizes.map((docs): [string, string] => [`${docs} docs`, buildCorpusSite(docs)])];
  const browser = await launchBrowser();
  const rows: string[] = [];
  for (const [label, siteDir] of sites) {
    const server = await serveStatic(siteDir);
    for (const query of queries) {
      // first query on a fresh browser context: nothing cached; the median of a few runs, since one run is noisy
      const runs: SearchCost[] = [];
      for (let i = 0; i < Number(values.runs); i++) runs.push(await measureSearchPage(browser, server.origin, siteDir, query));
      const cost = runs.sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(runs.length / 2)]!;
      rows.push(`| ${label} | ${cost.query} | ${cost.results} | ${cost.files} | ${(cost.storedBytes / 1024).toFixed(1)} KB | ${(cost.wireBytes / 1024).toFixed(1)} KB | ${cost.milliseconds} ms | ${cost.excerptMilliseconds} ms |`);
    }
    await server.close();
  }
  await browser.close();
  console.log('| site | query | results | files | stored | over the wire (gzip) | to results | to excerpts |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}
