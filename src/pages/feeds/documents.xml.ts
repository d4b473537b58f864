import type { APIRoute } from 'astro';
import { documentsFeed } from './_feeds.ts';

/** /feeds/documents.xml: every document, newest news first. */
export const GET: APIRoute = () => documentsFeed();
