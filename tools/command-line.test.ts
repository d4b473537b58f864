import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packageScripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
/** Every `npm run` script that runs one of our own TypeScript files. */
const ownScripts = Object.entries(packageScripts)
  .map(([name, command]) => [name, /^tsx (tools\/\S+\.ts)$/.exec(command)?.[1]] as const)
  .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

function run(file: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('tsx', [file, ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('every script answers --help with its usage', () => {
  it('covers the scripts package.json runs', () => {
    expect(ownScripts.map(([name]) => name)).toEqual(expect.arrayContaining(['build', 'import', 'bench', 'gen-corpus', 'check', 'check:site', 'import:seeds']));
  });

  it.each(ownScripts)('npm run %s -- --help', async (_name, file) => {
    const result = await run(file, ['--help']);
    expect(result.stderr).not.toMatch(/at .+\.ts:\d+|TypeError|ERR_/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^用法：/);
  }, 60_000);

  it('names an unknown option in Chinese, with the usage, instead of a stack trace', async () => {
    const result = await run('tools/corpus/cli.ts', ['--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('不认识的选项 --bogus');
    expect(result.stderr).toContain('用法：npm run gen-corpus');
    expect(result.stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS/);
  });
});
