/**
 * Builds the whole site: the content check beside `astro build` (the pages), then the share cards beside the search
 * index, into a fresh folder swapped in at the end. Each step prints its time so the benchmark can read them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerHelp } from '../command-line.ts';
import { afterPagesSteps } from '../../src/build-steps.ts';
import { buildDate, buildDateVariable } from '../../src/features/validity/build-date.ts';
import { lapseReport } from '../../src/features/validity/lapse-report.ts';
import { lapsedDocuments, lapsedListVariable, readLapsedList } from '../../src/features/validity/lapses.ts';
import { contentCacheDir, contentRoot } from '../../src/core/content-location.ts';

/**
 * The site is built into a fresh folder beside the target and swapped in only
 * when every step has succeeded: a failed build leaves the site that was there
 * untouched. SITE_BUILD_DIR names the target (default dist/).
 */
answerHelp(`用法：npm run build
检查内容并构建整个网站（页面、分享卡片、搜索索引）到新文件夹，每一步都成功后才替换 dist/；
失败时原有网站保持不变。SITE_BUILD_DIR=<目录> 换一个目标文件夹，CONTENT_DIR=<文件夹> 构建另一个内容文件夹，
SEARCH_PART_SIZE=<篇数> 设定搜索索引每部分的页面数（默认 1000）。`);

const target = resolve(process.env.SITE_BUILD_DIR ?? 'dist');
const staging = `${target}.next`;
const previous = `${target}.old`;
/** where the content loader writes what it refused: the check says it all, once; these are printed only if it did not */
const loaderFindings = `${target}.content-findings`;
/** where the content check leaves the documents no longer in force, for the report after the swap */
const lapsedList = `${target}.lapsed.json`;

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** files the step must have written: a step that ends without error but without its output still fails */
  writes?: string[];
  /** runs to the end even when another step of its stage fails: its report is the one staff need */
  outlives?: boolean;
}

/**
 * Stages run one after another; the steps of a stage run side by side, and when one of them fails the others are
 * stopped. First `astro build` writes the pages, beside the content check, since Astro reads and renders the content
 * on one thread while the check takes the other core (and a content error still stops the build before a site is
 * swapped in). Then the steps that read the built pages (src/build-steps.ts: the share cards beside the search
 * index), each a process of its own: `astro build` alone runs them inside Astro, whose process then still holds the
 * memory of every page it built (5 GiB at 10,000 documents) while they take theirs. Last, the swap below.
 */
const stages: Step[][] = [
  [
    // the whole content check: whatever the content loader would refuse, it refuses too, with the file, line and fix;
    // when Astro stops on content first, the check still runs to the end and is what the build reports
    { name: 'check', command: 'tsx', args: ['tools/check/cli.ts'], outlives: true, env: { [lapsedListVariable]: lapsedList } },
    // bodies are rendered when the content is read and cached per content folder (src/content/loader/mdx-loader.ts)
    {
      name: 'astro',
      command: 'astro',
      args: ['build', '--outDir', staging],
      writes: [resolve(staging, 'index.html')],
      env: { CONTENT_FINDINGS_FILE: loaderFindings, SITE_PAGES_ONLY: '1' },
    },
  ],
  afterPagesSteps.map((step) => ({ name: step.name, command: 'tsx', args: ['tools/build/step.ts', step.name, staging], writes: [resolve(staging, step.writes.slice(1))] })),
];

function fail(step: string, status: string): never {
  rmSync(staging, { recursive: true, force: true });
  // content the loader refused and the check did not: said here, so nothing refused goes unexplained
  if (step !== 'check' && existsSync(loaderFindings)) process.stderr.write(readFileSync(loaderFindings, 'utf8'));
  rmSync(loaderFindings, { force: true });
  rmSync(lapsedList, { force: true });
  const what = step === 'check' ? '内容有错误（见上面的“改法”）' : `步骤“${step}”出错（${status}）`;
  console.error(`构建失败：${what}。原有网站保持不变，未生成新的网站。`);
  process.exit(1);
}

async function runStage(stage: Step[]): Promise<void> {
  const children: { child: ChildProcess; step: Step }[] = [];
  const failures: { step: Step; status: string }[] = [];
  let stopping = false;
  await Promise.all(
    stage.map(
      (step) =>
        new Promise<void>((done) => {
          const started = performance.now();
          const child = spawn(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env } });
          children.push({ child, step });
          const failed = (status: string) => {
            // the first failure is the one to report, unless a step that outlives the others fails too; the steps
            // stopped because of it are not
            if (!stopping || step.outlives) failures.push({ step, status });
            stopping = true;
            for (const other of children) if (other.child !== child && other.child.exitCode === null && !other.step.outlives) other.child.kill();
            done();
          };
          child.on('error', (error) => failed(error.message));
          child.on('close', (code, signal) => {
            const missing = step.writes?.find((file) => !existsSync(file));
            if (code === 0 && missing) {
              failed(`结束时没有生成 ${missing}`);
            } else if (code === 0) {
              console.log(`[build] ${step.name}: ${((performance.now() - started) / 1000).toFixed(1)}s`);
              done();
            } else failed(code !== null ? `退出码 ${code}` : `被信号 ${signal} 终止`);
          });
        }),
    ),
  );
  const failure = failures.find((item) => item.step.outlives) ?? failures[0];
  if (failure) fail(failure.step.name, failure.status);
}

// one day for the whole build: every step judges a 有效期 alike, even across midnight
try {
  process.env[buildDateVariable] = buildDate();
} catch (error) {
  console.error(`构建失败：${(error as Error).message}。原有网站保持不变。`);
  process.exit(1);
}
rmSync(staging, { recursive: true, force: true });
rmSync(loaderFindings, { force: true });
rmSync(lapsedList, { force: true });
for (const stage of stages) await runStage(stage);

// swap: the old site stays whole until the new one is complete
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
rmSync(loaderFindings, { force: true });
// which documents stopped being in force since the last build (an expired 有效期 changes no file)
const day = process.env[buildDateVariable]!;
const lapsed = readLapsedList(lapsedList) ?? lapsedDocuments(contentRoot(), process.cwd(), day);
rmSync(lapsedList, { force: true });
for (const line of lapseReport(contentCacheDir(), day, lapsed)) console.log(line);
console.log(`[build] 网站已生成：${target}`);
