import { availableParallelism } from 'node:os';
import { WorkerPool } from '../core/worker-pool.ts';
import type { BodyResult } from './body-renderer.ts';
import type { RenderRequest } from './render-worker.ts';

/**
 * Worker threads that render bodies while the loader's own thread reads files, validates data and fills the store:
 * Astro runs a content loader on one thread, and rendering is most of its work. A body the pool cannot render (a
 * thread died, the pool is closed) comes back as a failure with the reason, like any body that cannot be rendered.
 */
export class RenderPool {
  readonly #pool: WorkerPool<RenderRequest, BodyResult>;

  constructor(size = availableParallelism()) {
    this.#pool = new WorkerPool(new URL('./render-worker.ts', import.meta.url), { name: '正文渲染线程', size });
  }

  render(path: string, data: Record<string, unknown>): Promise<BodyResult> {
    return this.#pool.run({ path, data }).catch((error: Error) => ({ failure: error.message }));
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
