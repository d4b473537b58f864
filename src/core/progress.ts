import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * A long step's progress on a terminal: one line rewritten in place with done / total and the time left. Nothing at
 * all when standard error is not a terminal (CI logs, the benchmark's logs) or CI is set. Written straight to file
 * descriptor 2, so it works from a worker thread too, whose process.stderr is no terminal.
 */
export interface Progress {
  /** `done` of the total are finished */
  update(done: number): void;
  /** clears the line */
  end(): void;
}

const quiet: Progress = { update: () => undefined, end: () => undefined };

/** How often the line is redrawn at most. */
const redrawMilliseconds = 500;

export function timeLeft(seconds: number): string {
  if (!Number.isFinite(seconds)) return '估算中';
  if (seconds < 60) return `约 ${Math.max(1, Math.round(seconds))} 秒`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `约 ${minutes} 分钟` : `约 ${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
}

export function progressLine(label: string, total: number): Progress {
  if (!isatty(2) || process.env.CI) return quiet;
  const started = performance.now();
  let drawn = 0;
  const write = (text: string) => {
    try {
      writeSync(2, text);
    } catch {
      // a terminal that went away takes the progress line with it, not the build
    }
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - drawn < redrawMilliseconds && done < total) return;
      drawn = now;
      const elapsed = (now - started) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : Number.NaN;
      write(`\r\x1b[K${label}：${done}/${total}，剩余${timeLeft(left)}`);
    },
    end() {
      write('\r\x1b[K');
    },
  };
}
