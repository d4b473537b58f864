import { serveRequests } from '../../core/worker-pool.ts';
import { buildSearchIndex, type SearchIndexResult } from './build-index.ts';

/** Where the index step reads the built site and keeps its records. */
export interface IndexRequest {
  siteDir: string;
  cacheDir: string;
  partSize: number;
}

/**
 * The index step on a thread of its own (integration.ts): reading and tokenising every built page is the step's own
 * work, and on Astro's thread it would wait on the share cards' reading of the same pages, and they on it.
 */
serveRequests<IndexRequest, SearchIndexResult>((request) => buildSearchIndex(request.siteDir, { cacheDir: request.cacheDir, partSize: request.partSize }));
