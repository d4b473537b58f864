/**
 * Runs a command and measures its wall time and peak memory, children included.
 * /usr/bin/time is not on every machine, and Node's resourceUsage() sees only its
 * own process, so the process tree is polled in /proc (Linux). Elsewhere memory is
 * reported as unknown.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface MeasuredRun {
  seconds: number;
  exitCode: number | null;
  /** highest sum of resident memory over the process tree at one moment, or of one process's own peak */
  peakBytes: number | null;
  /** the process that held the most memory at its own peak, by program name: who the peak is */
  largestProcess: { name: string; bytes: number } | null;
  /** output lines (stdout and stderr), also written to the log file */
  lines: string[];
}

function readKilobytes(file: string, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** the program a process runs (Node renames its main thread, so /proc/PID/comm would say "MainThread") */
function processName(pid: number): string | undefined {
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return program ? basename(program) : undefined;
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone already
  }
  return children;
}

function treeOf(root: number): number[] {
  const pids: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    pids.push(pid);
    queue.push(...childrenOf(pid));
  }
  return pids;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; pollMs?: number; onLine?: (line: string) => void },
): Promise<MeasuredRun> {
  const canPoll = existsSync('/proc/self/task');
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let peak = 0;
  let largest: { name: string; bytes: number } | null = null;
  const sample = () => {
    if (!child.pid) return;
    let sum = 0;
    for (const pid of treeOf(child.pid)) {
      sum += readKilobytes(`/proc/${pid}/status`, 'VmRSS');
      // VmHWM catches a single process's peak that fell between two samples
      const own = readKilobytes(`/proc/${pid}/status`, 'VmHWM');
      peak = Math.max(peak, own);
      if (own > (largest?.bytes ?? 0)) largest = { name: processName(pid) ?? largest?.name ?? '?', bytes: own };
    }
    peak = Math.max(peak, sum);
  };
  const timer = canPoll ? setInterval(sample, options.pollMs ?? 200) : undefined;
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk);
      const text = rest + chunk.toString('utf8');
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        options.onLine?.(line);
      }
    });
    stream.on('end', () => {
      if (rest) lines.push(rest);
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      if (timer) clearInterval(timer);
      log.end();
      resolve({ seconds: (performance.now() - started) / 1000, exitCode, peakBytes: canPoll ? peak : null, largestProcess: largest, lines });
    });
  });
}

/** `[build] pages: 12.3s` lines from the orchestrator, by step name. */
export function buildSteps(lines: readonly string[]): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const line of lines) {
    // eslint-disable-next-line no-control-regex
    const match = /^\[build\] ([\w-]+): ([\d.]+)s\b/.exec(line.replace(/\x1b\[[0-9;]*m/g, '').trim());
    if (match) steps[match[1]!] = Number(match[2]);
  }
  return steps;
}
