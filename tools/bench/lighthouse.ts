/**
 * Lighthouse (npm package, from the tools folder) against Debian's Chromium and a
 * page on localhost; nothing leaves the machine.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../browser/browser.ts';

export interface LighthouseScores {
  scores: Record<string, number>;
  /** audits that lost points, for the "why" */
  failing: string[];
}

export async function runLighthouse(toolsDir: string, url: string, outFile: string): Promise<LighthouseScores | { error: string }> {
  rmSync(outFile, { force: true });
  // asynchronous on purpose: the page is served by this same process, which must stay free to answer
  const run = promisify(execFile);
  try {
    await run(
      // Lighthouse needs Node ≥ 22.19: run it on the Node this benchmark runs on (the project's)
      process.execPath,
      [
        join(toolsDir, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outFile}`,
        // the headless mode Lighthouse is made for, and /dev/shm left alone in small containers
        `--chrome-flags=${[...chromiumArgs.filter((flag) => flag !== '--headless'), '--headless=new', '--disable-dev-shm-usage'].join(' ')}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8', timeout: 180_000 },
    );
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    return { error: (failure.stderr || failure.message).trim().split('\n').slice(-3).join(' ') };
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
  const scores: Record<string, number> = {};
  const failing: string[] = [];
  for (const [id, category] of Object.entries(report.categories)) {
    scores[id] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${id}/${ref.id}`);
    }
  }
  return { scores, failing };
}
