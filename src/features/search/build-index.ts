/**
 * The index step: reads the built pages and gives Pagefind one custom record per document, term and organisation
 * (its first page, with its tasks), whose words are our own tokens (tokens.ts), then writes beside the index what
 * the search page needs (contract.ts): the folding data, the names of terms and organisations, each page's own text
 * in pieces for excerpts (text-chunks.ts), and the parts of the index (parts.ts) with their chunks' word ranges
 * (index-ranges.ts). Run by the search-index integration (integration.ts) when `astro build` has written the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildFolding, traditionalPhrases } from '../../core/chinese/fold-table.ts';
import { filesUnder } from '../../core/files.ts';
import { codeFingerprint } from '../../core/fingerprint.ts';
import { progressLine } from '../../core/progress.ts';
import { indexedSections, namedKinds, searchFiles, type TermNames } from './contract.ts';
import { writePart, type PartRecord } from './build-part.ts';
import { planParts, type SearchParts } from './parts.ts';
import { recordFromPage, type SearchRecord } from './records.ts';
import { chunkPath, chunkTokens } from './text-chunks.ts';
import { foldText, serialiseFolding } from './tokens.ts';

export interface SearchIndexResult {
  pages: number;
  terms: number;
  parts: number;
  /** parts whose pages were all unchanged, copied from the last build instead of indexed again */
  partsReused: number;
  milliseconds: number;
}

export interface SearchIndexOptions {
  /** where records and finished parts are kept between builds */
  cacheDir: string;
  /** records per part (parts.ts: defaultPartSize) */
  partSize: number;
}

/** Writes a file whole or not at all: a build killed mid-write leaves no half a record for the next build to read. */
export function writeWhole(file: string, text: string): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/**
 * Indexes the site built in siteDir. Records of pages whose HTML is unchanged since the last build are reused from
 * the cache (reading and tokenising is a third of this step): one small file per page, named by a hash of the page
 * and of the code that reads it (src/core/fingerprint.ts), so a change to that code reads every page again. A part
 * whose records are all the same as at the last build is copied whole (build-part.ts).
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  const recordsVersion = codeFingerprint([new URL('./records.ts', import.meta.url)]);
  const folding = buildFolding();
  const phrases = traditionalPhrases();
  const recordsDir = join(options.cacheDir, 'records');
  mkdirSync(recordsDir, { recursive: true });
  // what each record needs to be placed in a part and found again; the records themselves are let go as they are read
  const entries: PartRecord[] = [];
  const termNames: { url: string; names: string[] }[] = [];
  const pages = filesUnder(siteDir, (name) => name.endsWith('index.html') && indexedSections.some((section) => `/${name}`.startsWith(section)));
  const reading = progressLine('搜索索引：读取页面', pages.length);
  for (const [done, path] of pages.entries()) {
    reading.update(done);
    const html = readFileSync(join(siteDir, path), 'utf8');
    const name = `${createHash('sha256').update(recordsVersion).update(html).digest('base64url')}.json`;
    const cached = join(recordsDir, name);
    let text: string;
    if (existsSync(cached)) {
      text = readFileSync(cached, 'utf8');
    } else {
      text = JSON.stringify(recordFromPage(html, `/${path.replace(/index\.html$/, '')}`, { folding, phrases }));
      writeWhole(cached, text);
    }
    const record = JSON.parse(text) as SearchRecord | null;
    if (!record) continue;
    if (record.names.length) termNames.push({ url: record.url, names: record.names });
    // the page's own text beside the index, one small file per piece: a result fetches only the piece it shows
    record.chunks.forEach((chunk, piece) => {
      const file = join(siteDir, chunkPath(record.url, piece * chunkTokens));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(chunk));
    });
    // a part is reused when its records are the same, whatever else changed in their pages' HTML (a list of documents)
    const digest = createHash('sha256').update(text).digest('base64url');
    entries.push({ file: cached, digest, url: record.url, sort: record.sort.date ?? '', named: (namedKinds as readonly string[]).includes(record.meta.kind ?? '') });
  }
  reading.end();
  const used = new Set(entries.map((entry) => entry.file));
  for (const name of readdirSync(recordsDir)) if (!used.has(join(recordsDir, name))) rmSync(join(recordsDir, name), { force: true });

  const { places, parts } = planParts(entries, options.partSize);
  const partsDir = join(options.cacheDir, 'parts');
  mkdirSync(partsDir, { recursive: true });
  const kept = new Set<string>();
  let partsReused = 0;
  for (const [place, part] of parts.entries()) {
    const records = entries.filter((_, k) => places[k] === place).sort((a, b) => (a.url < b.url ? -1 : 1));
    const written = await writePart(part, records, { siteDir, partsDir, label: `搜索索引：第 ${place + 1}/${parts.length} 部分` });
    kept.add(written.key);
    if (written.reused) partsReused += 1;
  }
  for (const name of readdirSync(partsDir)) if (!kept.has(name)) rmSync(join(partsDir, name), { recursive: true, force: true });

  // what the search page folds queries with, the names that put a term's or an organisation's page first, and the parts
  const names: TermNames = {};
  for (const term of termNames) for (const name of term.names) names[foldText(name, folding)] = term.url;
  for (const [file, text] of [
    [searchFiles.folding, serialiseFolding(folding)],
    [searchFiles.termNames, JSON.stringify(names)],
    [searchFiles.parts, JSON.stringify(parts satisfies SearchParts)],
  ] as const) {
    mkdirSync(dirname(join(siteDir, file)), { recursive: true });
    writeFileSync(join(siteDir, file), text);
  }
  return { pages: entries.length, terms: termNames.length, parts: parts.length, partsReused, milliseconds: performance.now() - started };
}
