/**
 * npm run bench:search [-- --docs 1000,10000] [--query 文明城市,马] [--runs 3]: what a reader's first search costs,
 * for the bundled site and generated corpora (search.ts measures it).
 */
import { launchBrowser } from '../browser/browser.ts';
import { serveStatic } from '../browser/static-server.ts';
import { parseCommandLine } from '../command-line.ts';
import { buildCorpusSite, defaultQueries, measureSearchPage, type SearchCost } from './search.ts';

const usage = `用法：npm run bench:search [-- --docs 1000,10000] [--query 马,文明城市] [--runs 3] [--site dist]
在本机 Chromium 中测量读者第一次搜索的代价：下载的字节数（原样和 gzip 后）与从按下回车到出结果的毫秒数，
对自带网站和生成的语料各测一次。

  --docs <列表>      生成语料的规模，逗号分隔，默认 1000
  --query <词>       搜索词，逗号分隔，默认 ${defaultQueries.join(',')}
  --runs <次数>      每个搜索词测几次（取中位数），默认 3
  --site <目录>      自带网站的构建结果，默认 dist
  --help             显示本说明`;
const { values } = parseCommandLine(usage, { options: { docs: { type: 'string', default: '1000' }, query: { type: 'string', default: defaultQueries.join(',') }, runs: { type: 'string', default: '3' }, site: { type: 'string', default: 'dist' } } });
const queries = values.query!.split(',').filter(Boolean);
const sizes = values.docs!.split(',').filter(Boolean).map(Number);
const sites: [string, string][] = [['bundled', values.site!], ...sizes.map((docs): [string, string] => [`${docs} docs`, buildCorpusSite(docs)])];
const browser = await launchBrowser();
const rows: string[] = [];
for (const [label, siteDir] of sites) {
  const server = await serveStatic(siteDir);
  for (const query of queries) {
    // first query on a fresh browser context: nothing cached; the median of a few runs, since one run is noisy
    const runs: SearchCost[] = [];
    for (let i = 0; i < Number(values.runs); i++) runs.push(await measureSearchPage(browser, server.origin, siteDir, query));
    const cost = runs.sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(runs.length / 2)]!;
    rows.push(`| ${label} | ${cost.query} | ${cost.results} | ${cost.files} | ${(cost.storedBytes / 1024).toFixed(1)} KB | ${(cost.wireBytes / 1024).toFixed(1)} KB | ${cost.milliseconds} ms | ${cost.excerptMilliseconds} ms |`);
  }
  await server.close();
}
await browser.close();
console.log('| site | query | results | files | stored | over the wire (gzip) | to results | to excerpts |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
