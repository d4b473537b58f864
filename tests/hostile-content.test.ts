import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { copyFixture } from './support/content-fixture.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** Document text that looks like markup stays text: in the page, in the share meta and in search results. */
const hostileTitle = '关于<script>window.__pwned=1</script>危险标题的通知';
const hostileLine = '正文提到<img src=x onerror="window.__pwned=1">和<b>加粗</b>以及&lt;i&gt;这些危险文字。';

let fixture: ReturnType<typeof copyFixture>;
let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  fixture = copyFixture();
  fixture.edit('documents/report/sample-report.mdx', (text) =>
    text
      .replace('title: 示例区人民政府工作报告', `title: '${hostileTitle}'`)
      .replace('summary: 示例报告，用于测试。', `summary: '摘要里的<a href="javascript:alert(1)">链接</a>'`)
      // written as the importer writes such text: MDX syntax escaped
      .replace('正文。', hostileLine.replace(/[<>{}]/g, (char) => `\\${char}`).replace(/&/g, '&amp;')),
  );
  out = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'site');
  const result = spawnSync('tsx', ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixture.dir, SITE_BUILD_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fixture?.remove();
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('hostile document text', () => {
  it('is text in the built HTML: title, meta tags, summary and body', () => {
    const html = parse(readFileSync(join(out, 'documents/report/sample-report/index.html'), 'utf8'));
    expect(html.querySelector('h1')!.text).toBe(hostileTitle);
    expect(html.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(hostileTitle);
    expect(html.querySelector('.document-body')!.text).toContain(hostileLine);
    expect(html.querySelectorAll('main script, main img[src="x"], .document-body b, .summary a')).toEqual([]);
  });

  it('runs nothing in the browser, on the page or in search results', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/documents/report/sample-report/`);
    expect(await page.locator('h1').textContent()).toBe(hostileTitle);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('危险文字')}`);
    await page.waitForSelector('.search-result');
    const result = page.locator('.search-result').first();
    expect(await result.locator('a').first().textContent()).toContain('危险标题');
    expect(await result.textContent()).toContain('危险文字');
    expect(await page.locator('main img[src="x"], .search-result b, .search-result script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
