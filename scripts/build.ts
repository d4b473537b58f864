/**
 * Builds the whole site in order: pages (Astro), then what is made from the built
 * pages (share cards, search index). Each step prints its time and peak memory so
 * the benchmark can read them.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
}

const steps: Step[] = [
  { name: 'pages', command: 'astro', args: ['build'] },
  // share cards read the built pages' meta tags; cached in .cache/cards, rendered on every core
  { name: 'cards', command: 'tsx', args: ['scripts/build-cards.ts', 'dist'] },
  // our own tokens (Simplified/Traditional folded, bigrams) as Pagefind custom records
  { name: 'search-index', command: 'tsx', args: ['scripts/build-search-index.ts'] },
];

for (const step of steps) {
  const started = performance.now();
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`构建失败：步骤“${step.name}”出错（退出码 ${result.status ?? result.signal}），未生成新的网站。`);
    process.exit(1);
  }
  console.log(`[build] ${step.name}: ${seconds}s`);
}
