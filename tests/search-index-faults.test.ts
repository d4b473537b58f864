import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../src/core/content-location.ts';
import { searchFiles } from '../src/features/search/contract.ts';
import type { SearchParts } from '../src/features/search/parts.ts';
import { launchBrowser } from '../tools/browser/browser.ts';
import { serveStatic } from '../tools/browser/static-server.ts';
import { copyFixture } from './support/content-fixture.ts';
import { allSearchResults } from './support/search.ts';

/**
 * The search index in parts, built for real from a small content folder (two documents in different months, one
 * record a part): a build killed while Pagefind writes a part leaves the site that was there serving, and the next
 * build is whole and correct, indexing again only the part whose document changed.
 */
const fixture = copyFixture();
const site = join(mkdtempSync(join(tmpdir(), 'site-parts-')), 'dist');
const partsCache = resolve(contentCacheDir(fixture.dir), 'search', 'parts');
const env = { ...process.env, CONTENT_DIR: fixture.dir, SITE_BUILD_DIR: site, SEARCH_PART_SIZE: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const sentence = '故障演练：此段在搜索索引写入时被中断后补建。';

afterAll(() => {
  fixture.remove();
  rmSync(join(site, '..'), { recursive: true, force: true });
  rmSync(resolve(contentCacheDir(fixture.dir)), { recursive: true, force: true });
});

function build(): { status: number | null; output: string } {
  const result = spawnSync('tsx', ['tools/build/cli.ts'], { encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const partsOf = () => JSON.parse(readFileSync(join(site, searchFiles.parts.slice(1)), 'utf8')) as SearchParts;

describe('a build killed in the search step', () => {
  it('leaves the previous site serving, and the next build is whole', async () => {
    const report = readFileSync(join(fixture.dir, 'documents/report/sample-report.mdx'), 'utf8');
    writeFileSync(
      join(fixture.dir, 'documents/report/earlier-report.mdx'),
      report.replace('title: 示例区人民政府工作报告', 'title: 示例区人民政府早年工作报告').replace('date: 2021-10-12', 'date: 2019-03-05').replace('A25010-7593-9696-1648-2717-4699', 'A25010-7593-9696-1648-2717-4700'),
    );
    const first = build();
    expect(first.status, first.output).toBe(0);
    const before = readFileSync(join(site, searchFiles.parts.slice(1)), 'utf8');
    expect(partsOf().map((part) => [part.oldest, part.path])).toEqual([
      ['2021-10', searchFiles.pagefind],
      ['2019-03', `${searchFiles.pagefind}parts/1/`],
    ]);

    // the newer document changes; the build is killed while Pagefind writes its part
    fixture.edit('documents/report/sample-report.mdx', (text) => `${text}\n${sentence}\n`);
    const child = spawn('tsx', ['tools/build/cli.ts'], { env, detached: true, stdio: 'ignore' });
    const closed = new Promise<void>((done) => child.on('close', () => done()));
    let killed = false;
    while (child.exitCode === null && !killed) {
      if (existsSync(partsCache) && readdirSync(partsCache).some((name) => name.endsWith('.partial'))) {
        process.kill(-child.pid!, 'SIGKILL');
        killed = true;
      } else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await closed;
    expect(killed, 'the build ended before the search step wrote a part').toBe(true);
    // the site that was there is still whole
    expect(readFileSync(join(site, searchFiles.parts.slice(1)), 'utf8')).toBe(before);
    expect(existsSync(join(site, searchFiles.pagefindScript.slice(1)))).toBe(true);
    expect(readFileSync(join(site, 'documents/report/sample-report/index.html'), 'utf8')).not.toContain('故障演练');

    const next = build();
    expect(next.status, next.output).toBe(0);
    expect(next.output).toContain('分 2 部分（1 部分未变，沿用上次构建）');
    expect(readdirSync(partsCache).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(partsOf()).toHaveLength(2);

    const server = await serveStatic(site);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const search = async (query: string) => {
        await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
        return allSearchResults(page);
      };
      expect((await search('故障演练')).map((href) => href.split('#')[0])).toEqual(['/documents/report/sample-report/']);
      // both parts searched, the newer part's document first
      const both = (await search('工作报告')).map((href) => href.split('#')[0]);
      expect(both).toContain('/documents/report/earlier-report/');
      expect(both.indexOf('/documents/report/sample-report/')).toBeLessThan(both.indexOf('/documents/report/earlier-report/'));
      expect(both.indexOf('/documents/report/sample-report/')).toBeGreaterThanOrEqual(0);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 300_000);
});
