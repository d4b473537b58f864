import type { APIRoute } from 'astro';
import { documentsFeed } from '../../features/meta/feeds.ts';

/** /feeds/documents.xml: every document, newest news first. */
export const GET: APIRoute = () => documentsFeed();
