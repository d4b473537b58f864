import { defineCollection, reference } from 'astro:content';
import { collectionSchemas } from './content/schemas.ts';
import { mdxContent, yamlContent } from './content/loader/mdx-loader.ts';
import { contentRoot } from './core/content-location.ts';
import { bodyPipeline } from './markdown.config.ts';

/**
 * Astro's entry for the content collections: each collection's loader (the site's content loader, with the body
 * pipeline for MDX) and its schema (src/content/schemas.ts, with Astro's references between entries).
 */
const root = contentRoot();
const schemas = collectionSchemas({ documents: reference('documents'), organisations: reference('organisations') });

export const collections = {
  documents: defineCollection({ loader: mdxContent({ pattern: '**/*.mdx', base: `${root}/documents`, pipeline: bodyPipeline }), schema: schemas.documents }),
  organisations: defineCollection({ loader: yamlContent({ pattern: '**/*.{yaml,yml}', base: `${root}/organisations` }), schema: schemas.organisations }),
  glossary: defineCollection({ loader: mdxContent({ pattern: '**/*.mdx', base: `${root}/glossary`, pipeline: bodyPipeline }), schema: schemas.glossary }),
};
