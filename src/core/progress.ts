import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * A long step's progress on a terminal: a line every few seconds with done / total and the time left. Nothing at all
 * when standard error is not a terminal (CI logs, the benchmark's logs) or CI is set. Whole lines rather than one
 * line redrawn, since the share cards and the search index run side by side and both report; written straight to
 * file descriptor 2, so it works from a worker thread too, whose process.stderr is no terminal.
 */
export interface Progress {
  /** `done` of the total are finished */
  update(done: number): void;
  /** the step is over: its last line, if it reported at all */
  end(): void;
}

const quiet: Progress = { update: () => undefined, end: () => undefined };

/** How often a step reports at most. */
const intervalMilliseconds = 5000;

/** The time left as a reader says it: 约 40 秒, 约 3 分钟, 约 1 小时 5 分钟. */
export function timeLeft(seconds: number): string {
  if (!Number.isFinite(seconds)) return '估算中';
  if (seconds < 60) return `约 ${Math.max(1, Math.round(seconds))} 秒`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `约 ${minutes} 分钟` : `约 ${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
}

/** One line of progress: `搜索索引：读取页面：1200/10000，剩余约 3 分钟`. */
export function progressText(label: string, done: number, total: number, elapsedSeconds: number): string {
  const left = done > 0 ? (elapsedSeconds / done) * (total - done) : Number.NaN;
  return `${label}：${done}/${total}，剩余${timeLeft(left)}`;
}

export function progressLine(label: string, total: number, terminal = isatty(2) && !process.env.CI): Progress {
  if (!terminal) return quiet;
  const started = performance.now();
  let reported = started;
  let spoke = false;
  const write = (text: string) => {
    try {
      writeSync(2, `${text}\n`);
    } catch {
      // a terminal that went away takes the progress with it, not the build
    }
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - reported < intervalMilliseconds) return;
      reported = now;
      spoke = true;
      write(progressText(label, done, total, (now - started) / 1000));
    },
    end() {
      if (spoke) write(`${label}：${total}/${total}，完成`);
    },
  };
}
