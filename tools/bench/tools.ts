/**
 * Tools the benchmark compares against or scores with, installed from npm into a
 * throwaway folder outside the repository (never project dependencies): Astro
 * Starlight at the project's own Astro version, and Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const starlightVersion = '^0.42.4';
export const lighthouseVersion = '^13.5.0';

export function projectAstroVersion(projectRoot: string): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
}

/** Installs (once) and returns the folder whose node_modules holds the tools. */
export function ensureTools(toolsDir: string, astroVersion: string): void {
  const marker = join(toolsDir, 'installed.json');
  const wanted = JSON.stringify({ astroVersion, starlightVersion, lighthouseVersion });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return;
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(
    join(toolsDir, 'package.json'),
    `${JSON.stringify({ name: 'district-bench-tools', private: true, type: 'module', allowScripts: { esbuild: true, sharp: true } }, null, 2)}\n`,
  );
  console.error(`[bench] 安装对比工具到 ${toolsDir}（astro@${astroVersion}、@astrojs/starlight@${starlightVersion}、lighthouse@${lighthouseVersion}）…`);
  const result = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', `astro@${astroVersion}`, `@astrojs/starlight@${starlightVersion}`, `lighthouse@${lighthouseVersion}`, 'sharp'],
    { cwd: toolsDir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`npm install 失败（退出码 ${result.status}）：无法安装 Starlight 和 Lighthouse 做对比。`);
  writeFileSync(marker, wanted);
}
