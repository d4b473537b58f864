import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../tools/browser/browser.ts';
import { readBuiltSite } from '../tools/check-site/built-site.ts';
import { findUnsafeMarkup } from '../src/features/security/site-safety.ts';
import { copyFixture } from './support/content-fixture.ts';
import { serveStatic, type StaticServer } from '../tools/browser/static-server.ts';

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
  // saved by Windows Notepad: a byte-order mark and CRLF line ends, which must read as if absent
  const windowsText = '---\ntitle: 用记事本保存的通知\nkind: news\ndate: 2021-10-12\npublisher: sample-government\nlanguage: zh-Hans\nsummary: 带字节顺序标记和 CRLF 换行的文件。\nsource:\n  name: 示例\n---\n\n## 一、第一部分\n\n第一段。\n\n| 项目 | 数量 |\n| --- | --- |\n| 小区 | 59 |\n';
  mkdirSync(join(fixture.dir, 'documents/news'), { recursive: true });
  writeFileSync(join(fixture.dir, 'documents/news/windows-notepad.mdx'), `\uFEFF${windowsText.replace(/\n/g, '\r\n')}`);
  out = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'site');
  const result = spawnSync('tsx', ['tools/build/cli.ts'], {
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

describe('a file saved by Windows Notepad (byte-order mark, CRLF)', () => {
  it('is published as if it had neither', () => {
    const html = readFileSync(join(out, 'documents/news/windows-notepad/index.html'), 'utf8');
    const page = parse(html);
    expect(page.querySelector('h1')!.text).toBe('用记事本保存的通知');
    expect(page.querySelector('.document-body h2')!.text).toBe('一、第一部分');
    expect(page.querySelector('.document-body table td:last-child')!.text).toBe('59');
    expect(html).not.toMatch(/\uFEFF|\r/);
  });
});

describe('hostile document text', () => {
  it('is text in the built HTML: title, meta tags, summary and body', () => {
    const html = parse(readFileSync(join(out, 'documents/report/sample-report/index.html'), 'utf8'));
    expect(html.querySelector('h1')!.text).toBe(hostileTitle);
    expect(html.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(hostileTitle);
    expect(html.querySelector('.document-body')!.text).toContain(hostileLine);
    expect(html.querySelectorAll('main script, main img[src="x"], .document-body b, .summary a')).toEqual([]);
  });

  it('passes the built-site gate on unsafe markup', () => {
    const { files, all } = readBuiltSite(out);
    expect(findUnsafeMarkup(files, all)).toEqual([]);
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
