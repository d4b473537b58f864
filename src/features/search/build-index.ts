/**
 * The index step: reads the built pages and gives Pagefind one custom record per document, term and organisation
 * (its first page, with its tasks), whose words are our own tokens (tokens.ts), then writes beside the index what
 * the search page needs (contract.ts): the folding data, the names of terms and organisations, each page's own text
 * in pieces for excerpts (text-chunks.ts), and the index chunks' word ranges (index-ranges.ts). Run by the
 * search-index integration (integration.ts) when `astro build` has written the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildFolding, traditionalPhrases } from '../../core/chinese/fold-table.ts';
import { filesUnder } from '../../core/files.ts';
import { codeFingerprint } from '../../core/fingerprint.ts';
import { indexedSections, searchFiles, type TermNames } from './contract.ts';
import { readIndexRanges } from './pagefind-meta.ts';
import { recordFromPage, type SearchRecord } from './records.ts';
import { chunkPath, chunkTokens } from './text-chunks.ts';
import { foldText, serialiseFolding } from './tokens.ts';

export interface SearchIndexResult {
  pages: number;
  terms: number;
  milliseconds: number;
}

/** Records handed to Pagefind and not yet taken in: a bounded number keeps memory flat. */
const recordsInFlight = 32;

/**
 * Indexes the site built in siteDir. Records of pages whose HTML is unchanged since the last build are reused from
 * cacheDir (reading and tokenising is a third of this step): one small file per page, named by a hash of the page
 * and of the code that reads it (src/core/fingerprint.ts), so a change to that code reads every page again.
 */
export async function buildSearchIndex(siteDir: string, options: { cacheDir: string }): Promise<SearchIndexResult> {
  const started = performance.now();
  const recordsVersion = codeFingerprint([new URL('./records.ts', import.meta.url)]);
  const folding = buildFolding();
  const phrases = traditionalPhrases();
  mkdirSync(options.cacheDir, { recursive: true });
  const used = new Set<string>();
  // only what the name lookup (terms and organisations) needs is kept: the records' text goes to Pagefind and is let go
  const termNames: { url: string; names: string[] }[] = [];
  let recordCount = 0;
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  if (!index) throw new Error(`搜索索引创建失败：${errors.join('; ')}`);
  try {
    // records go to Pagefind as soon as they are read, without waiting for each answer: Pagefind takes them in on its
    // own thread while the next pages are read here
    const inFlight = new Set<Promise<void>>();
    const addRecord = async (record: SearchRecord) => {
      const { names: _names, chunks: _chunks, ...custom } = record;
      const response = await index.addCustomRecord(custom);
      if (response.errors.length) throw new Error(`${record.url}：加入搜索索引失败：${response.errors.join('; ')}`);
    };
    for (const path of filesUnder(siteDir, (name) => name.endsWith('index.html') && indexedSections.some((section) => `/${name}`.startsWith(section)))) {
      const html = readFileSync(join(siteDir, path), 'utf8');
      const name = `${createHash('sha256').update(recordsVersion).update(html).digest('base64url')}.json`;
      used.add(name);
      const cached = join(options.cacheDir, name);
      let record: SearchRecord | null;
      if (existsSync(cached)) {
        record = JSON.parse(readFileSync(cached, 'utf8')) as SearchRecord | null;
      } else {
        record = recordFromPage(html, `/${path.replace(/index\.html$/, '')}`, { folding, phrases });
        writeFileSync(cached, JSON.stringify(record));
      }
      if (!record) continue;
      recordCount += 1;
      if (record.names.length) termNames.push({ url: record.url, names: record.names });
      // the page's own text beside the index, one small file per piece: a result fetches only the piece it shows
      record.chunks.forEach((chunk, piece) => {
        const file = join(siteDir, chunkPath(record.url, piece * chunkTokens));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(chunk));
      });
      const adding = addRecord(record).finally(() => inFlight.delete(adding));
      inFlight.add(adding);
      if (inFlight.size >= recordsInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    for (const name of readdirSync(options.cacheDir)) if (!used.has(name)) rmSync(join(options.cacheDir, name));

    const written = await index.writeFiles({ outputPath: join(siteDir, searchFiles.pagefind) });
    if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }

  // what the search page folds queries with, the names that put a term's or an organisation's page first, and each
  // index chunk's word range, so a one-character query preloads every chunk its pairs are in (index-ranges.ts)
  const names: TermNames = {};
  for (const term of termNames) for (const name of term.names) names[foldText(name, folding)] = term.url;
  for (const [file, text] of [
    [searchFiles.folding, serialiseFolding(folding)],
    [searchFiles.termNames, JSON.stringify(names)],
    [searchFiles.indexRanges, JSON.stringify(readIndexRanges(join(siteDir, searchFiles.pagefind)))],
  ] as const) {
    mkdirSync(dirname(join(siteDir, file)), { recursive: true });
    writeFileSync(join(siteDir, file), text);
  }
  return { pages: recordCount, terms: termNames.length, milliseconds: performance.now() - started };
}
