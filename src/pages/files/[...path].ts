import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { contentRoot } from '../../core/content-location.ts';
import { filesFolderName, publishedFiles } from '../../content/document-files.ts';

/** A document's attachments and images (content/files/…), published as they are, byte for byte. */
export function getStaticPaths() {
  return publishedFiles(contentRoot()).map((path) => ({ params: { path } }));
}

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(contentRoot(), filesFolderName, params.path!)));
