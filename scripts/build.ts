/**
 * Builds the whole site in order: content check, pages (Astro), then what is made
 * from the built pages (share cards, search index). Each step prints its time and peak memory so
 * the benchmark can read them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The site is built into a fresh folder beside the target and swapped in only
 * when every step has succeeded: a failed build leaves the site that was there
 * untouched. SITE_BUILD_DIR names the target (default dist/).
 */
const target = resolve(process.env.SITE_BUILD_DIR ?? 'dist');
const staging = `${target}.next`;
const previous = `${target}.old`;

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const steps: Step[] = [
  // content errors stop the build before anything is made, with the file, line and fix (schemas are checked by astro build itself)
  // (the bodies' own errors, such as an unknown [[名词]], come from the content loader in the next step, in the same words)
  { name: 'check', command: 'tsx', args: ['scripts/check.ts', '--no-sync', '--no-compile'] },
  // bodies are rendered when the content is read and cached per content folder (src/markdown/mdx-loader.ts)
  { name: 'pages', command: 'astro', args: ['build', '--outDir', staging] },
  // share cards read the built pages' meta tags; cached in .cache/cards, rendered on every core
  { name: 'cards', command: 'tsx', args: ['scripts/build-cards.ts', staging] },
  // our own tokens (Simplified/Traditional folded, bigrams) as Pagefind custom records
  { name: 'search-index', command: 'tsx', args: ['scripts/build-search-index.ts'], env: { SITE_BUILD_DIR: staging } },
];

rmSync(staging, { recursive: true, force: true });
for (const step of steps) {
  const started = performance.now();
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`构建失败：步骤“${step.name}”出错（退出码 ${result.status ?? result.signal}）。原有网站保持不变，未生成新的网站。`);
    process.exit(1);
  }
  console.log(`[build] ${step.name}: ${seconds}s`);
}

// swap: the old site stays whole until the new one is complete
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`[build] 网站已生成：${target}`);
