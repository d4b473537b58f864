import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const minimalFixture = resolve('tests/fixtures/minimal');

/** A throwaway copy of a content fixture that a test may break on purpose. */
export function copyFixture(source = minimalFixture): { dir: string; edit(path: string, change: (text: string) => string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(source, dir, { recursive: true });
  return {
    dir,
    edit(path, change) {
      const file = join(dir, path);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `astro sync` (schema validation, no page rendering) against a content folder. */
export function syncContent(contentDir: string): { status: number | null; output: string } {
  const result = spawnSync('astro', ['sync'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Builds the pages (no cards or search index: SITE_PAGES_ONLY) of a content folder into outDir.
 * By default --force clears the folder's content cache first; `{ cached: true }`
 * builds as `npm run build` does, reusing what the last build of the folder rendered.
 */
export function buildPages(contentDir: string, outDir: string, options: { cached?: boolean } = {}): { status: number | null; output: string } {
  const result = spawnSync('astro', ['build', ...(options.cached ? [] : ['--force']), '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_PAGES_ONLY: '1', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
