import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the last build saw: its day and the documents then no longer in force. Kept with the content folder's caches. */
export interface LapseState {
  day: string;
  lapsed: string[];
}

export interface LapsedNow {
  id: string;
  file: string;
  title: string;
  /** 有效期至2023年12月31日，已届满 · 已废止：已被…替代 */
  reason: string;
}

export const lapseStateFile = 'validity-state.json';

function readState(path: string): LapseState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as LapseState;
    return typeof state.day === 'string' && Array.isArray(state.lapsed) ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lines a build prints about documents that stopped being in force since the last build (an expired 有效期
 * needs no edit: the daily rebuild finds it), and the state it leaves for the next one. Written only after a build
 * succeeded, so a failed build never swallows the news.
 */
export function lapseReport(cacheDir: string, day: string, lapsedNow: readonly LapsedNow[]): string[] {
  const path = join(cacheDir, lapseStateFile);
  const before = readState(path);
  const lines: string[] = [];
  if (before) {
    const known = new Set(before.lapsed);
    const fresh = lapsedNow.filter((doc) => !known.has(doc.id));
    if (fresh.length > 0) {
      lines.push(`[build] 自上次构建（${before.day}）以来，${fresh.length} 份文件不再有效（按 ${day} 判断）：`);
      for (const doc of fresh) lines.push(`  ${doc.file}  《${doc.title}》：${doc.reason}`);
    } else lines.push(`[build] 自上次构建（${before.day}）以来，没有文件失效或废止（按 ${day} 判断）。`);
  } else lines.push(`[build] 已记录各文件的有效性（按 ${day} 判断，${lapsedNow.length} 份已失效或废止）；下次构建将列出此后失效的文件。`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ day, lapsed: lapsedNow.map((doc) => doc.id).sort() } satisfies LapseState)}\n`);
  return lines;
}
