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
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../command-line.ts';
import { measureSize, progress, type BenchOptions, type LighthousePage } from './measure-size.ts';
import { isError, type SizeResult } from './report.ts';
import { formatTable } from './table.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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

const options: BenchOptions = { projectRoot, workDir, toolsDir, seed: Number(values.seed), query: values.query, lighthouse: !values['no-lighthouse'], starlight: !values['no-starlight'] };
const lighthousePages: LighthousePage[] = [];

const loadBefore = loadavg();
const results: SizeResult[] = [];
for (const size of sizes) {
  results.push(await measureSize(size, options, lighthousePages));
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
