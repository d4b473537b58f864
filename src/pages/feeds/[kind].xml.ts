import type { APIRoute, GetStaticPaths } from 'astro';
import { documentKinds, type DocumentKind } from '../../core/kinds.ts';
import { buildData } from '../../views/build-data.ts';
import { atomResponse, documentsFeed } from '../../views/feeds.ts';

/** /feeds/<kind>.xml: one feed per kind of document (a kind with no documents yet still has an empty, valid feed). */
export const getStaticPaths: GetStaticPaths = () => documentKinds.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params }) => {
  const { catalogue, timelines } = await buildData();
  return atomResponse(documentsFeed(catalogue, timelines, params.kind as DocumentKind));
};
