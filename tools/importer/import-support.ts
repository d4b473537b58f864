import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCollection } from '../../src/content/content-model.ts';
import { documentFilesDir } from '../../src/content/document-files.ts';
import type { ImportResult } from './import-document.ts';

/** The organisations staff have defined, read as the site reads them, so a 发布机构 name in the text can be matched to its file. */
export function loadOrganisations(contentDir: string): { id: string; name: string; shortName?: string }[] {
  return readCollection(resolve(contentDir), process.cwd(), 'organisations').map(({ id, data }) => ({
    id,
    name: String(data['name']),
    ...(typeof data['shortName'] === 'string' ? { shortName: data['shortName'] } : {}),
  }));
}

/** Where an import's files go under a content folder: the document, its glossary terms, its own files (images, attachments). */
export function importedFiles(result: ImportResult & { files?: { name: string; bytes: Uint8Array }[] }, contentDir: string): { path: string; text: string | Uint8Array }[] {
  return [
    { path: join(contentDir, 'documents', `${result.id}.mdx`), text: result.mdx },
    ...result.terms.map((term) => ({ path: join(contentDir, 'glossary', `${term.slug}.mdx`), text: term.mdx })),
    ...(result.files ?? []).map((file) => ({ path: join(documentFilesDir(contentDir, result.id), file.name), text: file.bytes })),
  ];
}

/** Writes the files; refuses to replace existing ones unless told to, so no edit is lost. */
export function writeImport(files: { path: string; text: string | Uint8Array }[], force: boolean): void {
  const existing = files.filter((file) => existsSync(file.path));
  if (existing.length > 0 && !force) {
    throw new Error(`以下文件已存在，未作任何改动（确认要覆盖时加 --force）：\n${existing.map((file) => `  ${file.path}`).join('\n')}`);
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
  }
}
