/** A render worker: renders the bodies the loader sends it, one message per file (see render-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { createBodyRenderer } from './body-renderer.ts';

export interface RenderRequest {
  id: number;
  path: string;
  data: Record<string, unknown>;
}

const render = createBodyRenderer();
parentPort!.on('message', async (request: RenderRequest) => {
  parentPort!.postMessage({ id: request.id, result: await render(request.path, request.data) });
});
