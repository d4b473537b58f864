import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMeasured } from './measure-process.ts';

describe('runMeasured', () => {
  it.runIf(process.platform === 'linux')('finds the peak of a child process and names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-'));
    try {
      // a shell whose child holds 300 MB for a moment: the peak is the child's, not the shell's
      const script = 'const held = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(held.length), 600);';
      const run = await runMeasured('sh', ['-c', `"${process.execPath}" -e "${script}"`], { cwd: dir, logFile: join(dir, 'log') });
      expect(run.exitCode).toBe(0);
      expect(run.lines).toContain(String(300 * 1024 * 1024));
      expect(run.peakBytes).toBeGreaterThan(300 * 1024 * 1024);
      expect(run.largestProcess?.name).toBe('node');
      expect(run.largestProcess!.bytes).toBeGreaterThan(300 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
