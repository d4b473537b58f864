/**
 * One step that reads the built pages (src/build-steps.ts), in a process of its own: the build runner starts the
 * share cards and the search index this way once `astro build` has written the pages and exited.
 *
 *   tsx tools/build/step.ts <cards | search-index> <built site folder>
 */
import { resolve } from 'node:path';
import { afterPagesSteps } from '../../src/build-steps.ts';
import { runAfterPagesStep } from '../../src/core/build-step.ts';
import { contentCacheDir } from '../../src/core/content-location.ts';
import { answerHelp } from '../command-line.ts';

answerHelp(`用法：tsx tools/build/step.ts <${afterPagesSteps.map((step) => step.name).join(' | ')}> <已构建的网站文件夹>
在页面构建完成后单独运行一步（分享卡片或搜索索引），由 npm run build 调用。`);

const [name, siteDir] = process.argv.slice(2);
const step = afterPagesSteps.find((candidate) => candidate.name === name);
if (!step || !siteDir) {
  console.error(`用法：tsx tools/build/step.ts <${afterPagesSteps.map((candidate) => candidate.name).join(' | ')}> <已构建的网站文件夹>（收到“${process.argv.slice(2).join(' ')}”）`);
  process.exit(2);
}
try {
  await runAfterPagesStep(step, { distDir: resolve(siteDir), cacheDir: resolve(contentCacheDir()) });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
