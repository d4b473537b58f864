import { writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { CardContent, CardLanguage } from './layout.ts';
import { prepareFonts, renderCard } from './render.ts';

/** One card-rendering thread: fonts are read once here, then each message is one card. */
export interface RenderRequest {
  id: number;
  content: CardContent;
  /** where to write the PNG (the cache file) */
  file: string;
}
export interface RenderReply {
  id: number;
  error?: string;
}

/** every character of every card this run renders, per script (see prepareFonts) */
export interface WorkerData {
  batchText: Record<CardLanguage, string>;
}

// one thread per card worker: the workers already fill the cores, and libvips' own threads would only contend with them
sharp.concurrency(1);

const ready = prepareFonts((workerData as WorkerData).batchText);

parentPort!.on('message', async (request: RenderRequest) => {
  try {
    await ready;
    await writeFile(request.file, await renderCard(request.content));
    parentPort!.postMessage({ id: request.id } satisfies RenderReply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply);
  }
});
