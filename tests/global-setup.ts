import { execFileSync } from 'node:child_process';

/**
 * Build-level and browser tests check the real built site: build it once, with the
 * bundled content, before they run. SKIP_SITE_BUILD=1 reuses an existing build
 * when iterating on tests.
 */
export default function buildSiteOnce(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
