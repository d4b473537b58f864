import { contentRoot } from '../../src/core/content-location.ts';
import { readContent } from '../../src/content/content-model.ts';

/** The content the site under test was built from, read as `npm run check` reads it (dates as written). */
export const contentDir = contentRoot();
const model = () => readContent(contentDir, process.cwd());

export interface ContentDocument {
  id: string;
  file: string;
  data: Record<string, unknown> & { title: string; kind: string; language: string; date: string; publisher: string };
  body: string;
}

export function contentDocuments(): ContentDocument[] {
  return model().documents.map((entry) => ({ id: entry.id, file: entry.absolutePath, data: entry.data as ContentDocument['data'], body: entry.body }));
}

export function contentTerms(): { id: string; file: string; data: Record<string, unknown> & { term: string; aliases?: string[] } }[] {
  return model().glossary.map((entry) => ({ id: entry.id, file: entry.absolutePath, data: entry.data as { term: string; aliases?: string[] } }));
}
