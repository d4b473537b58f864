import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../tools/browser/browser.ts';
import { copyFixture } from './support/content-fixture.ts';

/**
 * Staff at work run `npm run dev` and look at their pages as they edit. The dev server
 * runs here on a copy of the minimal fixture, in Chromium: its pages are styled (the
 * site's Content-Security-Policy no longer blocks the dev server's injected styles), a
 * content error is shown in the browser, and glossary changes relink the documents.
 */
const fixture = copyFixture();
const documentFile = join(fixture.dir, 'documents', 'report', 'sample-report.mdx');
const documentPath = '/documents/report/sample-report/';
const termFile = join(fixture.dir, 'glossary', 'shan-chu-xian.mdx');
let server: ChildProcess;
let origin: string;
let browser: Browser;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // as staff run it: without the test runner's own environment (NODE_ENV=test, VITEST), which Astro reads;
  // --ignore-lock lets it start beside a dev server someone is running in this checkout
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
  server = spawn('astro', ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, CONTENT_DIR: fixture.dir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  while (!/watching for file changes|ready in/.test(output)) {
    if (Date.now() - started > 90_000 || server.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  // the dev server and the processes it started
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  fixture.remove();
});

async function open(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return { page, violations };
}

/** The error overlay's text, null when no overlay is shown, undefined while the page is reloading. */
const overlayText = (page: Page): Promise<string | null | undefined> =>
  page
    .evaluate(() => {
      if (document.readyState === 'loading') return undefined;
      const overlay = document.querySelector('vite-error-overlay');
      return overlay ? (overlay.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ') : null;
    })
    // the dev server reloads the page when content changes: ask again once it has
    .catch(() => undefined);

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!accept(value)) {
    if (Date.now() - started > 30_000) throw new Error(`${what}: still ${JSON.stringify(value)}\n${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

describe('npm run dev', () => {
  it('serves styled pages: the site stylesheet applies and the policy blocks nothing the dev server needs', async () => {
    const { page, violations } = await open(documentPath);
    // on a first start the dev server may optimise its dependencies and reload the page once: read the styles after that
    const styles = await eventually(
      () =>
        page
          .evaluate(() => ({
            header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
            skipLink: getComputedStyle(document.querySelector('.skip-link')!).position,
          }))
          .catch(() => undefined),
      (value) => value !== undefined && value.skipLink === 'absolute',
      'the site stylesheet applied',
    );
    expect(styles!.header).not.toBe('rgba(0, 0, 0, 0)');
    expect(violations).toEqual([]);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    await page.close();
  });

  it('shows a content error in the browser, on the open page and on reload, until the file is fixed', async () => {
    const original = readFileSync(documentFile, 'utf8');
    const { page } = await open(documentPath);
    try {
      writeFileSync(documentFile, original.replace('kind: report', 'kind: report\nvalidity: 作废'));
      const shown = await eventually(() => overlayText(page), (text) => typeof text === 'string' && text.includes('有效性只能是'), 'overlay after saving a schema error');
      expect(shown).toContain('documents/report/sample-report.mdx');
      await page.reload();
      const again = await eventually(() => overlayText(page), (text) => typeof text === 'string' && text.includes('有效性只能是'), 'overlay after reload');
      expect(again).toContain('内容有错误，网站暂时显示的是上次正确的内容');
      writeFileSync(documentFile, original);
      await eventually(() => overlayText(page), (text) => text === null, 'overlay gone after the fix');
      await page.reload();
      await eventually(() => overlayText(page), (text) => text === null, 'no overlay after reloading the fixed page');
      // an editor that empties the file before writing it may have it read empty: the error must not stay
      writeFileSync(documentFile, '');
      await new Promise((resolve) => setTimeout(resolve, 120));
      writeFileSync(documentFile, original);
      await page.waitForTimeout(1500);
      await page.reload().catch(() => undefined);
      await eventually(() => overlayText(page), (text) => text === null, 'no overlay once a file saved in two steps is whole');
      expect(await page.textContent('h1')).toBe('示例区人民政府工作报告');
    } finally {
      writeFileSync(documentFile, original);
      await page.close();
    }
  });

  it('links a newly added term in the documents without editing them, and unlinks a deleted one', async () => {
    const termLinks = async () => {
      const { page } = await open(documentPath);
      const count = await page.$$eval('.document-body a[href="/glossary/shan-chu-xian/"]', (links) => links.length);
      await page.close();
      return count;
    };
    expect(await termLinks()).toBe(0);
    writeFileSync(
      termFile,
      '---\nterm: 删除线\naliases: []\nshort: 示例名词，用于测试名词链接。\nsourceDocument: report/sample-report\n---\n\n示例名词，用于测试名词链接。\n',
    );
    try {
      await eventually(termLinks, (count) => count > 0, 'link to the added term');
    } finally {
      rmSync(termFile, { force: true });
    }
    await eventually(termLinks, (count) => count === 0, 'link to the deleted term');
  });
});
