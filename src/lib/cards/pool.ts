import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardText, type CardContent, type CardLanguage } from './layout.ts';
import type { RenderReply, RenderRequest, WorkerData } from './worker.ts';

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
 * Renders cards on worker threads, one per core by default (two on the build machine).
 * Each worker takes the next card as soon as it is free, so a slow card holds up no one.
 */
export async function renderInParallel(tasks: readonly RenderTask[], threads = availableParallelism()): Promise<void> {
  if (tasks.length === 0) return;
  const count = Math.max(1, Math.min(threads, tasks.length));
  let next = 0;
  const failures: string[] = [];
  const batchText = batchCharacters(tasks.map((task) => task.content));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: { batchText } satisfies WorkerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const id = next++;
              worker.postMessage({ id, content: tasks[id]!.content, file: tasks[id]!.file } satisfies RenderRequest);
            };
            worker.on('message', (reply: RenderReply) => {
              if (reply.error) failures.push(`《${tasks[reply.id]!.content.title}》：${reply.error}`);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`分享卡片线程意外退出（退出码 ${code}）`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failures.length > 0) throw new Error(`${failures.length} 张分享卡片生成失败：\n${failures.join('\n')}`);
}
