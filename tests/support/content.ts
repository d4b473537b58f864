import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';

export const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

/** Front matter as staff wrote it; the JSON schema keeps dates as the strings they were written as. */
export function readFrontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return yaml.load(match[1]!, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
}

export interface ContentDocument {
  id: string;
  file: string;
  data: Record<string, unknown> & { title: string; kind: string; language: string; date: string; publisher: string };
  body: string;
}

export function contentDocuments(): ContentDocument[] {
  const dir = join(contentDir, 'documents');
  return filesUnder(dir, '.mdx').map((file) => ({
    id: relative(dir, file).replace(/\.mdx$/, ''),
    file,
    data: readFrontMatter(file) as ContentDocument['data'],
    body: readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
  }));
}

export function contentTerms(): { id: string; file: string; data: Record<string, unknown> & { term: string; aliases?: string[] } }[] {
  const dir = join(contentDir, 'glossary');
  return filesUnder(dir, '.mdx').map((file) => ({
    id: relative(dir, file).replace(/\.mdx$/, ''),
    file,
    data: readFrontMatter(file) as { term: string; aliases?: string[] },
  }));
}
