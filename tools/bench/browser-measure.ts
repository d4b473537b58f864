/**
 * Page weight and first-search measurements in Chromium against a built site
 * served on localhost. A local server does not compress, so transferred bytes are
 * estimated as a static host would send them: text types gzipped (level 6), the
 * rest (images, Pagefind's already-compressed index files) as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm', '']);

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

/** The file a static host serves for a path: folders answer with their index.html. */
function fileFor(distDir: string, pathname: string): string | null {
  let file = join(distDir, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/** Bytes a host would transfer for this path, and whether the estimate used gzip. */
export function transferSize(distDir: string, pathname: string): number {
  const file = fileFor(distDir, pathname);
  if (!file) return 0;
  const data = readFileSync(file);
  return compressible.has(extname(file)) ? Math.min(data.length, gzipSize(data)) : data.length;
}

export interface Fetched {
  path: string;
  bytes: number;
}

function recordResponses(page: Page, origin: string): Fetched[] & { distDir?: string } {
  const fetched: Fetched[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) fetched.push({ path: url.pathname, bytes: 0 });
    else fetched.push({ path: url.href, bytes: Number.NaN }); // anything off-site would be a finding in itself
  });
  return fetched;
}

function sizeAll(fetched: Fetched[], distDir: string): number {
  let total = 0;
  for (const entry of fetched) {
    if (!Number.isNaN(entry.bytes)) entry.bytes = transferSize(distDir, entry.path);
    total += Number.isNaN(entry.bytes) ? 0 : entry.bytes;
  }
  return total;
}

export interface PageWeight {
  path: string;
  /** every response, with its estimated transfer size */
  fetched: Fetched[];
  totalBytes: number;
  /** gzipped size of the document's own visible text (its <article>, else <main>) */
  textBytes: number;
  /** scripts whose download holds up the first render (a small inline script in <head> downloads nothing and is not counted) */
  blockingScripts: string[];
  /** font files fetched */
  webFonts: string[];
  bodyFont: string;
}

export async function measurePage(browser: Browser, origin: string, distDir: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(); // empty cache: a first visit
  const page = await context.newPage();
  const fetched = recordResponses(page, origin);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const facts = await page.evaluate(() => {
    const container = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    // no named helpers in here: the bundler would wrap them in a function the page does not have
    const classic = /^$|^(text|application)\/(java|ecma)script$/i;
    const resources = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
    return {
      text: (container as HTMLElement).innerText,
      blockingExternal: resources.filter((entry) => entry.initiatorType === 'script' && entry.renderBlockingStatus === 'blocking').map((entry) => entry.name),
      blockingHeadScripts: [...document.head.querySelectorAll('script[src]')]
        .filter((script) => classic.test((script as HTMLScriptElement).type) && !(script as HTMLScriptElement).async && !(script as HTMLScriptElement).defer)
        .map((script) => (script as HTMLScriptElement).src),
      webFonts: resources.filter((entry) => /\.(woff2?|ttf|otf)(\?|$)/i.test(entry.name)).map((entry) => entry.name),
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  });
  await context.close();
  const totalBytes = sizeAll(fetched, distDir);
  return {
    path,
    fetched,
    totalBytes,
    textBytes: gzipSize(facts.text),
    blockingScripts: [...new Set([...facts.blockingExternal, ...facts.blockingHeadScripts])],
    webFonts: facts.webFonts,
    bodyFont: facts.bodyFont,
  };
}

export interface FirstQuery {
  query: string;
  /** to the first results on screen (the newest part's, when the index is in parts), and the bytes fetched until then */
  firstMilliseconds?: number;
  firstBytes?: number;
  /** everything fetched under /pagefind/ from opening the search page to the first results shown */
  bytes: number;
  files: number;
  fetched: Fetched[];
  /** from starting the query to the first page of results (titles and excerpts) loaded */
  milliseconds: number;
  results: number;
  titles: string[];
}

/**
 * A first query on a cold cache through Pagefind's own browser API, which every
 * Pagefind interface (ours, Starlight's) calls: load the engine, search, load the
 * first five results' excerpts. Counting all of /pagefind/ also counts what a page
 * preloads before the query.
 */
export async function measureFirstQuery(browser: Browser, origin: string, distDir: string, query: string, pagePath = '/'): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = recordResponses(page, origin);
  await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
  const outcome = await page.evaluate(async (text: string) => {
    const started = performance.now();
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init?.();
    const search = await pagefind.search(text);
    const data = await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<{ meta: { title?: string } }> }) => result.data()));
    return { milliseconds: performance.now() - started, results: search.results.length as number, titles: data.map((item) => item.meta.title ?? '') };
  }, query);
  await context.close();
  const pagefindFiles = fetched.filter((entry) => entry.path.startsWith('/pagefind/'));
  return { query, bytes: sizeAll(pagefindFiles, distDir), files: pagefindFiles.length, fetched: pagefindFiles, ...outcome };
}
