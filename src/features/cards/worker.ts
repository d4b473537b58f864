import { writeFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { serveRequests } from '../../core/worker-pool.ts';
import type { CardContent, CardLanguage } from './layout.ts';
import { prepareFonts, renderCard } from './render.ts';

/** One card-rendering thread: fonts are read once here, then each request is one card. */
export interface RenderRequest {
  content: CardContent;
  /** where to write the PNG (the cache file) */
  file: string;
}

/** every character of every card this run renders, per script (see prepareFonts) */
export interface WorkerData {
  batchText: Record<CardLanguage, string>;
}

// one thread per card worker: the workers already fill the cores, and libvips' own threads would only contend with them
sharp.concurrency(1);

const ready = prepareFonts((workerData as WorkerData).batchText);

serveRequests(async (request: RenderRequest) => {
  await ready;
  await writeFile(request.file, await renderCard(request.content));
});
