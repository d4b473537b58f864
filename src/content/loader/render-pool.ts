import { availableParallelism } from 'node:os';
import { WorkerPool } from '../../core/worker-pool.ts';
import type { BodyPipeline, BodyResult } from './body-renderer.ts';
import type { RenderRequest, RenderWorkerData } from './render-worker.ts';

/**
 * Worker threads that render bodies while the loader's own thread reads files, validates data and fills the store:
 * Astro runs a content loader on one thread, and rendering is most of its work. Each thread loads the body pipeline
 * from its module. A body the pool cannot render (a thread died, the pool is closed) comes back as a failure with
 * the reason, like any body that cannot be rendered.
 */
export class RenderPool {
  readonly #pool: WorkerPool<RenderRequest, BodyResult>;

  constructor(pipeline: Pick<BodyPipeline, 'module'>, size = availableParallelism()) {
    const workerData: RenderWorkerData = { pipeline: pipeline.module };
    this.#pool = new WorkerPool(new URL('./render-worker.ts', import.meta.url), { name: '正文渲染线程', size, workerData });
  }

  render(path: string, data: Record<string, unknown>): Promise<BodyResult> {
    return this.#pool.run({ path, data }).catch((error: Error) => ({ failure: error.message }));
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
