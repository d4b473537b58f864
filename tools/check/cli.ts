/**
 * npm run check: the content check without building the site (src/content/check/check-content.ts). Prints each
 * problem with its file, line and fix; exits 1 on any error (warnings alone do not fail). It never says the content
 * passed when the build would then stop on it. CONTENT_DIR=<folder> checks another content folder.
 */
import { resolve } from 'node:path';
import { checkContent } from '../../src/content/check/check-content.ts';
import { formatFinding } from '../../src/content/finding.ts';
import { contentRoot } from '../../src/core/content-location.ts';
import { bodyPipeline } from '../../src/markdown.config.ts';
import { featureRules } from '../../src/rules.config.ts';
import { buildDate, buildDateVariable } from '../../src/features/validity/build-date.ts';
import { lapsedAmong, lapsedListVariable, writeLapsedList } from '../../src/features/validity/lapses.ts';
import { answerHelp } from '../command-line.ts';

answerHelp(`用法：npm run check
不构建网站，只检查内容：属性（front matter）、索引号、文件之间的引用、每篇正文、链接、图片和损坏文字。
每个问题给出文件、行号和改法；有错误时退出码为 1（只有警告时不算失败）。
CONTENT_DIR=<文件夹> 检查另一个内容文件夹。`);

const started = performance.now();
const { findings, files, documents } = await checkContent(contentRoot(), { projectRoot: process.cwd(), publicDir: resolve('public'), remarkPlugins: bodyPipeline.remarkPlugins, rules: featureRules });
for (const finding of findings) console[finding.severity === 'error' ? 'error' : 'warn'](formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === 'error').length;
const warnings = findings.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(`\n内容检查未通过：${errors} 个错误，${warnings} 个警告（共 ${files} 个文件，${seconds} 秒）。请按上面的“改法”修改后再试。`);
  process.exit(1);
}
// run by the build: the documents no longer in force on the build's day, for its report after the swap
const lapsedList = process.env[lapsedListVariable];
if (lapsedList) writeLapsedList(lapsedList, lapsedAmong(documents, process.env[buildDateVariable] ?? buildDate()));
console.log(`内容检查通过：${files} 个文件${warnings ? `，${warnings} 个警告` : ''}（${seconds} 秒）。`);
