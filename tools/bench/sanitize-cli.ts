/**
 * What the sanitiser (the second wall on rendered bodies, src/content/loader/body-renderer.ts) costs beside the pages
 * step it runs in. Generates a corpus, builds its pages cold (`astro build`, as `npm run build`'s pages step) and
 * times that; then renders every body of the corpus with the site's own pipeline and times the sanitiser alone
 * on each rendered tree. Prints both and the share: the sanitiser's time is summed on one thread, while the build
 * spreads bodies over all cores, so the share is an upper bound.
 *
 *   npm run bench:sanitize [-- --docs 1000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { VFile } from 'vfile';
import { sanitizeSchema } from '../../src/content/rules/allowlist.ts';
import { createBodyProcessor } from '../../src/content/loader/body-renderer.ts';
import { bodyPipeline } from '../../src/markdown.config.ts';
import { parseCommandLine } from '../command-line.ts';
import { blankFrontMatter, filesUnder } from '../../src/core/files.ts';
import { generateCorpus } from '../corpus/gen-corpus.ts';

const usage = `用法：npm run bench:sanitize [-- --docs 1000] [--seed 1]
测量正文净化（第二道防线）占页面步骤的时间：生成语料，冷构建其页面并计时，再单独计时净化每篇正文。

  --docs <篇数>   生成的文档篇数，默认 1000
  --seed <数>     生成语料的随机种子，默认 1
  --help          显示本说明`;
const { values } = parseCommandLine(usage, { options: { docs: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
const docs = Math.max(10, Number(values.docs));
const work = mkdtempSync(join(tmpdir(), 'bench-sanitize-'));
const corpus = join(work, 'corpus');

try {
  generateCorpus({ docs, seed: Number(values.seed), out: corpus, content: 'content', quiet: true });
  const env = { ...process.env, CONTENT_DIR: corpus, SITE_PAGES_ONLY: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

  // the pages step, cold: --force clears the corpus's content cache, so every body is rendered (and sanitised)
  const started = performance.now();
  const build = spawnSync('astro', ['build', '--force', '--outDir', join(work, 'site')], { encoding: 'utf8', env });
  const pagesMs = performance.now() - started;
  if (build.status !== 0) throw new Error(`页面步骤失败：\n${build.stdout}\n${build.stderr}`);

  // the same bodies through the same pipeline, the sanitiser left out of it and timed on its own
  process.env.CONTENT_DIR = corpus; // the glossary the bodies link to is the corpus's
  const processor = createBodyProcessor(bodyPipeline, { sanitize: false });
  const files = ['documents', 'glossary'].flatMap((collection) => filesUnder(join(corpus, collection), /\.mdx$/).map((path) => join(corpus, collection, path)));
  let sanitizeMs = 0;
  let elements = 0;
  for (const path of files) {
    const body = blankFrontMatter(readFileSync(path, 'utf8'));
    const file = new VFile({ path, value: body, data: { astro: { frontmatter: {} } } });
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    const before = performance.now();
    const clean = sanitize(tree, sanitizeSchema);
    sanitizeMs += performance.now() - before;
    elements += JSON.stringify(clean).split('"element"').length - 1;
  }

  const share = (sanitizeMs / pagesMs) * 100;
  const cpu = cpus()[0]?.model.trim() ?? '未知处理器';
  console.log(`消毒器（hast-util-sanitize）开销 · ${docs.toLocaleString('en')} 篇语料（种子 ${values.seed}）· ${cpu} × ${availableParallelism()} 核 · Node ${process.version}`);
  console.log(`  页面步骤（astro build，冷构建）：${(pagesMs / 1000).toFixed(1)} s`);
  console.log(`  消毒器：${files.length.toLocaleString('en')} 篇正文、${elements.toLocaleString('en')} 个元素，单线程累计 ${(sanitizeMs / 1000).toFixed(2)} s`);
  console.log(`  占页面步骤 ${share.toFixed(1)}%（目标 < 5%）：${share < 5 ? '达标' : '未达标'}`);
  if (share >= 5) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
