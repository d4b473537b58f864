/** One size of the benchmark: a private copy of the project, a cold build, a one-document rebuild, pages and search in Chromium, Lighthouse, Starlight. */
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { documentKinds } from '../../src/core/kinds.ts';
import { filesUnder } from '../../src/core/files.ts';
import { documentUrl, homeUrl, searchQueryUrl, termUrl } from '../../src/core/urls.ts';
import { site } from '../../src/site.config.ts';
import { launchBrowser } from '../browser/browser.ts';
import { serveStatic } from '../browser/static-server.ts';
import { generateCorpus } from '../corpus/gen-corpus.ts';
import { measureFirstQuery, measurePage, type FirstQuery, type PageWeight } from './browser-measure.ts';
import { searchFiles } from '../../src/features/search/contract.ts';
import { runLighthouse } from './lighthouse.ts';
import { buildSteps, runMeasured, type MeasuredRun } from './measure-process.ts';
import { isError, type BuildFigures, type SizeResult, type StarlightFigures } from './report.ts';
import { measureSearchPage } from './search.ts';
import { makeStarlightSite } from './starlight.ts';
import { ensureTools, projectAstroVersion } from './tools.ts';
import { makeWorkspace } from './workspace.ts';

export interface BenchOptions {
  /** the project measured: copied, never built in place */
  projectRoot: string;
  workDir: string;
  /** where Starlight and Lighthouse are installed, outside the project */
  toolsDir: string;
  seed: number;
  query: string;
  lighthouse: boolean;
  starlight: boolean;
}

/** The most documents Starlight is built with (its memory grows about 2 GiB a thousand documents). */
const starlightLimit = 10_000;

/** A one-character and a two-character query, measured beside the six-character default (BenchOptions.query). */
const lengthQueries = ['湖', '文明'];

/** Lighthouse on home, the longest document, a term page and search (bundled site). */
export type LighthousePage = { name: string; path: string; result: Awaited<ReturnType<typeof runLighthouse>> };

export function progress(message: string): void {
  console.error(`[bench] ${new Date().toTimeString().slice(0, 8)} ${message}`);
}

/** The paths of the files below dir whose relative path passes the test. */
const pathsUnder = (dir: string, test: (path: string) => boolean = () => true) => filesUnder(dir, test).map((path) => join(dir, path));

function bytesUnder(dir: string): { bytes: number; files: number } {
  const files = pathsUnder(dir).filter((file) => statSync(file).isFile());
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
    const files = pathsUnder(join(documentsDir, kind), (path) => path.endsWith('.mdx'))
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

/** Builds one size (the bundled content or a generated corpus of that many documents) in a private copy of the project and measures it. */
export async function measureSize(size: string, options: BenchOptions, lighthousePages: LighthousePage[]): Promise<SizeResult> {
  const { projectRoot, workDir, toolsDir } = options;
  const workspace = join(workDir, `site-${size}`);
  progress(`${size}：复制项目到 ${workspace}`);
  makeWorkspace(projectRoot, workspace);
  let contentDir = join(workspace, 'content');
  if (size !== 'bundled') {
    contentDir = join(workspace, 'corpus');
    progress(`${size}：生成语料库`);
    generateCorpus({ docs: Number(size), seed: options.seed, out: contentDir, content: join(workspace, 'content'), quiet: true });
  }
  const documents = pathsUnder(join(contentDir, 'documents'), (path) => path.endsWith('.mdx')).length;
  const result: SizeResult = { label: size === 'bundled' ? `自带 ${documents} 篇` : `${documents.toLocaleString('en-US')} 篇`, documents, pages: 0 };
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    PATH: `${join(workspace, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  };
  const build = (name: string) =>
    runMeasured(join(workspace, 'node_modules/.bin/tsx'), ['tools/build/cli.ts'], {
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
  result.pages = pathsUnder(dist, (path) => path.endsWith('.html')).length;
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
    for (const id of samples) result.documentPages.push(await measurePage(browser, server.origin, dist, documentUrl(id)));
    // our index holds folded, encoded tokens: a first query is what the real search page fetches; one, two and six
    // characters, each on a cold cache, since single characters and two-character words are what readers type most
    const firstQuery = async (query: string): Promise<FirstQuery | { error: string }> => {
      try {
        const cost = await measureSearchPage(browser, server.origin, dist, query);
        return { query, bytes: cost.wireBytes, files: cost.files, fetched: cost.fetched, milliseconds: cost.milliseconds, firstMilliseconds: cost.firstMilliseconds, firstBytes: cost.firstBytes, results: cost.results, titles: [] };
      } catch (error) {
        return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
      }
    };
    result.query = await firstQuery(options.query);
    result.queries = [];
    for (const query of lengthQueries) result.queries.push(await firstQuery(query));
    try {
      result.indexParts = (JSON.parse(readFileSync(join(dist, searchFiles.parts.slice(1)), 'utf8')) as unknown[]).length;
    } catch {
      // a site built before the index was in parts
    }
  } finally {
    await browser.close();
  }
  if (options.lighthouse && samples.length > 0) {
    progress(`${size}：Lighthouse`);
    try {
      ensureTools(toolsDir, projectAstroVersion(projectRoot));
      const median = [...result.documentPages].sort((a, b) => a.totalBytes - b.totalBytes)[Math.floor((result.documentPages.length - 1) / 2)]!;
      result.lighthouse = await runLighthouse(toolsDir, server.origin + median.path, join(workDir, `${size}-lighthouse.json`));
      // the four pages the target names, once, on the bundled site: home, the longest document, a term page, search
      if (size === 'bundled') {
        const longest = pathsUnder(join(contentDir, 'documents'), (path) => path.endsWith('.mdx')).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
        const longestId = longest.slice(join(contentDir, 'documents').length + 1).replace(/\.mdx$/, '');
        const term = pathsUnder(join(contentDir, 'glossary'), (path) => path.endsWith('.mdx')).sort()[0]!;
        const termId = term.slice(join(contentDir, 'glossary').length + 1).replace(/\.mdx$/, '');
        for (const [name, path] of [['首页', homeUrl], ['最长的文档', documentUrl(longestId)], ['名词页', termUrl(termId)], ['搜索', searchQueryUrl(options.query)]] as const) {
          lighthousePages.push({ name, path, result: await runLighthouse(toolsDir, server.origin + path, join(workDir, `lighthouse-${lighthousePages.length}.json`)) });
        }
      }
    } catch (error) {
      result.lighthouse = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  await server.close();

  if (options.starlight && documents > starlightLimit) {
    // its Pagefind step alone took 19.5 GiB at 10,000 documents: at three times that it would not fit this machine's
    // memory, and the kernel could stop any process of the run to make room
    result.starlight = { error: `未构建：Starlight 在 10,000 篇时峰值内存约 20 GiB，${documents.toLocaleString('en-US')} 篇超出本机内存` };
  } else if (options.starlight) {
    try {
      result.starlight = await measureStarlight(size, contentDir, samples, options);
    } catch (error) {
      result.starlight = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  }
  return result;
}

async function measureStarlight(size: string, contentDir: string, samples: string[], options: BenchOptions): Promise<StarlightFigures | { error: string }> {
  const { projectRoot, workDir, toolsDir } = options;
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
      query = await measureFirstQuery(browser, server.origin, dist, options.query, '/');
    } catch (error) {
      query = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { documents, build, indexBytes: bytesUnder(join(dist, 'pagefind')).bytes, pages, ...(query ? { query } : {}) };
}
