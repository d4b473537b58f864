import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { readContent, type ContentFile } from '../content/content-model.ts';
import type { Catalogue, DocumentEntry, OrganisationEntry, TermEntry, VersionEntry } from '../content/catalogue.ts';
import { collectionSchemas } from '../content/schemas.ts';
import { featureRules } from '../rules.config.ts';

/** An id as Astro's reference() resolves it. */
const reference = <Collection extends string>(collection: Collection) => z.string().transform((id) => ({ id, collection }));

/**
 * A content folder read as the pages read it, without Astro: the content model's files, parsed by the site's own
 * schemas with references resolved to { id, collection } as Astro resolves them. The view builders are tested on
 * real content folders through it.
 */
export function catalogueOf(root: string): Catalogue {
  const model = readContent(root, process.cwd());
  if (model.unreadable.length > 0) throw new Error(`unreadable content: ${model.unreadable.map((file) => file.file).join(', ')}`);
  const schemas = collectionSchemas({ documents: reference('documents'), organisations: reference('organisations') }, featureRules);
  const entry = (file: ContentFile, schema: z.ZodType) => ({
    id: file.id,
    collection: file.collection,
    data: schema.parse(file.data),
    body: file.body,
    filePath: file.file,
    digest: createHash('sha256').update(file.text).digest('hex').slice(0, 16),
  });
  return {
    documents: model.documents.map((file) => entry(file, schemas.documents) as unknown as DocumentEntry),
    organisations: new Map(model.organisations.map((file) => [file.id, entry(file, schemas.organisations) as unknown as OrganisationEntry])),
    terms: model.glossary.map((file) => entry(file, schemas.glossary) as unknown as TermEntry),
    versions: model.versions.map((file) => entry(file, schemas.versions) as unknown as VersionEntry),
  };
}
