/**
 * One part of the search index (parts.ts), written by a Pagefind process of its own that ends with it, so the
 * indexer's memory is one part's at most, however large the site. A finished part is kept in the cache under a key
 * of everything it was made from (its records themselves, Pagefind's version, the chunk size, the code here); when
 * the next build's part has the same key, the part is copied, not indexed again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as pagefind from 'pagefind';
import { codeFingerprint } from '../../core/fingerprint.ts';
import { progressLine } from '../../core/progress.ts';
import { searchFiles } from './contract.ts';
import { readIndexRanges } from './pagefind-meta.ts';
import type { SearchPart } from './parts.ts';
import type { SearchRecord } from './records.ts';

/** A record as the part step needs it: its cached file (records.ts's SearchRecord as JSON), its page and its date. */
export interface PartRecord {
  file: string;
  /** a hash of the record itself */
  digest: string;
  url: string;
  sort: string;
  named: boolean;
}

/** The code that makes a part: a change to it indexes every part again. */
const partCodeVersion = codeFingerprint([new URL('./build-part.ts', import.meta.url)]);

/** Pagefind's version, from its package beside its entry point (the package exports no package.json). */
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Postings per chunk of the word index (Pagefind's default is 20,000, about 90 KB a chunk with our tokens). A query
 * loads one chunk per word in each part it searches, and every chunk costs a line in the part's metadata, loaded with
 * the part: at 1,000 pages a part, 2,000 postings cost the least for a query of a few words (README, 30,000
 * documents). PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE overrides it, as it does for Pagefind itself.
 */
export const defaultChunkSize = 2000;
const chunkSizeVariable = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's browser runtime and its interfaces, which only the first part's folder keeps. */
const runtimeFile = /^(pagefind[\w.-]*\.(js|css)|wasm\..+\.pagefind)$/;

/** Records handed to Pagefind and not yet taken in: a bounded number keeps memory flat. */
const recordsInFlight = 32;

export async function writePart(
  part: SearchPart,
  records: readonly PartRecord[],
  options: { siteDir: string; partsDir: string; label: string },
): Promise<{ key: string; reused: boolean }> {
  process.env[chunkSizeVariable] ||= String(defaultChunkSize);
  const key = createHash('sha256')
    .update(partCodeVersion)
    .update(JSON.stringify({ pagefindVersion, chunkSize: process.env[chunkSizeVariable], records: records.map((record) => [record.url, record.digest]) }))
    .digest('base64url');
  const finished = join(options.partsDir, key);
  const target = join(options.siteDir, part.path);
  const reused = existsSync(finished);
  if (!reused) {
    // written beside its final name and renamed when whole: a build killed here leaves no half a part to reuse
    const partial = `${finished}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    await indexPart(records, partial, options.label);
    // each chunk's first and last word, so a one-character query preloads every chunk its pairs are in (index-ranges.ts)
    writeFileSync(join(partial, searchFiles.indexRangesInPart), JSON.stringify(readIndexRanges(partial)));
    renameSync(partial, finished);
  }
  rmSync(target, { recursive: true, force: true });
  // an older part needs only its index: the search page runs it on the newest part's script and WebAssembly
  cpSync(finished, target, { recursive: true, filter: (source) => part.path === searchFiles.pagefind || !runtimeFile.test(basename(source)) });
  return { key, reused };
}

async function indexPart(records: readonly PartRecord[], outputPath: string, label: string): Promise<void> {
  // a fragment file per page: a result fetches its own, not a shared file of a hundred pages' records (573 KB for the
  // ten first results of 湖 at 10,000 documents, against about 5 KB a page)
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true, maxFragments: 1_000_000 });
  if (!index) throw new Error(`搜索索引创建失败：${errors.join('; ')}`);
  const progress = progressLine(label, records.length);
  try {
    // records go to Pagefind without waiting for each answer: it takes them in on its own threads while the next are read
    const inFlight = new Set<Promise<void>>();
    for (const [done, entry] of records.entries()) {
      progress.update(done);
      const { names: _names, chunks: _chunks, ...custom } = JSON.parse(readFileSync(entry.file, 'utf8')) as SearchRecord;
      const adding = index
        .addCustomRecord(custom)
        .then((response) => {
          if (response.errors.length) throw new Error(`${entry.url}：加入搜索索引失败：${response.errors.join('; ')}`);
        })
        .finally(() => inFlight.delete(adding));
      inFlight.add(adding);
      if (inFlight.size >= recordsInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
  } finally {
    progress.end();
    await pagefind.close();
  }
}
