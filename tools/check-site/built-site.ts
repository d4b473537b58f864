import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/core/files.ts';
import type { BuiltFile } from '../../src/features/security/site-safety.ts';

/** A built site as the gates read it: every page's HTML, and every file's path (to tell the site's own scripts and assets). */
export function readBuiltSite(dir: string): { files: BuiltFile[]; all: Set<string> } {
  const all = new Set(filesUnder(dir));
  const files = [...all].filter((path) => path.endsWith('.html')).map((path) => ({ path, html: readFileSync(join(dir, path), 'utf8') }));
  return { files, all };
}
