import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/gen-corpus.ts';
import { readContent } from '../src/lib/check/content-model.ts';
import { launchBrowser } from './support/browser.ts';
import { buildPages } from './support/content-fixture.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * The bundled five documents are each of a different kind and publisher, and too few to fill a
 * list page: previous/next and pagination are tested on a small generated corpus (the bundled
 * content plus generated documents, 45 in all), built for real. A fixed folder keeps one content
 * cache for it from run to run.
 */
const root = join(tmpdir(), 'reading-aids-corpus');
const corpus = join(root, 'content');
const out = join(root, 'dist');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  generateCorpus({ docs: 45, seed: 1, out: corpus, content: 'content', quiet: true });
  const result = buildPages(corpus, out);
  if (result.status !== 0) throw new Error(`corpus build failed:\n${result.output}`);
  server = await serveStatic(out);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('previous and next', () => {
  it('lead to the document of the same kind and publisher published just before and just after', () => {
    const documents = readContent(corpus, process.cwd()).documents.map((entry) => ({ id: entry.id, ...(entry.data as { kind: string; publisher: string; date: string }) }));
    const byId = new Map(documents.map((doc) => [doc.id, doc]));
    let links = 0;
    const series = new Map<string, number>();
    for (const doc of documents) series.set(`${doc.kind} ${doc.publisher}`, (series.get(`${doc.kind} ${doc.publisher}`) ?? 0) + 1);
    const withPrevious = new Map<string, number>();
    for (const doc of documents) {
      const html = parse(readFileSync(join(out, 'documents', doc.id, 'index.html'), 'utf8'));
      for (const link of html.querySelectorAll('.document-series a')) {
        const target = byId.get(link.getAttribute('href')!.replace(/^\/documents\/|\/$/g, ''))!;
        expect(target, link.getAttribute('href')).toBeDefined();
        expect([target.kind, target.publisher]).toEqual([doc.kind, doc.publisher]);
        if (link.getAttribute('rel') === 'prev') {
          expect(target.date <= doc.date).toBe(true);
          withPrevious.set(`${doc.kind} ${doc.publisher}`, (withPrevious.get(`${doc.kind} ${doc.publisher}`) ?? 0) + 1);
        } else {
          expect(link.getAttribute('rel')).toBe('next');
          expect(target.date >= doc.date).toBe(true);
        }
        links++;
      }
    }
    expect(links).toBeGreaterThan(10);
    // every document of a series but its first has a previous one
    for (const [key, size] of series) expect(withPrevious.get(key) ?? 0, key).toBe(size - 1);
  });
});

describe('pagination on a phone', () => {
  it.each(['medium', 'xlarge'])('has 44×44 px targets and leads on (%s text)', async (size) => {
    const context = await browser.newContext(phone);
    await context.addInitScript((chosen) => localStorage.setItem('reader-text-size', chosen), size);
    const page = await context.newPage();
    await page.goto(`${server.origin}/documents/all/`);
    const links = await page.locator('.pagination a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect()).map((box) => [box.width, box.height]));
    expect(links.length).toBeGreaterThan(0);
    for (const [width, height] of links) {
      expect(width).toBeGreaterThanOrEqual(44);
      expect(height).toBeGreaterThanOrEqual(44);
    }
    await page.tap('.pagination a[rel=next]');
    await page.waitForURL(/\/documents\/all\/2\/$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
