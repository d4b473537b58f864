import { readFileSync, readdirSync } from 'node:fs';
import { join, sep, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { buildFoldTable } from '../src/lib/search/fold-table.ts';
import { recordFromPage, type SearchRecord } from '../src/lib/search/records.ts';
const siteDir = process.argv[2] ?? '/tmp/d1000';
const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('index.html') && (n.startsWith(`documents${sep}`) || n.startsWith(`glossary${sep}`))).map((n) => join(siteDir, n));
const table = buildFoldTable();
let t = performance.now();
const records: SearchRecord[] = [];
for (const f of files) { const r = recordFromPage(readFileSync(f, 'utf8'), '/' + relative(siteDir, f), table); if (r) records.push(r); }
console.log('records', records.length, ((performance.now() - t) / 1000).toFixed(1), 's', 'content MB', (records.reduce((a, r) => a + r.content.length, 0) / 1e6).toFixed(1), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
t = performance.now();
const { index } = await pagefind.createIndex({ keepIndexUrl: true });
for (const r of records) { const { names, ...c } = r; await index!.addCustomRecord(c); }
console.log('add', ((performance.now() - t) / 1000).toFixed(1), 's');
t = performance.now();
await index!.writeFiles({ outputPath: '/tmp/pf-out' });
console.log('write', ((performance.now() - t) / 1000).toFixed(1), 's');
await pagefind.close();
