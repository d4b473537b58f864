import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../tools/bench/workspace.ts';

/**
 * The content cache is keyed by the code that reads content (src/core/fingerprint.ts), found from its imports, not
 * from a list kept by hand. Here a module two imports away from the schemas (core/dates.ts, through
 * content/schemas.ts) is changed to reject every date, in a private copy of the project: the warm build, with every
 * entry cached, must refuse the content exactly as a cold build does.
 */
describe('a warm build after a change to the code the schemas use', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'warm-build-'));
  makeWorkspace(process.cwd(), workspace);
  const content = join(workspace, 'fixture-content');
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  const build = (...args: string[]) => {
    const result = spawnSync('astro', ['build', ...args, '--outDir', join(workspace, 'out')], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, SITE_PAGES_ONLY: '1', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    // what the build said about the content: each finding's file, line and message
    const findings = output.split('\n').filter((line) => /^fixture-content\/\S+:\d+ /.test(line.trim())).map((line) => line.trim()).sort();
    return { status: result.status, output, findings };
  };

  it('fails like the cold build, naming the same files, lines and messages', () => {
    const first = build();
    expect(first.status, first.output).toBe(0);
    const unchanged = build();
    expect(unchanged.status, unchanged.output).toBe(0);

    const dates = join(workspace, 'src/core/dates.ts');
    const changed = readFileSync(dates, 'utf8').replace(/export function isRealIsoDate\(value: string\): boolean \{/, '$&\n  if (value) return false;');
    expect(changed).not.toBe(readFileSync(dates, 'utf8'));
    writeFileSync(dates, changed);

    const warm = build();
    const cold = build('--force');
    expect(cold.status).not.toBe(0);
    expect(cold.findings.length, cold.output).toBeGreaterThan(0);
    expect(cold.findings.join('\n')).toContain('不是真实存在的日期');
    expect(warm.status, warm.output).not.toBe(0);
    expect(warm.findings).toEqual(cold.findings);
  });
});
