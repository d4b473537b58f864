import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { contentCacheDir } from '../core/content-location.ts';

/** An entry whose body the content loader rendered: its collection, its id and the digest the loader gave it. */
export interface BodyEntry {
  collection: string;
  id: string;
  digest?: string | number | undefined;
}

/** What rendering a body learnt besides its HTML: its headings (for the table of contents) and the plugins' records. */
export interface BodyFacts {
  headings: MarkdownHeading[];
  /** what the body plugins recorded while rendering (src/core/render-record.ts reads them) */
  records: Record<string, unknown>;
}

/**
 * The rendered bodies, kept beside Astro's content store rather than in it: one HTML file and one facts file per
 * body, named by the entry's digest (which covers the file, the glossary and the code), in the content folder's
 * cache. Astro bundles its whole store into one module of the build: with the bodies in it, 30,000 documents took
 * that module past the longest string V8 can hold, and every build loaded every body to copy pages it did not
 * render. The content loader writes here (src/content/loader/mdx-loader.ts); the pages read a body when they render it.
 */
export function bodyFolder(collection: string): string {
  return join(resolve(contentCacheDir()), 'bodies', collection);
}

const htmlFile = (folder: string, digest: string) => join(folder, `${digest}.html`);
const factsFile = (folder: string, digest: string) => join(folder, `${digest}.json`);

/** Keeps one body, each file written whole (beside its name, then renamed): a build stopped midway leaves no half body. */
export function keepBody(entry: BodyEntry, html: string, facts: BodyFacts): void {
  const folder = bodyFolder(entry.collection);
  const digest = digestOf(entry);
  mkdirSync(folder, { recursive: true });
  writeWhole(htmlFile(folder, digest), html);
  writeWhole(factsFile(folder, digest), JSON.stringify(facts));
}

function writeWhole(path: string, text: string): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

/** Whether the entry's body is kept (a cache emptied by hand, a build stopped before it wrote the body). */
export function hasBody(entry: BodyEntry): boolean {
  const folder = bodyFolder(entry.collection);
  const digest = digestText(entry);
  return digest !== undefined && existsSync(htmlFile(folder, digest)) && existsSync(factsFile(folder, digest));
}

/** Removes every kept body of the collection but those of the entries given: the files as they are now. */
export function dropOtherBodies(collection: string, entries: Iterable<Pick<BodyEntry, 'digest'>>): void {
  const folder = bodyFolder(collection);
  if (!existsSync(folder)) return;
  const digests = new Set([...entries].map(digestText));
  for (const name of readdirSync(folder)) {
    if (!digests.has(name.replace(/\.(html|json)$/, ''))) rmSync(join(folder, name), { force: true });
  }
}

/** The HTML of an entry's body, as the content loader rendered and sanitised it. */
export async function bodyHtml(entry: BodyEntry): Promise<string> {
  return readFile(htmlFile(bodyFolder(entry.collection), digestOf(entry)), 'utf8').catch(() => missing(entry));
}

/**
 * What rendering the entry's body learnt: its headings and the plugins' records. Read synchronously: the pages read
 * every document's records in one go (the task ledger, the glossary's usage), and 30,000 reads in flight together
 * run out of file handles.
 */
export function bodyFacts(entry: BodyEntry): BodyFacts {
  let text: string;
  try {
    text = readFileSync(factsFile(bodyFolder(entry.collection), digestOf(entry)), 'utf8');
  } catch {
    return missing(entry);
  }
  return JSON.parse(text) as BodyFacts;
}

/** The digest as the files are named, if the entry has one. */
function digestText(entry: Pick<BodyEntry, 'digest'>): string | undefined {
  return entry.digest === undefined || entry.digest === '' ? undefined : String(entry.digest);
}

function digestOf(entry: BodyEntry): string {
  return digestText(entry) ?? missing(entry);
}

function missing(entry: BodyEntry): never {
  throw new Error(`找不到 ${entry.collection}/${entry.id} 的正文：内容缓存不完整。请删除 ${contentCacheDir()} 后重新构建。`);
}
