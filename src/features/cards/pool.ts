import { availableParallelism } from 'node:os';
import { progressLine } from '../../core/progress.ts';
import { WorkerPool } from '../../core/worker-pool.ts';
import { cardText, type CardContent, type CardLanguage } from './layout.ts';
import type { RenderRequest, WorkerData } from './worker.ts';

export interface RenderTask {
  content: CardContent;
  file: string;
}

/** The distinct characters all these cards draw, per script. */
export function batchCharacters(contents: readonly CardContent[]): Record<CardLanguage, string> {
  const sets: Record<CardLanguage, Set<string>> = { 'zh-Hans': new Set(), 'zh-Hant': new Set() };
  for (const content of contents) {
    const text = cardText(content);
    for (const language of ['zh-Hans', 'zh-Hant'] as const) for (const char of text[language]) sets[language].add(char);
  }
  return { 'zh-Hans': [...sets['zh-Hans']].join(''), 'zh-Hant': [...sets['zh-Hant']].join('') };
}

/**
 * Renders cards on worker threads, one per core by default (two on the build machine). Each thread holds at most
 * two cards at a time, so a slow card holds up no more than one other.
 */
export async function renderInParallel(tasks: readonly RenderTask[], threads = availableParallelism()): Promise<void> {
  if (tasks.length === 0) return;
  const workerData: WorkerData = { batchText: batchCharacters(tasks.map((task) => task.content)) };
  const pool = new WorkerPool<RenderRequest, void>(new URL('./worker.ts', import.meta.url), { name: '分享卡片线程', size: Math.min(threads, tasks.length), workerData, perWorker: 2 });
  const failures: string[] = [];
  const progress = progressLine('分享卡片：绘制', tasks.length);
  let done = 0;
  try {
    await Promise.all(
      tasks.map((task) =>
        pool
          .run(task)
          .catch((error: Error) => failures.push(`《${task.content.title}》：${error.message}`))
          .finally(() => progress.update(++done)),
      ),
    );
  } finally {
    progress.end();
    await pool.close();
  }
  if (failures.length > 0) throw new Error(`${failures.length} 张分享卡片生成失败：\n${failures.join('\n')}`);
}
