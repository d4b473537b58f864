import { register } from 'node:module';
import type { z } from 'astro/zod';
import type { ContentFile } from './content-model.ts';

export type ContentSchemas = Record<ContentFile['collection'], z.ZodType>;

/**
 * The collections' schemas from src/content.config.ts, read outside Astro (the content check runs without it):
 * `astro:content` resolves to a small stand-in (astro-content-shim/), everything else is the site's own code.
 */
export async function loadContentSchemas(): Promise<ContentSchemas> {
  register('./astro-content-shim/hooks.mjs', import.meta.url);
  const { collections } = (await import('../../content.config.ts')) as unknown as { collections: Record<string, { schema: z.ZodType }> };
  return { documents: collections['documents']!.schema, glossary: collections['glossary']!.schema, organisations: collections['organisations']!.schema, versions: collections['versions']!.schema };
}
