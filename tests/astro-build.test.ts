import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentCardUrl, documentUrl, siteCardUrl, termCardUrl, termUrl } from '../src/core/urls.ts';
import { searchFiles, type TermNames } from '../src/features/search/contract.ts';
import { minimalFixture } from './support/content-fixture.ts';

/**
 * `astro build` alone, without the build runner (tools/build/cli.ts adds only the content check beside it and the
 * swap of the finished site): the pages, then the share cards and the search index from the integrations.
 */
describe('npx astro build', () => {
  const out = mkdtempSync(join(tmpdir(), 'astro-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const built = (path: string) => join(out, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');

  it('writes the pages, the share cards and the search index, and says how long each took', () => {
    const result = spawnSync('astro', ['build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: resolve(minimalFixture), SITE_PAGES_ONLY: '', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(built(documentUrl('report/sample-report')))).toBe(true);
    expect(existsSync(built(termUrl('xue-liang-gong-cheng')))).toBe(true);
    for (const card of [siteCardUrl, documentCardUrl('report/sample-report'), termCardUrl('xue-liang-gong-cheng')]) expect(existsSync(built(card)), card).toBe(true);
    expect(existsSync(built(searchFiles.pagefindScript))).toBe(true);
    expect(readFileSync(built(searchFiles.folding), 'utf8').length).toBeGreaterThan(0);
    const terms = JSON.parse(readFileSync(built(searchFiles.termNames), 'utf8')) as TermNames;
    expect(Object.values(terms)).toContain(termUrl('xue-liang-gong-cheng'));
    for (const step of ['pages', 'cards', 'search-index']) expect(result.stdout).toMatch(new RegExp(`\\[build\\] ${step}: [\\d.]+s`));
  });
});
