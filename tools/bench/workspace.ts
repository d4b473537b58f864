/**
 * A private copy of the project to build in. Astro keeps per-project state in
 * .astro/ and node_modules/.astro (content store, module list), and the build writes
 * dist/: two builds of different content in one folder would overwrite each other's.
 * The copy shares the installed packages through links, not its caches.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../../src/core/files.ts';

/** Never copied: installed packages, outputs, caches, generated corpora. */
const skipped = /^(node_modules|dist|corpus|\.git|\.astro|\.cache|\.dist-[^/]*)(\/|$)/;
/** Never linked: caches a build writes inside node_modules. */
const privateCaches = new Set(['.astro', '.vite', '.cache']);

function projectFiles(root: string): string[] {
  try {
    // tracked and new files, without what .gitignore leaves out
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return listed.split('\0').filter((path) => path && !skipped.test(path) && existsSync(join(root, path)));
  } catch {
    return filesUnder(root, (path) => !skipped.test(path));
  }
}

export function makeWorkspace(projectRoot: string, workspace: string): void {
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  for (const path of projectFiles(projectRoot)) {
    const target = join(workspace, path);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(projectRoot, path), target, { recursive: true });
  }
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(workspace, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(modules)) {
    if (privateCaches.has(entry)) continue;
    symlinkSync(join(modules, entry), join(workspace, 'node_modules', entry));
  }
}
