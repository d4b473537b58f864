/**
 * The performance benchmark: builds the bundled site and generated corpora in
 * private copies of the project, measures build time and memory, a one-document
 * rebuild, the search index and a first query, document page weight, Lighthouse,
 * and the same content built by Astro Starlight; prints one table with verdicts.
 *
 *   npm run bench [-- --sizes bundled,1000,10000] [--seed 1] [--query 老旧小区改造]
 *                 [--no-starlight] [--no-lighthouse] [--work-dir DIR] [--json FILE]
 *
 * Heavy: 10,000 documents take minutes and gigabytes. Other work on the machine
 * slows every figure; the header prints the load average before and after.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './cli.ts';
import { documentKinds } from '../src/core/kinds.ts';
import { site } from '../src/site.config.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { measureFirstQuery, measurePage, type PageWeight } from './bench/browser-measure.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { buildSteps, runMeasured, type MeasuredRun } from './bench/measure-process.ts';
import { formatTable, isError, type BuildFigures, type SizeResult, type StarlightFigures } from './bench/report.ts';
import { makeStarlightSite } from './bench/starlight.ts';
import { ensureTools, projectAstroVersion } from './bench/tools.ts';
import { makeWorkspace } from './bench/workspace.ts';
import { measureSearchPage } from './bench-search.ts';
import { generateCorpus } from './gen-corpus.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usage = `用法：npm run bench [-- 选项]
构建自带内容和生成的语料，测量构建时间与内存、改一篇后重建、搜索索引与首次搜索、文档页重量、Lighthouse，
并与 Astro Starlight 对比，打印一张表。10,000 篇需要数十分钟和数 GB 内存。

  --sizes <列表>       要测的规模，逗号分隔，默认 bundled,1000,10000（bundled 为自带内容）
  --seed <整数>        生成语料的随机种子，默认 1
  --query <词>         首次搜索用的词，默认 老旧小区改造
  --no-starlight       不构建 Starlight 对照
  --no-lighthouse      不运行 Lighthouse
  --work-dir <目录>    工作目录，默认系统临时目录下的 district-bench
  --json <文件>        另把结果写成 JSON
  --help               显示本说明`;
const { values } = parseCommandLine(usage, {
  options: {
    sizes: { type: 'string', default: 'bundled,1000,10000' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: '老旧小区改造' },
    'no-starlight': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'work-dir': { type: 'string', default: join(tmpdir(), 'district-bench') },
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((size) => size.trim()).filter(Boolean);
for (const size of sizes) {
  if (size !== 'bundled' && !/^\d+$/.test(size)) {
    console.error(`--sizes 只接受 bundled 或文档篇数，如 --sizes bundled,1000,10000（收到“${size}”）`);
    process.exit(2);
  }
}
const workDir = resolve(values['work-dir']);
const toolsDir = join(tmpdir(), 'district-bench-tools');
mkdirSync(workDir, { recursive: true });

function progress(message: string): void {
  console.error(`[bench] ${new Date().toTimeString().slice(0, 8)} ${message}`);
}

function filesUnder(dir: string, test: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(test).map((path) => join(dir, path));
}

function bytesUnder(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir, () => true).filter((file) => statSync(file).isFile());
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

function figures(run: MeasuredRun): BuildFigures | { error: string } {
  if (run.exitCode !== 0) return { error: `退出码 ${run.exitCode}：${run.lines.filter((line) => line.trim()).slice(-4).join(' / ').slice(0, 400)}` };
  return { seconds: run.seconds, peakBytes: run.peakBytes, largestProcess: run.largestProcess, steps: buildSteps(run.lines) };
}

/** One document per kind, the one of median file size: a typical page of each kind. */
function sampleDocuments(contentDir: string): string[] {
  const documentsDir = join(contentDir, 'documents');
  const chosen: string[] = [];
  for (const kind of documentKinds) {
    const files = filesUnder(join(documentsDir, kind), (path) => path.endsWith('.mdx'))
      .map((file) => ({ file, size: statSync(file).size }))
      .sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
    const median = files[Math.floor((files.length - 1) / 2)];
    if (median) chosen.push(median.file.slice(documentsDir.length + 1).replace(/\.mdx$/, ''));
  }
  return chosen;
}

