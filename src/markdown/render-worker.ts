/** A render worker: renders the bodies the loader sends it, one message per file (see render-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { createBodyRenderer, type RenderSettings } from './body-renderer.ts';

export interface RenderRequest {
  id: number;
  path: string;
  data: Record<string, unknown>;
}

const render = await createBodyRenderer((workerData as { settings: RenderSettings }).settings);
parentPort!.on('message', async (request: RenderRequest) => {
  parentPort!.postMessage({ id: request.id, result: await render(request.path, request.data) });
});
