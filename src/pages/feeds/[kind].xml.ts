import type { APIRoute, GetStaticPaths } from 'astro';
import { documentKinds, type DocumentKind } from '../../core/kinds.ts';
import { documentsFeed } from '../../features/meta/feeds.ts';

/** /feeds/<kind>.xml: one feed per kind of document (a kind with no documents yet still has an empty, valid feed). */
export const getStaticPaths: GetStaticPaths = () => documentKinds.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = ({ params }) => documentsFeed(params.kind as DocumentKind);
