import { execFileSync } from 'node:child_process';

/** Records per part of the test site's search index (tests/search-parts.test.ts checks it makes several). */
export const testPartSize = '2';

/**
 * Build-level and browser tests check the real built site: build it once, with the
 * bundled content, before they run. SKIP_SITE_BUILD=1 reuses an existing build
 * when iterating on tests. The search index is cut into parts of two records (the
 * bundled content's six documents make three), so every search test runs on an
 * index in parts, as a large site's is.
 */
export default function buildSiteOnce(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEARCH_PART_SIZE: testPartSize } });
}
