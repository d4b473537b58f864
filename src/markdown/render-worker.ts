/** A render worker: renders the bodies the loader sends it, one request per file (see render-pool.ts). */
import { serveRequests } from '../core/worker-pool.ts';
import { createBodyRenderer } from './body-renderer.ts';

export interface RenderRequest {
  path: string;
  data: Record<string, unknown>;
}

const render = createBodyRenderer();
serveRequests((request: RenderRequest) => render(request.path, request.data));
