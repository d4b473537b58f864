import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BodyResult } from './body-renderer.ts';
import type { RenderRequest } from './render-worker.ts';

/**
 * Worker threads that render bodies while the loader's own thread reads files, validates data and fills the store:
 * Astro runs a content loader on one thread, and rendering is most of its work. Each request goes to the worker with
 * the fewest waiting.
 */
export class RenderPool {
  readonly #workers: { worker: Worker; waiting: number }[];
  readonly #pending = new Map<number, (result: BodyResult) => void>();
  #next = 0;
  /** why the pool can render no more: a worker that dies is not replaced, and nothing may wait on it for ever */
  #broken: string | undefined;

  constructor(size = availableParallelism()) {
    this.#workers = Array.from({ length: Math.max(1, size) }, () => {
      const slot = { worker: new Worker(new URL('./render-worker.ts', import.meta.url)), waiting: 0 };
      slot.worker.on('message', ({ id, result }: { id: number; result: BodyResult }) => {
        slot.waiting -= 1;
        this.#pending.get(id)?.(result);
        this.#pending.delete(id);
      });
      const stop = (reason: string) => {
        // a worker that dies takes its bodies with it: they, and every body after them, fail with the reason
        this.#broken ??= `正文渲染线程出错：${reason}`;
        for (const settle of this.#pending.values()) settle({ failure: this.#broken });
        this.#pending.clear();
      };
      slot.worker.on('error', (error) => stop(error.message));
      slot.worker.on('exit', (code) => stop(`线程意外退出（退出码 ${code}）`));
      return slot;
    });
  }

  render(path: string, data: Record<string, unknown>): Promise<BodyResult> {
    if (this.#broken) return Promise.resolve({ failure: this.#broken });
    const slot = this.#workers.reduce((best, candidate) => (candidate.waiting < best.waiting ? candidate : best));
    const id = this.#next++;
    slot.waiting += 1;
    return new Promise((settle) => {
      this.#pending.set(id, settle);
      slot.worker.postMessage({ id, path, data } satisfies RenderRequest);
    });
  }

  async close(): Promise<void> {
    this.#broken = '渲染线程已关闭';
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}