/** A member of staff corrects one sentence of one document. */
function editOneDocument(contentDir: string, id: string): void {
  const file = join(contentDir, 'documents', `${id}.mdx`);
  appendFileSync(file, '\n基准测试：此段为修改一篇文档后重新构建而添加。\n');
}

async function measureSize(size: string): Promise<SizeResult> {
  const workspace = join(workDir, `site-${size}`);
  progress(`${size}：复制项目到 ${workspace}`);
  makeWorkspace(projectRoot, workspace);
  let contentDir = join(workspace, 'content');
  if (size !== 'bundled') {
    contentDir = join(workspace, 'corpus');
    progress(`${size}：生成语料库`);
    generateCorpus({ docs: Number(size), seed: Number(values.seed), out: contentDir, content: join(workspace, 'content'), quiet: true });
  }
  const documents = filesUnder(join(contentDir, 'documents'), (path) => path.endsWith('.mdx')).length;
  const result: SizeResult = { label: size === 'bundled' ? `自带 ${documents} 篇` : `${documents.toLocaleString('en-US')} 篇`, documents, pages: 0 };
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    PATH: `${join(workspace, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  };
  const build = (name: string) =>
    runMeasured(join(workspace, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
      cwd: workspace,
      env,
      logFile: join(workDir, `${size}-${name}.log`),
      onLine: (line) => {
        if (line.startsWith('[build] ')) progress(`${size}：${name} ${line}`);
      },
    });

  progress(`${size}：冷构建（${documents} 篇）`);
  result.cold = figures(await build('cold'));
  if (isError(result.cold)) return result;
  const dist = join(workspace, 'dist');
  result.pages = filesUnder(dist, (path) => path.endsWith('.html')).length;
  const index = bytesUnder(join(dist, 'pagefind'));
  result.indexBytes = index.bytes;
  result.indexFiles = index.files;

  const samples = sampleDocuments(contentDir);
  const edited = samples[0] ?? samples[samples.length - 1];
  if (edited) {
    editOneDocument(contentDir, edited);
    progress(`${size}：改动 ${edited} 后重建`);
    result.rebuild = figures(await build('rebuild'));
  }

  progress(`${size}：在 Chromium 中测量页面和首次搜索`);
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    result.documentPages = [];
    for (const id of samples) result.documentPages.push(await measurePage(browser, server.origin, dist, `/documents/${id}/`));
    try {
      // our index holds folded, encoded tokens: a first query is what the real search page fetches
      const cost = await measureSearchPage(browser, server.origin, dist, values.query);
      result.query = { query: cost.query, bytes: cost.wireBytes, files: cost.files, fetched: cost.fetched, milliseconds: cost.milliseconds, results: cost.results, titles: [] };
    } catch (error) {
      result.query = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  } finally {
    await browser.close();
  }
  if (!values['no-lighthouse'] && samples.length > 0) {
    progress(`${size}：Lighthouse`);
    try {
      ensureTools(toolsDir, projectAstroVersion(projectRoot));
      const median = [...result.documentPages].sort((a, b) => a.totalBytes - b.totalBytes)[Math.floor((result.documentPages.length - 1) / 2)]!;
      result.lighthouse = await runLighthouse(toolsDir, server.origin + median.path, join(workDir, `${size}-lighthouse.json`));
      // the four pages the target names, once, on the bundled site: home, the longest document, a term page, search
      if (size === 'bundled') {
        const longest = filesUnder(join(contentDir, 'documents'), (path) => path.endsWith('.mdx')).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
        const longestId = longest.slice(join(contentDir, 'documents').length + 1).replace(/\.mdx$/, '');
        const term = filesUnder(join(contentDir, 'glossary'), (path) => path.endsWith('.mdx')).sort()[0]!;
        const termId = term.slice(join(contentDir, 'glossary').length + 1).replace(/\.mdx$/, '');
        for (const [name, path] of [['首页', '/'], ['最长的文档', `/documents/${longestId}/`], ['名词页', `/glossary/${termId}/`], ['搜索', `/search/?q=${encodeURIComponent(values.query)}`]] as const) {
          lighthousePages.push({ name, path, result: await runLighthouse(toolsDir, server.origin + path, join(workDir, `lighthouse-${lighthousePages.length}.json`)) });
        }
      }
    } catch (error) {
      result.lighthouse = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  await server.close();

  if (!values['no-starlight']) {
    try {
      result.starlight = await measureStarlight(size, contentDir, samples);
    } catch (error) {
      result.starlight = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  }
  return result;
}

async function measureStarlight(size: string, contentDir: string, samples: string[]): Promise<StarlightFigures | { error: string }> {
  ensureTools(toolsDir, projectAstroVersion(projectRoot));
  const siteDir = join(toolsDir, 'sites', size);
  progress(`${size}：Starlight 构建`);
  const { documents } = makeStarlightSite(contentDir, siteDir, site.name);
  const run = await runMeasured(process.execPath, [join(toolsDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    logFile: join(workDir, `${size}-starlight.log`),
  });
  const build = figures(run);
  if (isError(build)) return build;
  const dist = join(siteDir, 'dist');
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const pages: PageWeight[] = [];
  let query: StarlightFigures['query'];
  try {
    for (const id of samples) pages.push(await measurePage(browser, server.origin, dist, `/${id}/`));
    try {
      query = await measureFirstQuery(browser, server.origin, dist, values.query, '/');
    } catch (error) {
      query = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { documents, build, indexBytes: bytesUnder(join(dist, 'pagefind')).bytes, pages, ...(query ? { query } : {}) };
}

function machineHeader(loadBefore: number[]): string[] {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    if (dirty) commit += '（工作区有未提交的改动）';
  } catch {
    // not a git checkout
  }
  const cpu = cpus();
  const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
  return [
    `基准测试 ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · 提交 ${commit}`,
    `机器：${cpu[0]?.model.trim() ?? '未知 CPU'} × ${cpu.length} 核，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GiB，Node ${process.version}；平均负载 开始 ${load(loadBefore)} → 结束 ${load(loadavg())}（负载高于核数时，其他任务在争用 CPU，数字偏慢）`,
    `首次搜索词“${values.query}”；传输字节按静态主机 gzip（级别 6）估算文本类文件，其余按原大小；首次访问、无缓存。`,
  ];
}

/** Lighthouse on home, the longest document, a term page and search (bundled site). */
const lighthousePages: { name: string; path: string; result: Awaited<ReturnType<typeof runLighthouse>> }[] = [];

const loadBefore = loadavg();
const results: SizeResult[] = [];
for (const size of sizes) {
  results.push(await measureSize(size));
  writeFileSync(join(workDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
let table = formatTable(results, machineHeader(loadBefore));
if (lighthousePages.length > 0) {
  const lines = ['', 'Lighthouse（自带内容，Debian Chromium，本机；性能/无障碍/最佳实践/SEO，目标各 100）'];
  for (const { name, path, result } of lighthousePages) {
    if (isError(result)) lines.push(`  ${name} ${path}：未能运行（${result.error}）`);
    else {
      const s = result.scores;
      const all100 = ['performance', 'accessibility', 'best-practices', 'seo'].every((key) => s[key] === 100);
      lines.push(`  ${all100 ? '✓' : '✗'} ${name} ${path}：${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}${result.failing.length ? `；失分项：${result.failing.join('，')}` : ''}`);
    }
  }
  table += `\n${lines.join('\n')}`;
}
console.log(table);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ results, table }, null, 2)}\n`);
progress(`日志和原始数据在 ${workDir}`);
