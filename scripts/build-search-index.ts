/**
 * Builds the search index from the built pages: one Pagefind custom record per
 * document, term and organisation (its first page, with its tasks), whose content is our own tokens (see src/lib/search/tokens.ts),
 * plus what the search page needs beside it: the folding data, the glossary names, and
 * each page's own text in pieces for excerpts (src/lib/search/text-chunks.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { answerHelp } from './cli.ts';
import * as pagefind from 'pagefind';
import { buildFolding, traditionalPhrases } from '../src/lib/search/fold-table.ts';
import { recordFromPage, type SearchRecord } from '../src/lib/search/records.ts';
import { chunkPath, chunkTokens } from '../src/lib/search/text-chunks.ts';
import { foldText, serialiseFolding } from '../src/lib/search/tokens.ts';
import { contentCacheDir } from '../src/lib/content-location.ts';
import { indexRangesPath } from '../src/lib/search/index-ranges.ts';
import { readIndexRanges } from '../src/lib/search/pagefind-meta.ts';

/** The code that turns a page into its record: a change to it reads every page again. */
answerHelp(`用法：tsx scripts/build-search-index.ts
构建步骤：读取构建好的页面（SITE_BUILD_DIR，默认 dist/），为每个文档、名词和机构生成搜索记录并写出 Pagefind 索引。`);

const recordsVersion = ['records.ts', 'tokens.ts', 'fold-table.ts', 'text-chunks.ts'].map((name) => readFileSync(resolve('src/lib/search', name), 'utf8')).join('\n');

const siteDir = process.env.SITE_BUILD_DIR ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html') && ['documents', 'glossary', 'organisations'].some((folder) => name.startsWith(`${folder}${sep}`)))
    .sort()
    .map((name) => join(dir, name));
}

function urlOf(file: string): string {
  return `/${relative(siteDir, file).split(sep).join('/').replace(/index\.html$/, '')}`;
}

const folding = buildFolding();
const phrases = traditionalPhrases();
// records of pages whose HTML is unchanged since the last build are reused (reading and tokenising is a third of
// this step); one small file per page, named by a hash of the page and of the code that reads it, kept with the
// content folder's other caches
const cacheDir = resolve(contentCacheDir(), 'search-records');
mkdirSync(cacheDir, { recursive: true });
const used = new Set<string>();
// only what the name lookup (terms and organisations) needs is kept: the records' text goes to Pagefind and is let go
const termNames: { url: string; names: string[] }[] = [];
let recordCount = 0;
const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
if (!index) throw new Error(`搜索索引创建失败：${errors.join('; ')}`);
// records go to Pagefind as soon as they are read, without waiting for each answer: Pagefind takes them in on its own
// thread while the next pages are read here (a bounded number in flight keeps memory flat)
const inFlight = new Set<Promise<void>>();
async function addRecord(record: SearchRecord): Promise<void> {
  const { names: _names, chunks: _chunks, ...custom } = record;
  const response = await index!.addCustomRecord(custom);
  if (response.errors.length) throw new Error(`${record.url}：加入搜索索引失败：${response.errors.join('; ')}`);
}
for (const file of htmlFiles(siteDir)) {
  const html = readFileSync(file, 'utf8');
  const name = `${createHash('sha256').update(recordsVersion).update(html).digest('base64url')}.json`;
  used.add(name);
  const cached = join(cacheDir, name);
  let record: SearchRecord | null;
  if (existsSync(cached)) {
    record = JSON.parse(readFileSync(cached, 'utf8')) as SearchRecord | null;
  } else {
    record = recordFromPage(html, urlOf(file), { folding, phrases });
    writeFileSync(cached, JSON.stringify(record));
  }
  if (!record) continue;
  recordCount += 1;
  if (record.names.length) termNames.push({ url: record.url, names: record.names });
  // the page's own text beside the index, one small file per piece: a result fetches only the piece it shows
  record.chunks.forEach((chunk, piece) => {
    const path = join(siteDir, chunkPath(record!.url, piece * chunkTokens));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(chunk));
  });
  const adding = addRecord(record).finally(() => inFlight.delete(adding));
  inFlight.add(adding);
  if (inFlight.size >= 32) await Promise.race(inFlight);
}
await Promise.all(inFlight);
for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name));

const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
await pagefind.close();

// what the search page folds queries with, and the names that put a term's or an organisation's page first
mkdirSync(join(siteDir, 'search'), { recursive: true });
writeFileSync(join(siteDir, 'search', 'fold.txt'), serialiseFolding(folding));
const names: Record<string, string> = {};
for (const term of termNames) for (const name of term.names) names[foldText(name, folding)] = term.url;
writeFileSync(join(siteDir, 'search', 'terms.json'), JSON.stringify(names));
// each index chunk's word range: a one-character query preloads every chunk its pairs are in (index-ranges.ts)
writeFileSync(join(siteDir, indexRangesPath), JSON.stringify(readIndexRanges(join(siteDir, 'pagefind'))));
console.log(`[search-index] ${recordCount} 个页面（${termNames.length} 个名词和机构）已编入索引`);
