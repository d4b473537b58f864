import { defineCollection, reference } from 'astro:content';
import { collectionSchemas } from './content/schemas.ts';
import { mdxContent, yamlContent } from './content/loader/mdx-loader.ts';
import { contentRoot } from './core/content-location.ts';
import { bodyPipeline } from './markdown.config.ts';
import { featureRules } from './rules.config.ts';

/**
 * Astro's entry for the content collections: each collection's loader (the site's content loader, with the body
 * pipeline for MDX and the features' rules) and its schema (src/content/schemas.ts, with Astro's references between
 * entries).
 */
const root = contentRoot();
const schemas = collectionSchemas({ documents: reference('documents'), organisations: reference('organisations') }, featureRules);
const rules = featureRules;

export const collections = {
  documents: defineCollection({ loader: mdxContent({ pattern: '**/*.mdx', base: `${root}/documents`, pipeline: bodyPipeline, rules }), schema: schemas.documents }),
  organisations: defineCollection({ loader: yamlContent({ pattern: '**/*.{yaml,yml}', base: `${root}/organisations`, rules }), schema: schemas.organisations }),
  glossary: defineCollection({ loader: mdxContent({ pattern: '**/*.mdx', base: `${root}/glossary`, pipeline: bodyPipeline, rules }), schema: schemas.glossary }),
  // earlier versions of documents (修订): content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx, the text as it stood from
  // that day until the next version; files, not git history, so a shallow clone builds the same versions
  versions: defineCollection({ loader: mdxContent({ pattern: '**/*.mdx', base: `${root}/versions`, pipeline: bodyPipeline, rules }), schema: schemas.versions }),
};
