import type { APIRoute } from 'astro';
import { buildData } from '../../views/build-data.ts';
import { atomResponse, documentsFeed } from '../../views/feeds.ts';

/** /feeds/documents.xml: every document, newest news first. */
export const GET: APIRoute = async () => {
  const { catalogue, timelines } = await buildData();
  return atomResponse(documentsFeed(catalogue, timelines));
};
