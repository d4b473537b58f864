/** A render thread: loads the body pipeline, then renders the bodies the loader sends it, one request per file (render-pool.ts). */
import { workerData } from 'node:worker_threads';
import { serveRequests } from '../../core/worker-pool.ts';
import { createBodyRenderer, type BodyPipeline } from './body-renderer.ts';

export interface RenderRequest {
  path: string;
  data: Record<string, unknown>;
}

export interface RenderWorkerData {
  /** the module that exports `bodyPipeline` (src/markdown.config.ts) */
  pipeline: string;
}

const render = import((workerData as RenderWorkerData).pipeline).then(({ bodyPipeline }: { bodyPipeline: BodyPipeline }) => createBodyRenderer(bodyPipeline));
serveRequests(async (request: RenderRequest) => (await render)(request.path, request.data));
