import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built site the build-level and browser tests read (built once by tests/global-setup.ts). */
export const distDir = resolve(process.env.SITE_DIST ?? 'dist');

export function readBuilt(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}
